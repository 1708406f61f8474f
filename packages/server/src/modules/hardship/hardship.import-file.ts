import { AppError } from '../../shared/errors.ts';
import { type CellValue, type RegisterRowError, rowError } from '../../shared/register-sheet.ts';
import type { IdProtector, parseIdNumber } from '../people/index.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import { type FILE_FIELDS, H, H_EN, type Key } from './hardship.register.ts';
import type { MemberInsert } from './hardship.repository.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

/** A household of the hardship register checked as a file (hardship.import-plan.ts). */

export interface MemberPlan extends MemberInput {
  rowNo: number;
}

export interface FilePlan {
  rowNo: number;
  /** The first row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  worker: string;
  createdOn: string;
  fields: Partial<Record<(typeof FILE_FIELDS)[number], CellValue>>;
  causes: Cause[] | null;
  /** A cause was written (read or not): a missing one is not reported again. */
  causesGiven: boolean;
  /** The household's members, of its rows whose member cells are right. */
  members: MemberPlan[];
  /** The household's rows, and the sum of their yearly incomes. */
  rows: number;
  income: number;
  /** The columns a row of the file had a cell of that did not parse (createdOn: a row of the worker's did). */
  unread: Set<Key>;
  personId: number;
  orgId: number;
  /** The federation of the worker's union (the root of its path), written with the file's rows. */
  federationId: number;
  level: FileLevel;
  expiresOn: string | null;
  stored: MemberInsert[];
}

/**
 * The file's own checks: level and causes given, days in order, closing with its reason, the household's sums. A
 * check over a column a row of the file had a cell of that did not parse (`f.unread`) is skipped: its problem is
 * the cell's, told already.
 */
export function checkFile(f: FilePlan, errors: RegisterRowError[], expiryOf: (from: string) => string) {
  const bad = (key: Key, zh: string, en: string) => errors.push(rowError(f.rowNo, H[key], zh, en));
  const d = f.fields as Partial<Record<string, string>>;
  const read = (...keys: Key[]) => keys.every((k) => !f.unread.has(k));
  if (f.fields.level) f.level = f.fields.level as FileLevel;
  else if (read('level')) bad('level', '请填写困难类别', 'The level is required');
  if (!f.causesGiven) bad('causes', '请填写致困原因', 'At least one cause is required');
  if (!d.verifiedOn && read('verifiedOn')) {
    if (d.reviewedOn) bad('reviewedOn', '未认定的档案不能有复核日期', 'A file not verified has no review');
    if (d.expiresOn) bad('expiresOn', '未认定的档案不能有有效期', 'A file not verified has no expiry');
  }
  const from = d.reviewedOn ?? d.verifiedOn;
  f.expiresOn = from ? (d.expiresOn ?? expiryOf(from)) : null;
  const days: [Key, string | undefined][] = [
    ['createdOn', f.createdOn],
    ['verifiedOn', d.verifiedOn],
    ['reviewedOn', d.reviewedOn],
    ['expiresOn', d.expiresOn],
  ];
  let last: [Key, string] | null = null;
  for (const [key, day] of days) {
    if (!day) continue;
    if (last && day < last[1]) {
      bad(
        key,
        `${H[key]} ${day} 早于${H[last[0]]} ${last[1]}`,
        `"${H_EN[key]}" ${day} is before "${H_EN[last[0]]}" ${last[1]}`,
      );
    }
    last = [key, day];
  }
  const closedOn = d.closedOn;
  const start: [Key, string] = d.reviewedOn
    ? ['reviewedOn', d.reviewedOn]
    : d.verifiedOn
      ? ['verifiedOn', d.verifiedOn]
      : ['createdOn', f.createdOn];
  if (closedOn && closedOn < start[1] && read('verifiedOn', 'reviewedOn')) {
    bad(
      'closedOn',
      `销档日期 ${closedOn} 早于${H[start[0]]} ${start[1]}`,
      `"${H_EN.closedOn}" ${closedOn} is before "${H_EN[start[0]]}" ${start[1]}`,
    );
  }
  if (closedOn && !d.closeReason && read('closeReason'))
    bad('closeReason', '请填写销档原因', 'The reason for closing is required');
  if (d.closeReason && !closedOn && read('closedOn'))
    bad('closedOn', '填写了销档原因，请填写销档日期', 'A reason needs its closing day');
  if (f.members.filter((m) => m.relation === 'self').length > 1) {
    const row = f.members.filter((m) => m.relation === 'self')[1].rowNo;
    errors.push(
      rowError(row, H.relation, '本户只能有一行是职工本人', 'Only one row of a household is the worker'),
    );
  }
  // the household's rows, each a member whether or not its member's cells are right; a row of the worker's whose
  // day established did not parse may be one of them (createdOn unread): then the sums cannot be judged
  if (f.rows > 20) bad('memberName', '一户最多20位家庭成员', 'At most 20 household members');
  const size = f.fields.householdSize as number | undefined;
  if (size !== undefined && size !== null && size !== f.rows && read('createdOn')) {
    bad(
      'householdSize',
      `家庭人口 ${size} 与本户所列 ${f.rows} 人不符（每位家庭成员填写一行）`,
      `Household of ${size}, but ${f.rows} listed (one row per member)`,
    );
  }
  const income = f.fields.householdIncome as number | undefined;
  const sum = f.income;
  if (income !== undefined && income !== null && income !== sum && read('createdOn', 'income')) {
    bad(
      'householdIncome',
      `家庭年收入 ${income / 100} 元与本户各行年收入之和 ${sum / 100} 元不符`,
      `Household income ${income / 100} yuan, but the rows add up to ${sum / 100}`,
    );
  }
}

const MEMBER_COLUMN: Record<string, Key> = {
  name: 'memberName',
  relation: 'relation',
  idNumber: 'memberIdNumber',
};

/** The household as stored (ID numbers encrypted and masked), through the form's own check; its problem an error. */
export function storeMembers(
  ids: IdProtector,
  f: FilePlan,
  errors: RegisterRowError[],
  today: string,
  parse: (raw: string) => ReturnType<typeof parseIdNumber>,
): MemberInsert[] {
  try {
    return checkMembers(ids, f.members, today, undefined, parse);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const [, index, field] = String(e.details?.field ?? '').split('.');
    const m = f.members[Number(index)] ?? f.members[0];
    errors.push(rowError(m.rowNo, H[MEMBER_COLUMN[field] ?? 'memberIdNumber'], e.messages.zh, e.messages.en));
    return [];
  }
}
