import type { CellValue, RegisterRow } from '../../shared/register-sheet.ts';
import { cellText, readOk } from '../../shared/register-sheet.ts';
import { type RowPlace, rowEn, rowsEn, rowsZh, rowZh } from '../../shared/sheet-place.ts';
import { quotedName, sameName } from '../../shared/text.ts';
import { type FoundUnion, unionFound, unionOfRow } from '../org/index.ts';
import { idNumberRefusal } from '../people/index.ts';
import type { ProgramRow } from './wellness.programs.repository.ts';
import type { COL, WellnessRegisterKey as Key } from './wellness.register.ts';
import type { BatchPlan, NomineePlan } from './wellness.register.types.ts';
import type { AllocationRow } from './wellness.repository.ts';

/**
 * One row of the 疗休养/体检 register checked (ADR 55, issue 42): its union below the program's, its worker on
 * record, its days in order (nominated on or before the closing day and not before the union's places were given;
 * ended not before nominated; attendance from the batch's first day), and what became of it. Problems go to `err`
 * naming the row and the column.
 */
type Err = (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void;
export interface RowContext {
  err: Err;
  unions: Map<string, FoundUnion>;
  program: ProgramRow;
  hashes: Map<number, string | null>;
  people: Map<string, { id: number; name: string; orgPath: string | null }>;
  groups: Map<number, { frontLine: boolean; newEmployment: boolean }>;
  mayBackdate: boolean;
  today: string;
  b: { startsOn: string; endsOn: string; closesOn: string; places: number };
  held: AllocationRow[];
  /** The people on the batch's list: stored, and the rows read so far. */
  live: Set<number>;
  plan: BatchPlan;
  rowOfPerson: Map<number, NomineePlan>;
  substituteOf: Map<number, string | null>;
  /** Each row's substitute ID number, hashed for look-up (null: none given, or no ID number). */
  substituteHashes: Map<number, string | null>;
}

const text = (v: CellValue) => cellText(v)?.trim() || null;
const day = (v: CellValue) => (v === null ? null : String(v));

/** Who a row names: its union, if found below the program's, and its worker, if on record. */
export interface RowWho {
  union?: { id: number; path: string };
  person?: { id: number; name: string; orgPath: string | null };
}

/**
 * A row's union and worker, each problem told: a union not found or not below the program's, an ID number that is
 * none or not on record, a name not the worker's. A cell that did not parse is not looked for.
 */
export function rowWho(
  row: RegisterRow<Key>,
  c: Pick<RowContext, 'err' | 'unions' | 'program' | 'hashes' | 'people' | 'today'>,
): RowWho {
  const { rowNo, values: v } = row;
  const { err, unions, program, hashes, people, today } = c;
  const ok = (...keys: Key[]) => readOk(row, ...keys);
  const unionText = String(v.union);
  const found = ok('union') ? unions.get(unionText) : undefined;
  const u = ok('union')
    ? unionOfRow(found, unionText, (orgPath) => orgPath.startsWith(program.orgPath))
    : undefined;
  // a union the caller may name but not under the program's: said so, not "no such union"
  if (u?.problem && unionFound(found))
    err(
      rowNo,
      'union',
      `「${unionText}」不在项目${quotedName(program.name)}所属的${program.orgName}之下，不能推荐该项目的人选`,
      `"${unionText}" is not under ${program.orgName}, whose program "${program.name}" this is; it cannot nominate for it`,
    );
  else if (u?.problem) err(rowNo, 'union', u.problem.zh, u.problem.en);
  const hash = hashes.get(rowNo);
  const person = hash ? people.get(hash) : undefined;
  if (ok('idNumber') && !hash) {
    const { zh, en } = idNumberRefusal(text(v.idNumber) ?? '', today);
    err(rowNo, 'idNumber', zh, en);
  } else if (hash && !person)
    err(rowNo, 'idNumber', '人员名册中没有此人，请先导入名册', 'Not in the member register; import it first');
  const name = ok('name') ? text(v.name) : null;
  if (person && name && !sameName(name, person.name))
    err(rowNo, 'name', `与名册中的姓名（${person.name}）不一致`, 'Differs from the name in the register');
  return { union: u?.union, person };
}

/**
 * A row's nominee planned into its batch, given who it names (`rowWho`). Its union, person and days are each
 * checked whatever the others' problems; a check over a cell that did not parse is skipped (a day that did not
 * parse not compared, a status that did not parse not judged), and such a row, or one whose union or person is not
 * found, plans nothing.
 */
export function planNominee(row: RegisterRow<Key>, who: RowWho, c: RowContext): void {
  const { rowNo, values: v } = row;
  const { err, mayBackdate, today, b, held, live, plan } = c;
  const { rowOfPerson, substituteOf, substituteHashes, groups } = c;
  const ok = (...keys: Key[]) => readOk(row, ...keys);
  const { person, union: found } = who;
  // a worker's union now: a row on record is not held to it (its nomination stands), a new one is
  if (found && person?.orgPath && !person.orgPath.startsWith(found.path))
    err(rowNo, 'union', '此人不是该工会（或其下级）的会员', 'Not a member of this union or a union below it');
  // the days as read: undefined when a cell did not parse
  const nominatedOn = ok('nominatedOn') ? String(v.nominatedOn) : undefined;
  const status = ok('status') ? ((v.status ?? 'nominated') as NomineePlan['status']) : undefined;
  const endedOn = ok('endedOn') ? day(v.endedOn) : undefined;
  const attendance = ok('attended') ? ((v.attended ?? null) as NomineePlan['attendance']) : undefined;
  const before = (d: string | null | undefined) => !!d && d < today;
  const past =
    before(nominatedOn) || before(endedOn) || before(ok('attendanceOn') ? day(v.attendanceOn) : null);
  if (past && !mayBackdate)
    err(rowNo, 'nominatedOn', '您的角色不能补录历史日期', 'Your role cannot record a past date');
  if (nominatedOn !== undefined && nominatedOn > b.closesOn)
    err(
      rowNo,
      'nominatedOn',
      `推荐日期晚于推荐截止日期 ${b.closesOn}`,
      `The nomination date is after the closing day ${b.closesOn}`,
    );
  const had = found ? held.find((a) => a.orgId === found.id) : undefined;
  if (had?.allocatedOn && nominatedOn !== undefined && nominatedOn < had.allocatedOn)
    err(
      rowNo,
      'nominatedOn',
      `推荐日期早于该工会的名额分配日期 ${had.allocatedOn}`,
      `The nomination date is before the union's places were given (${had.allocatedOn})`,
    );
  if (status !== undefined && status !== 'nominated') {
    if (endedOn && nominatedOn !== undefined && endedOn < nominatedOn)
      err(
        rowNo,
        'endedOn',
        `变动日期早于推荐日期 ${nominatedOn}`,
        `Before the nomination date ${nominatedOn}`,
      );
    if (endedOn && endedOn > b.closesOn)
      err(
        rowNo,
        'endedOn',
        `变动日期晚于推荐截止日期 ${b.closesOn}`,
        `After the batch's closing day ${b.closesOn}`,
      );
    if (status === 'withdrawn' && endedOn === null)
      err(rowNo, 'endedOn', '退出的须填写变动日期', 'A withdrawal needs its day');
    if (status === 'replaced' && ok('replacedBy') && !text(v.replacedBy))
      err(
        rowNo,
        'replacedBy',
        '被替换的须填写替补人身份证号',
        "A replaced nominee needs the substitute's ID number",
      );
    if (attendance)
      err(rowNo, 'attended', '不在名单上的职工不登记到场', 'Only nominees on the list have attendance');
  } else if (status === 'nominated') {
    if (endedOn)
      err(rowNo, 'endedOn', '在名单的职工不填变动日期', 'Only a replaced or withdrawn nominee has one');
    if (person && live.has(person.id))
      err(rowNo, 'idNumber', '此人在本批次名单中已有一行', 'Already on the batch’s list');
    if (person) live.add(person.id);
  }
  let attendanceOn: string | null = null;
  if (attendance && ok('attendanceOn')) {
    if (b.startsOn > today)
      err(rowNo, 'attended', `批次${b.startsOn}开始，尚不能登记到场`, `The batch starts on ${b.startsOn}`);
    // days as 'YYYY-MM-DD' sort as text
    attendanceOn = day(v.attendanceOn) ?? [b.endsOn, today].sort()[0];
    if (attendanceOn < b.startsOn)
      err(
        rowNo,
        'attendanceOn',
        `早于批次开始日期 ${b.startsOn}`,
        `Before the batch's first day ${b.startsOn}`,
      );
  }
  const substitute = status === 'replaced' && ok('replacedBy') ? text(v.replacedBy) : null;
  const subHash = substituteHashes.get(rowNo);
  // a substitute's number that is no ID number is told what is wrong with it, not that nobody has it
  if (substitute && !subHash) {
    const { zh, en } = idNumberRefusal(substitute, today);
    err(rowNo, 'replacedBy', `替补人身份证号${zh}`, `The substitute's ID number ${en}`);
  }
  if (
    !found ||
    !person ||
    row.unread ||
    nominatedOn === undefined ||
    status === undefined ||
    endedOn === undefined ||
    attendance === undefined
  )
    return;
  const union = plan.unions.get(found.id) ?? {
    orgId: found.id,
    had: had?.quota ?? 0,
    quota: had?.quota ?? 0,
    firstDay: nominatedOn,
    live: had?.used ?? 0,
  };
  plan.unions.set(found.id, union);
  if (nominatedOn < union.firstDay) union.firstDay = nominatedOn;
  const group = groups.get(person.id);
  const n: NomineePlan = {
    rowNo,
    personId: person.id,
    orgId: found.id,
    frontLine: group?.frontLine ?? false,
    newEmployment: group?.newEmployment ?? false,
    nominatedOn,
    status,
    endedOn,
    substituteRow: null,
    attendance,
    attendanceOn,
  };
  if (status === 'nominated') union.live += 1;
  if (substitute && subHash) substituteOf.set(rowNo, subHash);
  if (status === 'nominated' || !rowOfPerson.has(person.id)) rowOfPerson.set(person.id, n);
  plan.nominees.push(n);
}

/**
 * Why a substitute has no row of the batch planned, where the file has one that could not be: a row of theirs with an
 * error of its own (named), or rows not read at all (`unread`, newest first); null when the file has none.
 */
export function substituteRowWrong(
  hash: string,
  batchRows: RegisterRow<Key>[],
  hashes: Map<number, string | null>,
  unread: RowPlace[],
): { zh: string; en: string } | null {
  const own = batchRows.find((r) => hashes.get(r.rowNo) === hash);
  if (own !== undefined)
    return {
      zh: `替补人所在的${rowZh(own)}有错误：改正该行即可`,
      en: `The substitute's own ${rowEn(own)} has an error: correct that row`,
    };
  if (!unread.length) return null;
  const list = [...unread].reverse().slice(0, 5);
  return {
    zh: `替补人在本批次中没有可读入的行（${rowsZh(list)}有错误未能读入：若其中有替补人的行，改正后即可读到）`,
    en: `The substitute has no row of this batch that could be read (${rowsEn(list)} could not be read: if one is the substitute's, correct it)`,
  };
}

/** Each replaced nominee's substitute: another row of the batch, nominated on the day of the substitution. */
export function linkSubstitutes(
  plan: BatchPlan,
  substituteOf: Map<number, string | null>,
  people: Map<string, { id: number }>,
  rowOfPerson: Map<number, NomineePlan>,
  err: (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void,
  /** Where a substitute's own row may be that was not planned: a row of theirs with an error, or a row not read. */
  wrongRow: (hash: string) => { zh: string; en: string } | null,
) {
  const taken = new Set<number>();
  for (const n of plan.nominees) {
    if (!substituteOf.has(n.rowNo)) continue;
    const hash = substituteOf.get(n.rowNo);
    const sub = hash ? rowOfPerson.get(people.get(hash)?.id ?? 0) : undefined;
    if (!hash || !people.has(hash)) {
      err(
        n.rowNo,
        'replacedBy',
        '人员名册中没有此替补人，请先导入名册',
        'The substitute is not in the member register; import it first',
      );
      continue;
    }
    if (!sub || sub.rowNo === n.rowNo) {
      const wrong = sub ? null : wrongRow(hash);
      if (wrong) err(n.rowNo, 'replacedBy', wrong.zh, wrong.en);
      else
        err(
          n.rowNo,
          'replacedBy',
          '替补人在本批次中没有一行：请为替补人另加一行，推荐日期为替换当天',
          'The substitute has no row of this batch: add one, nominated on the day of the substitution',
        );
      continue;
    }
    if (taken.has(sub.rowNo)) {
      err(n.rowNo, 'replacedBy', '同一替补人替换了多人', 'The same substitute replaces two nominees');
      continue;
    }
    taken.add(sub.rowNo);
    if (n.endedOn && n.endedOn !== sub.nominatedOn)
      err(
        n.rowNo,
        'endedOn',
        `替换日期须与替补人的推荐日期（${sub.nominatedOn}）相同`,
        `The day of a substitution is its substitute's nomination day (${sub.nominatedOn})`,
      );
    if (sub.nominatedOn < n.nominatedOn)
      err(
        sub.rowNo,
        'nominatedOn',
        `替补人的推荐日期早于被替换人的推荐日期 ${n.nominatedOn}`,
        `The substitute is nominated before the nominee replaced (${n.nominatedOn})`,
      );
    n.endedOn = sub.nominatedOn;
    n.substituteRow = sub.rowNo;
  }
}

/** Each union's quota: what it holds, raised to what it nominates; all of them within the batch's places. */
export function fitQuotas(
  plan: BatchPlan,
  held: { orgId: number; quota: number }[],
  places: number,
  err: (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void,
) {
  for (const u of plan.unions.values()) u.quota = Math.max(u.had, u.live);
  const others = held.filter((a) => !plan.unions.has(a.orgId)).reduce((s, a) => s + a.quota, 0);
  const total = others + [...plan.unions.values()].reduce((s, u) => s + u.quota, 0);
  if (total > places)
    err(
      plan.rowNo,
      'union',
      `各工会在名单上的人数合计${total}人，超过批次名额${places}个`,
      `The unions' nominees on the list (${total}) exceed the batch's ${places} places`,
    );
}
