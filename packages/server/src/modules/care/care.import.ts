import { type Actor, can } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { formatYuan } from '../../shared/money.ts';
import { giveTurn } from '../../shared/pace.ts';
import { defineLineRegister } from '../../shared/register-lines.ts';
import { type OneRecordPerRow, said } from '../../shared/register-same.ts';
import { type RegisterRow, type RegisterRowError, readOk, rowError } from '../../shared/register-sheet.ts';
import { unionOfCell } from '../../shared/row-union.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { nameKey, typedName } from '../../shared/text.ts';
import { resolveRowUnions } from '../org/index.ts';
import {
  findPersonsByHash,
  type IdProtector,
  idNumberRefusal,
  maskIdNumber,
  parseIdNumber,
} from '../people/index.ts';
import { CARE_SUBJECTS } from './care.counts.ts';
import { findVisitsOnRecord, insertPastVisits, type PastVisit, visitKey } from './care.import.repository.ts';
import { CARE_VISITS_REGISTER, type VisitKey } from './care.register.ts';
import type { RecipientKind } from './care.vocabulary.ts';
import { KIND_ZH } from './report.service.ts';

/**
 * 送温暖 visits kept on paper (the past everywhere): each row a visit of a union of the importer's to a worker of
 * its subtree (by ID number, the name checked when given) or to a unit, on its own day — not after today, a past day
 * only with `history.backdate` — outside any campaign, its goods as written (they left no stock), its one-time grant as
 * paid (a worker's only; no application is opened: it was paid outside the platform). Each visit counts in
 * `care.visits` and `care.people` on its day for its union, as a visit logged live does, so a past year's return
 * reads it. A visit on record (the same union, day and recipient) is skipped when the row gives it as it stands,
 * refused when it differs (ADR 150). All rows or none.
 */
type Line = PastVisit & RowPlace & { recipient: string };

type Persons = Awaited<ReturnType<typeof findPersonsByHash>>;

async function planVisits(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'lookups'>,
  rows: RegisterRow<VisitKey>[],
  errors: RegisterRowError[],
  today: string,
): Promise<Line[]> {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const wanted = collectLookups(ids.lookups);
  const idOf = new Map<number, { hash: string; number: string }>();
  for (const row of rows) {
    if (row.values.idNumber === null || !readOk(row, 'idNumber')) continue;
    const parsed = parseIdNumber(String(row.values.idNumber), today);
    if (parsed.ok)
      idOf.set(row.rowNo, { hash: wanted.add(parsed.value.number), number: parsed.value.number });
  }
  const persons = await findPersonsByHash(sql, wanted.all());
  const backdate = can(actor, 'history.backdate');
  const lines: Line[] = [];
  for (const [i, row] of rows.entries()) {
    // a large ledger's checks let the server answer others between rows (shared/pace.ts)
    if (i % 256 === 0) await giveTurn();
    const { rowNo, values: v } = row;
    let ok = !row.unread;
    const bad = (column: string, zh: string, en: string) => {
      ok = false;
      errors.push(rowError(rowNo, column, zh, en));
    };
    const found = unionOfCell(row, unions, actor, 'care.write');
    if (found?.problem) bad('走访工会', found.problem.zh, found.problem.en);
    const day = readOk(row, 'visitedOn') ? String(v.visitedOn) : undefined;
    if (day !== undefined && day < today && !backdate)
      bad('走访日期', '您的角色不能补录历史日期', 'Your role cannot record a past date');
    const kind = (v.kind ?? 'person') as RecipientKind;
    const recipient = readOk(row, 'kind')
      ? kind === 'person'
        ? personOf(row, { id: idOf.get(rowNo), persons, union: found?.union }, today, bad)
        : unitOf(row, bad)
      : undefined;
    if (!ok || !found?.union || day === undefined || !recipient) continue;
    lines.push({
      ...placeOfRow(row),
      orgId: found.union.id,
      visitedOn: day,
      recipientKind: kind,
      personId: recipient.personId,
      unitName: recipient.unitName,
      people: recipient.people,
      recipient: recipient.name,
      visitors: v.visitors === null ? '' : String(v.visitors).trim(),
      note: v.note === null ? null : String(v.note),
      goodsWritten: v.goods === null ? null : String(v.goods).trim(),
      grantFen: v.grant === null ? 0 : Number(v.grant),
    });
  }
  return lines;
}

type Recipient = { personId: number | null; unitName: string | null; people: number; name: string };
type Bad = (column: string, zh: string, en: string) => void;

/** A visit to a worker: found by ID number among the members of the visiting union's subtree, the name agreeing. */
function personOf(
  row: RegisterRow<VisitKey>,
  known: { id?: { hash: string; number: string }; persons: Persons; union?: { path: string } },
  today: string,
  bad: Bad,
): Recipient | undefined {
  const { values: v } = row;
  if (v.unit !== null) bad('单位名称', '走访职工个人时不填单位名称', 'A visit to a worker names no unit');
  if (readOk(row, 'people') && v.people !== null && Number(v.people) !== 1)
    bad('惠及人数', '走访职工个人时惠及人数为1', 'A visit to a worker reaches one worker');
  if (!readOk(row, 'idNumber')) return undefined;
  if (v.idNumber === null) {
    bad(
      '身份证号码',
      '走访职工个人时须填写身份证号码',
      "Give the worker's ID number for a visit to a worker",
    );
    return undefined;
  }
  const text = String(v.idNumber);
  if (!known.id) {
    const { zh, en } = idNumberRefusal(text, today);
    bad('身份证号码', zh, en);
    return undefined;
  }
  const person = known.persons.get(known.id.hash);
  // the union not found: its problem told, the worker not judged against it
  if (!known.union) return undefined;
  const masked = maskIdNumber(known.id.number);
  if (!person?.orgPath?.startsWith(known.union.path)) {
    bad(
      '身份证号码',
      `走访工会及其下级工会中没有身份证号为 ${masked} 的会员（须先导入会员）`,
      `No member of the visiting union or a union under it has the ID number ${masked} (bring the members in first)`,
    );
    return undefined;
  }
  if (readOk(row, 'name') && v.name !== null && nameKey(String(v.name)) !== nameKey(person.name)) {
    bad(
      '职工姓名',
      `姓名「${v.name}」与身份证号 ${masked} 登记的姓名不一致`,
      `The name "${v.name}" is not the name recorded for ID number ${masked}`,
    );
    return undefined;
  }
  return { personId: Number(person.id), unitName: null, people: 1, name: person.name };
}

/** A visit to a unit: its name and the workers it reached; no worker, no grant. */
function unitOf(row: RegisterRow<VisitKey>, bad: Bad): Recipient | undefined {
  const { values: v } = row;
  const kind = KIND_ZH[v.kind as RecipientKind];
  // a ledger's one 慰问对象 column names the worker on a worker's row and the unit on a unit's: the unit's name
  const named = v.unit === null && v.idNumber === null && readOk(row, 'name') ? v.name : null;
  if (v.idNumber !== null || (v.name !== null && named === null))
    bad(
      v.idNumber !== null ? '身份证号码' : '职工姓名',
      `走访${kind}时不填职工姓名和身份证号码`,
      'A visit to a unit names no worker',
    );
  if (readOk(row, 'grant') && v.grant !== null && Number(v.grant) > 0)
    bad('慰问金（元）', '一次性慰问金只发给职工个人', 'A one-time grant goes to a worker, not to a unit');
  const people = readOk(row, 'people') && v.people !== null ? Number(v.people) : undefined;
  if (readOk(row, 'people') && (people === undefined || people <= 0))
    bad(
      '惠及人数',
      `走访${kind}时须填写惠及人数（大于0）`,
      'Give the workers a visit to a unit reached (above zero)',
    );
  if (!readOk(row, 'unit')) return undefined;
  const unit = v.unit ?? named;
  if (unit === null) {
    bad('单位名称', `走访${kind}时须填写单位名称`, 'Name the unit visited');
    return undefined;
  }
  const unitName = typedName(String(unit));
  return people && people > 0 ? { personId: null, unitName, people, name: unitName } : undefined;
}

/** A visit is one per union, day and recipient (ADR 150): what the register keeps of it is compared. */
const SAME_VISIT: OneRecordPerRow<Line> = {
  keyOf: visitKey,
  fields: [
    { key: 'people', column: '惠及人数' },
    { key: 'visitors', column: '走访人' },
    { key: 'grantFen', column: '慰问金（元）', say: (fen) => said(formatYuan(Number(fen))) },
    { key: 'goodsWritten', column: '慰问物资' },
    { key: 'note', column: '备注' },
  ],
  record: (l) => ({
    zh: `${l.visitedOn}对${l.recipient}的走访已登记`,
    en: `The visit to ${l.recipient} on ${l.visitedOn} is on record`,
  }),
  repeat: {
    column: '走访日期',
    said: (earlier) => ({
      zh: `与${rowZh(earlier)}是同一工会、日期和走访对象`,
      en: `The same union, day and recipient as ${rowEn(earlier)}`,
    }),
  },
};

/** The register's template and import, as the visits page and `npm run cli -- import care-visits` offer them. */
export function createCareVisitsRegister(db: Db, clock: Clock, ids: Pick<IdProtector, 'lookups'>) {
  return defineLineRegister(db, clock, {
    spec: CARE_VISITS_REGISTER,
    permission: 'care.write',
    lines: (sql, rows, errors, { actor, today }) => planVisits(sql, actor, ids, rows, errors, today),
    held: findVisitsOnRecord,
    same: SAME_VISIT,
    saidOnly: 'recipient',
    counts: (lines) => ({
      people: lines.reduce((n, l) => n + l.people, 0),
      grantFen: lines.reduce((n, l) => n + l.grantFen, 0),
    }),
    // each visit on its day for its union, outside any campaign (dim '')
    insert: (sql, lines, { userId }) => insertPastVisits(sql, lines, userId),
    countsOf: (l) => {
      const at = { orgId: l.orgId, on: l.visitedOn, dim: '', dim2: l.recipientKind };
      return [
        { subject: CARE_SUBJECTS.visits, ...at, n: 1 },
        { subject: CARE_SUBJECTS.people, ...at, n: l.people },
      ];
    },
    audit: { action: 'care.import', entity: 'care_visit' },
  });
}

export type CareVisitsRegister = ReturnType<typeof createCareVisitsRegister>;
