import type { Bilingual } from '../../shared/errors.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { type CellValue, cellText, type RegisterRow, readOk } from '../../shared/register-sheet.ts';
import { type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import type { HeldNomination } from './wellness.register.repository.ts';
import type { RowWho } from './wellness.register.rows.ts';
import type { COL, WellnessRegisterKey as Key } from './wellness.register.ts';

/**
 * The 疗休养/体检 register sent again (ADR 150): a row names a nomination on record when its batch is on the platform
 * and its worker has a nomination there. A worker's rows of the batch, as many as their nominations on record, are
 * read against those: a row standing as one of them (the same union, day nominated, list status, day changed,
 * substitute, attendance and its day) is skipped and counted (`onRecord`); the others are each read against the
 * next nomination left, a row error per differing column, nothing written over. A worker's further rows are new
 * nominations, checked by every rule of a new one (quota, substitutes, the batch's list), as before.
 */

type Err = (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void;
type Status = HeldNomination['status'];

/** A row of the batch and who it names (`rowWho`). */
export interface NamedRow {
  row: RegisterRow<Key>;
  who: RowWho;
}

/**
 * What a row gives of a nomination, as one on record holds it; undefined where the row does not say (a cell that
 * did not parse, a union not found; a replacement's day changed left empty, which is its substitute's day
 * nominated; a day attendance was recorded left empty, which the platform chose).
 */
interface Given {
  orgId?: number;
  /** The union as the row names it, for a refusal to quote. */
  unionText?: string;
  nominatedOn?: string;
  status?: Status;
  endedOn?: string | null;
  /** A replaced row's substitute: their person, 0 for an ID number not on the register, null for none given. */
  substituteId?: number | null;
  attendance?: 'attended' | 'absent' | null;
  attendanceOn?: string;
}

const text = (v: CellValue) => cellText(v)?.trim() || null;
const day = (v: CellValue) => (v === null ? null : String(v));

function givenOf({ row, who }: NamedRow, substituteOf: (rowNo: number) => number | null | undefined): Given {
  const v = row.values;
  const ok = (k: Key) => readOk(row, k);
  const status = ok('status') ? ((v.status ?? 'nominated') as Status) : undefined;
  const endedOn = ok('endedOn') ? day(v.endedOn) : undefined;
  const substitute = ok('replacedBy') ? text(v.replacedBy) : undefined;
  return {
    orgId: who.union?.id,
    unionText: String(v.union),
    nominatedOn: ok('nominatedOn') ? String(v.nominatedOn) : undefined,
    status,
    endedOn: status === 'replaced' && endedOn === null ? undefined : endedOn,
    substituteId:
      status === undefined || substitute === undefined
        ? undefined
        : status === 'replaced' && substitute
          ? (substituteOf(row.rowNo) ?? 0)
          : null,
    attendance: ok('attended') ? ((v.attended ?? null) as Given['attendance']) : undefined,
    attendanceOn: ok('attendanceOn') ? (day(v.attendanceOn) ?? undefined) : undefined,
  };
}

const STATUS: Record<Status, Said> = {
  nominated: { zh: '在名单', en: 'on the list' },
  replaced: { zh: '被替换', en: 'replaced' },
  withdrawn: { zh: '退出', en: 'withdrawn' },
};
const ATTENDANCE: Record<'attended' | 'absent', Said> = {
  attended: { zh: '是', en: 'yes (present)' },
  absent: { zh: '否', en: 'no (absent)' },
};

/** A field compared: its column, and how the record's value and the row's are quoted. */
interface Compared {
  key: keyof Given & keyof HeldNomination;
  column: keyof typeof COL;
  say: (h: HeldNomination, g: Given) => [Said, Said];
}
const plain = (k: 'nominatedOn' | 'endedOn' | 'attendanceOn') => (h: HeldNomination, g: Given) =>
  [said(h[k]), said(g[k])] as [Said, Said];
const COMPARED: Compared[] = [
  {
    key: 'orgId',
    column: 'union',
    // the row's union is quoted as the row names it
    say: (h, g) => [said(h.orgName), said(g.unionText)],
  },
  { key: 'nominatedOn', column: 'nominatedOn', say: plain('nominatedOn') },
  {
    key: 'status',
    column: 'status',
    say: (h, g) => [STATUS[h.status], g.status ? STATUS[g.status] : said(null)],
  },
  { key: 'endedOn', column: 'endedOn', say: plain('endedOn') },
  {
    key: 'substituteId',
    column: 'replacedBy',
    // a substitute is named by ID number: the record's is quoted by name, the row's only as another worker
    say: (h, g) => [
      said(h.substituteName),
      g.substituteId === null
        ? said(null)
        : g.substituteId === 0
          ? { zh: '不在人员名册中的人', en: 'someone not in the member register' }
          : { zh: '另一名职工', en: 'another worker' },
    ],
  },
  {
    key: 'attendance',
    column: 'attended',
    say: (h, g) => [
      h.attendance ? ATTENDANCE[h.attendance] : said(null),
      g.attendance ? ATTENDANCE[g.attendance] : said(null),
    ],
  },
  { key: 'attendanceOn', column: 'attendanceOn', say: plain('attendanceOn') },
];

/** The fields a row gives otherwise than the nomination on record. */
const differing = (h: HeldNomination, g: Given) =>
  COMPARED.filter((f) => g[f.key] !== undefined && (h[f.key] ?? null) !== g[f.key]);

/**
 * The batch's rows read against its nominations on record (see above): the rows still to plan as new nominations,
 * how many stand on record, and the rows that name a nomination on record (standing or refused).
 */
export function nomineesOnRecord(
  rows: NamedRow[],
  held: HeldNomination[],
  substituteOf: (rowNo: number) => number | null | undefined,
  err: Err,
): { fresh: NamedRow[]; onRecord: number; rows: Set<number> } {
  const kept = new Map<number, HeldNomination[]>();
  for (const h of held) kept.set(h.personId, [...(kept.get(h.personId) ?? []), h]);
  const claimed = new Set<HeldNomination>();
  const named = new Set<number>();
  const givens = rows.map((r) =>
    r.who.person && kept.has(r.who.person.id) ? givenOf(r, substituteOf) : null,
  );
  const recordsOf = (i: number) => kept.get(rows[i].who.person?.id ?? 0) ?? [];
  let onRecord = 0;
  // first the rows standing as a nomination on record (a row with a cell not read never does)
  for (const [i, g] of givens.entries()) {
    if (!g || rows[i].row.unread || g.orgId === undefined) continue;
    const h = recordsOf(i).find((x) => !claimed.has(x) && !differing(x, g).length);
    if (!h) continue;
    claimed.add(h);
    named.add(rows[i].row.rowNo);
    onRecord++;
  }
  // then each other row of a worker with nominations left on record, read against the next of them
  for (const [i, g] of givens.entries()) {
    const { rowNo } = rows[i].row;
    if (!g || named.has(rowNo)) continue;
    const h = recordsOf(i).find((x) => !claimed.has(x));
    if (!h) continue;
    claimed.add(h);
    named.add(rowNo);
    const record = {
      zh: `该职工在本批次${h.nominatedOn}的推荐已登记`,
      en: `This worker's nomination of ${h.nominatedOn} to the batch is on record`,
    };
    for (const f of differing(h, g)) {
      const { zh, en } = differsFromRecord(record, ...f.say(h, g));
      err(rowNo, f.column, zh, en);
    }
  }
  return { fresh: rows.filter((r) => !named.has(r.row.rowNo)), onRecord, rows: named };
}

/** A new row replaced by a worker whose only row of the batch names a nomination on record. */
export const substituteOnRecord = (at: RowPlace): Bilingual => ({
  zh: `替补人的${rowZh(at)}是平台上已登记的推荐，导入不把已登记的推荐改作替补：请核对被替换人的这一行`,
  en: `The substitute's ${rowEn(at)} is a nomination on record, and an import makes no nomination on record a substitute: check this row`,
});
