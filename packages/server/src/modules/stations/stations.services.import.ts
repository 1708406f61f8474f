import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { didYouMean, namesNear } from '../../shared/near-names.ts';
import { unionColumn } from '../../shared/register-columns.ts';
import { defineLineRegister } from '../../shared/register-lines.ts';
import type { OneRecordPerRow } from '../../shared/register-same.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { type FoundUnion, resolveRowUnions, unionOfRow } from '../org/index.ts';
import { SERVICE_ZH } from './stations.labels.ts';
import {
  findStoredServiceCounts,
  insertServiceCounts,
  listSubtreeStations,
  type ServiceCountLine,
} from './stations.services.repository.ts';
import type { StationService } from './stations.vocabulary.ts';

/**
 * Services given at a station kept on paper (issue 42): counts only — per station, day and kind of service, the
 * people served. The station is one of the importer's (by its name, and its union where two share a name); the day
 * not before the station opened, nor after today, a past day only with `history.backdate`. Each line counts in
 * `stations.visits` on its day (dim the station, dim2 'register'), so the statistics of that day's period show it.
 * A station, day and service on record is skipped when the row gives its people, refused when it gives another number
 * (ADR 150). All rows or none.
 */
type Key = 'station' | 'union' | 'day' | 'service' | 'people';

const SERVICE_EN: Record<StationService, string> = {
  meal: 'hot meals',
  charge: 'phone charging',
  water: 'drinking water',
  rest: 'rest',
  toilet: 'toilet',
  legal: 'legal advice',
  consult: 'union advice',
  firstaid: 'first aid',
  nursing: 'nursing',
};

export const STATION_SERVICES_REGISTER: RegisterSpec<Key> = {
  title: { zh: '站点服务台账', en: 'register of station services' },
  maxRows: 200_000,
  notes: [
    '每行一个站点、一天、一类服务的服务人数（人次）。',
    '站点须为本工会及下级工会登记的站点；两个站点同名时，请填写所属工会。',
    '服务日期不早于站点开放日期、不晚于今天；同一站点、日期和服务类别只有一行：已登记且人数相同的行跳过（已在册），人数不同的行报错，不覆盖已登记的人数。',
  ],
  notesEn: [
    'One row per station, day and kind of service: the number of people served (visits).',
    'The station must be one registered by your union or a union under it; when two stations share a name, give its union.',
    "The day is not before the station's opening day and not after today; one row per station, day and kind of service: a row on record with the same number is skipped (on record), one with another number is an error; a number on record is never overwritten.",
  ],
  columns: [
    {
      key: 'station',
      header: '站点名称',
      en: 'station',
      aliases: ['站点', '驿站名称'],
      required: true,
      kind: 'text',
      max: 200,
      note: '平台上登记的站点名称',
      noteEn: 'The name of a station registered on the platform',
      example: '昌平区户外劳动者驿站',
    },
    unionColumn({
      header: '所属工会',
      aliases: ['所在工会', '工会名称'],
      note: {
        zh: '可不填；两个站点同名时填写站点所属工会的名称或统一社会信用代码',
        en: "May be left empty; when two stations share a name, give the name or unified social credit code of the station's union",
      },
      example: '',
      optional: true,
    }),
    {
      key: 'day',
      header: '服务日期',
      en: 'day',
      aliases: ['日期'],
      required: true,
      kind: 'date',
      note: '提供服务的日期',
      noteEn: 'The day the service was given',
      example: '2019-07-15',
    },
    {
      key: 'service',
      header: '服务类别',
      en: 'kind of service',
      aliases: ['服务项目', '类别'],
      required: true,
      kind: 'choice',
      choices: (Object.keys(SERVICE_ZH) as StationService[]).map((s) => ({
        value: s,
        zh: SERVICE_ZH[s],
        en: SERVICE_EN[s],
      })),
      note: '站点提供的服务',
      noteEn: 'A service the station gives',
      example: '饮水',
    },
    {
      key: 'people',
      header: '服务人数',
      en: 'people served',
      aliases: ['服务人次', '人数'],
      required: true,
      kind: 'int',
      note: '当天接受该项服务的人次，大于0',
      noteEn: 'The number of visits for that service that day, more than 0',
      example: '35',
    },
  ],
};

type Station = Awaited<ReturnType<typeof listSubtreeStations>>[number];
type Line = ServiceCountLine & RowPlace & { name: string };
/** A station's name as a clerk reads it: normaliseText, no space, and a straight quote for a curly one (“”‘’). */
const nameKey = (s: string) =>
  normaliseText(s)
    .replace(/\s/g, '')
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'");

/**
 * The rows checked and planned as lines; problems go to `errors`, every one a row has that does not follow from
 * another: the day and the people are judged whatever the station's problem, the day against the station's opening
 * only when the station is found. A check over a cell that did not parse is skipped (a station or union that did
 * not parse is not looked for), and a row with a problem or such a cell plans nothing.
 */
async function planLines(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<Line[]> {
  // the subtree's stations, read once: a row's station is found among them by its name as a clerk reads it
  const stations = actor.scopePath ? await listSubtreeStations(sql, actor.scopePath) : [];
  const byName = new Map<string, Station[]>();
  for (const s of stations) byName.set(nameKey(s.name), [...(byName.get(nameKey(s.name)) ?? []), s]);
  // the names of those the importer may write to: the ones a clerk may have meant by a name matching none
  const mayName = [
    ...new Set(
      stations.filter((s) => canAccess(actor, 'stations.write', { orgPath: s.orgPath })).map((s) => s.name),
    ),
  ].map((name) => ({ key: nameKey(name), name }));
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const backdate = can(actor, 'history.backdate');
  const lines: Line[] = [];
  for (const row of rows) {
    const { rowNo, values: v } = row;
    let ok = !row.unread;
    const bad = (column: string, zh: string, en: string) => {
      ok = false;
      errors.push(rowError(rowNo, column, zh, en));
    };
    const station = stationOf(row, { byName, names: mayName, unions, actor }, bad);
    const day = readOk(row, 'day') ? String(v.day) : undefined;
    if (day !== undefined && station && day < station.openedOn)
      bad(
        '服务日期',
        `${day} 早于站点开放日期 ${station.openedOn}`,
        `${day} is before the station's opening day ${station.openedOn}`,
      );
    else if (day !== undefined && day < today && !backdate)
      bad('服务日期', '您的角色不能补录历史日期', 'Your role cannot record a past date');
    const people = Number(v.people);
    if (readOk(row, 'people') && people <= 0)
      bad('服务人数', '服务人数须大于0', 'The people served must be above zero');
    if (!ok || !station || day === undefined) continue;
    const service = v.service as StationService;
    const { id: stationId, orgId, name } = station;
    lines.push({ ...placeOfRow(row), name, stationId, orgId, servedOn: day, service, people });
  }
  return lines;
}

/**
 * A line is one per station, day and kind of service (ADR 150): one on record as the row gives it is skipped (a
 * ledger sent again whole), one whose people differ is refused, never written over; twice in a file is refused.
 */
const SAME_LINE: OneRecordPerRow<Line> = {
  keyOf: (l) => `${l.stationId}|${l.servedOn}|${l.service}`,
  fields: [{ key: 'people', column: '服务人数' }],
  record: (l) => ({
    zh: `${l.name}${l.servedOn}的${SERVICE_ZH[l.service]}服务人数已登记`,
    en: `The people served with ${SERVICE_EN[l.service]} at ${l.name} on ${l.servedOn} are on record`,
  }),
  repeat: {
    column: '服务类别',
    said: (earlier) => ({
      zh: `与${rowZh(earlier)}是同一站点、日期和服务类别`,
      en: `The same station, day and kind of service as ${rowEn(earlier)}`,
    }),
  },
};

/**
 * The row's station: one of the importer's by its name (and its union, when given); undefined, its problem told,
 * when there is none or several, or when the station or its union did not parse (told already).
 */
function stationOf(
  row: RegisterRow<Key>,
  known: {
    byName: Map<string, Station[]>;
    /** The names of the stations the importer may write to, when a row names none of them. */
    names: { key: string; name: string }[];
    unions: Map<string, FoundUnion>;
    actor: Actor;
  },
  bad: (column: string, zh: string, en: string) => void,
): Station | undefined {
  const { values: v } = row;
  const { actor } = known;
  if (!readOk(row, 'station', 'union')) return undefined;
  const text = (cellText(v.station) as string).trim();
  let found = (known.byName.get(nameKey(text)) ?? []).filter((s) =>
    canAccess(actor, 'stations.write', { orgPath: s.orgPath }),
  );
  if (v.union !== null) {
    const u = unionOfRow(known.unions.get(String(v.union)), String(v.union), (p) =>
      canAccess(actor, 'stations.write', { orgPath: p }),
    );
    if (u.problem) {
      bad('所属工会', u.problem.zh, u.problem.en);
      return undefined;
    }
    found = found.filter((s) => s.orgId === u.union.id);
  }
  if (!found.length) {
    const near = didYouMean(namesNear(nameKey(text), known.names).map((n) => n.name));
    bad(
      '站点名称',
      `本工会范围内没有名为「${text}」的站点${near.zh || '（须先登记站点）'}`,
      `No station named "${text}" among your unions' stations${near.en || ' (record the station first)'}`,
    );
    return undefined;
  }
  if (found.length > 1) {
    bad(
      '所属工会',
      `「${text}」对应多个站点，请填写所属工会`,
      `"${text}" names several stations; give the station's union`,
    );
    return undefined;
  }
  return found[0];
}

/** The register's template and import, as the stations page and `npm run cli -- import station-services` offer them. */
export function createStationServicesRegister(db: Db, clock: Clock) {
  return defineLineRegister(db, clock, {
    spec: STATION_SERVICES_REGISTER,
    permission: 'stations.write',
    lines: (sql, rows, errors, { actor, today }) => planLines(sql, actor, rows, errors, today),
    held: findStoredServiceCounts,
    same: SAME_LINE,
    saidOnly: 'name',
    counts: (lines) => ({
      stations: new Set(lines.map((l) => l.stationId)).size,
      people: lines.reduce((n, l) => n + l.people, 0),
    }),
    insert: insertServiceCounts,
    countsOf: (l) => [
      {
        subject: 'stations.visits',
        orgId: l.orgId,
        on: l.servedOn,
        dim: String(l.stationId),
        dim2: 'register',
        n: l.people,
      },
    ],
    audit: { action: 'station.services.import', entity: 'station_service_counts' },
  });
}
