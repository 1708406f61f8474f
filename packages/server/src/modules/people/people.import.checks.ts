import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type RowPlace, rowEn, rowsEn, rowsZh, rowZh } from '../../shared/sheet-place.ts';
import type { SheetWarning } from '../../shared/sheet-reader.ts';
import { checkMemberPhones } from '../auth/index.ts';
import type { RowError } from '../jobs/index.ts';
import { type FoundUnion, resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { ACCOUNT_LABEL, type AccountKind } from './people.accounts.ts';
import { listUnionFoundingDays } from './people.founding.repository.ts';
import { headerOf } from './people.import.columns.ts';
import type { FoundPerson } from './people.import.repository.ts';
import type { ColumnIndex, MemberCandidate } from './people.import.rows.ts';

/**
 * The member sheet's checks that need more than the row (people.import.rows.ts reads a row alone): row keys and
 * masked ID numbers, numbers repeated in the file, join dates against the membership on file, masked account
 * numbers, unions against the importer's subtree, and the new phones of members with an account. Each pushes its row errors in both languages.
 */

export type AddError = (rowNo: number, e: RowError) => void;

export const maskedWithoutKey = {
  code: 'ID_NUMBER_MASKED',
  zh: '身份证号已打码（部分数字为*），本行又没有有效的“行标识（请勿修改）”，无法确定是哪一位；请保留导出文件中的行标识，或填写完整身份证号',
  en: 'The ID number is masked (some digits shown as *) and the row has no valid row key (行标识), so the member cannot be known; keep the row key of the exported file, or type the whole number',
};

/** The template's example row, left in a sheet: its union is the demo's, unknown on a federation's platform. */
export const exampleRowLeft = (name: string) => ({
  code: 'TEMPLATE_EXAMPLE_ROW',
  zh: `这是导入模板中的示例行${name ? `（${name}）` : ''}，不是要导入的会员；请删除此行后再导入`,
  en: `This is the import template's example row${name ? ` (${name})` : ''}, not a member to bring in; delete the row and import again`,
});

export const maskedDisagrees = {
  code: 'ID_NUMBER_MASKED_MISMATCH',
  zh: '打码的身份证号中显示的数字与行标识对应会员的身份证号不符；请勿修改导出的身份证号和行标识',
  en: 'The digits the masked ID number shows are not those of the member the row key names; do not edit an exported ID number or row key',
};

export function rowKeyInvalid(column: string, value: string): RowError {
  return {
    column,
    value,
    code: 'ROW_KEY_INVALID',
    messageZh: `${column}“${value}”不是导出时生成的行标识（可能被修改过）；请从导出文件中复制原值，新会员请留空`,
    messageEn: `"${value}" is not a row key the export wrote (it may have been edited); copy it from the exported file, or leave it blank for a new member`,
  };
}

export function rowKeyUnknown(column: string, value: string): RowError {
  return {
    column,
    value,
    code: 'ROW_KEY_UNKNOWN',
    messageZh: `${column}“${value}”对应的会员已不存在`,
    messageEn: `The member the row key "${value}" names no longer exists`,
  };
}

export function rowKeyOtherPerson(column: string, value: string): RowError {
  return {
    column,
    value,
    code: 'ROW_KEY_ID_MISMATCH',
    messageZh: `${column}对应的会员与本行身份证号不是同一人；身份证号不能通过导入修改，请勿修改行标识`,
    messageEn:
      'The row key names another member than the ID number of this row; an import cannot change an ID number, and the row key must not be edited',
  };
}

/** The rows of a file by their numbers, as a message names them (sheet-place.ts): the file's sheets when several. */
export type RowAt = (rowNo: number) => RowPlace;

export function duplicateError(
  column: string,
  idNumber: string,
  rowNo: number,
  rowNos: number[],
  rowAt: RowAt,
): RowError {
  const others = rowNos.filter((r) => r !== rowNo).map(rowAt);
  return {
    column,
    value: idNumber,
    code: 'DUPLICATE_IN_FILE',
    messageZh: `身份证号在文件中重复：与${rowsZh(others)}相同`,
    messageEn: `The same ID number appears more than once in the file: also on ${rowsEn(others)}`,
  };
}

/**
 * A new membership needs its join date: a blank 入会日期 is refused, or, when the clerk chose one at upload,
 * takes that date. A person already a member in the subtree keeps (or transfers) the membership they have.
 */
export function checkJoinDates(
  blankJoin: MemberCandidate[],
  existing: Map<string, FoundPerson>,
  headers: string[],
  joinedIndex: number | undefined,
  defaultJoinedOn: string | null,
  addError: AddError,
) {
  const column = headerOf(headers, joinedIndex, 'joinedOn');
  for (const c of blankJoin) {
    if (existing.get(c.idNumber)?.path) continue;
    if (!defaultJoinedOn) {
      addError(c.rowNo, {
        column,
        value: '',
        code: 'JOIN_DATE_REQUIRED',
        messageZh: `${column}为空；请填写，或在导入时选择空白入会日期按哪天计`,
        messageEn: `${column} (join date) is blank; fill it in, or choose at upload the date blank join dates take`,
      });
    } else if (defaultJoinedOn < c.birthDate) {
      addError(c.rowNo, {
        column,
        value: defaultJoinedOn,
        code: 'JOINED_BEFORE_BIRTH',
        messageZh: `默认入会日期${defaultJoinedOn}早于出生日期`,
        messageEn: `The default join date ${defaultJoinedOn} is before the birth date`,
      });
    } else c.joinedOn = defaultJoinedOn;
  }
}

/**
 * A member staying in their union whose 入会日期 the file changes: the membership is redated, but never to a day
 * before their previous membership ended (the transfer that brought them there).
 */
export function checkChangedJoinDates(
  candidates: MemberCandidate[],
  existing: Map<string, FoundPerson>,
  orgOf: Map<number, number>,
  headers: string[],
  joinedIndex: number | undefined,
  addError: AddError,
) {
  const column = headerOf(headers, joinedIndex, 'joinedOn');
  for (const c of candidates) {
    const found = existing.get(c.idNumber);
    if (!found?.orgId || !c.joinedOn || found.orgId !== orgOf.get(c.rowNo)) continue;
    if (c.joinedOn === found.joinedOn || !found.previousLeftOn || c.joinedOn >= found.previousLeftOn)
      continue;
    addError(c.rowNo, {
      column,
      value: c.joinedOn,
      code: 'JOINED_BEFORE_TRANSFER',
      messageZh: `${column}${c.joinedOn}早于此人转入本工会前的会员关系结束日期${found.previousLeftOn}`,
      messageEn: `The join date ${c.joinedOn} is before the day the member's previous membership ended (${found.previousLeftOn})`,
    });
  }
}

/**
 * An account number the row shows masked (as a masked export writes it) leaves the member's number as it is,
 * if it is that number's mask; a new member, or another mask, is a row error (the whole number is needed).
 */
export function checkMaskedAccounts(
  candidates: MemberCandidate[],
  existing: Map<string, FoundPerson>,
  headers: string[],
  index: ColumnIndex,
  addError: AddError,
) {
  for (const c of candidates) {
    if (!c.maskedAccounts) continue;
    const found = existing.get(c.idNumber);
    for (const [kind, masked] of Object.entries(c.maskedAccounts) as [AccountKind, string][]) {
      if (found && found[`${kind}Masked`] === masked) continue;
      const column = headerOf(headers, index[kind], kind);
      const label = ACCOUNT_LABEL[kind];
      addError(c.rowNo, {
        column,
        value: masked,
        code: 'ACCOUNT_NUMBER_MASKED',
        messageZh: `${column}已打码，且不是该会员登记的${label.zh}；请填写完整号码，或保留导出时的原值`,
        messageEn: `The ${label.en} is masked and is not the one the member has on record; type the whole number, or keep the exported value`,
      });
    }
  }
}

export type ResolvedUnion = FoundUnion;

/**
 * Resolves each union the rows name once per import (`known` carries the answers across batches) as every register
 * reads a union (resolveUnionTexts: its name as typed, its short name, its name without the ending, its credit code);
 * a union not found in the importer's subtree, or named by a text several unions answer to, is a row error in the
 * words every register gives it (unionOfRow).
 */
export async function checkUnions(
  sql: Sql,
  actor: Actor & { scopePath: string },
  headers: string[],
  unionIndex: number | undefined,
  unionOf: Map<number, string | null>,
  known: Map<string, ResolvedUnion>,
  { defaultOrg }: { defaultOrg: { id: number } | null },
  addError: AddError,
): Promise<Map<number, number>> {
  const names = [...new Set([...unionOf.values()].filter((n): n is string => !!n && !known.has(n)))];
  if (names.length) {
    const resolved = await resolveUnionTexts(sql, actor, names);
    for (const n of names) known.set(n, resolved.get(n));
  }
  const column = headerOf(headers, unionIndex, 'union');
  const orgOf = new Map<number, number>();
  for (const [rowNo, name] of unionOf) {
    if (!name) {
      if (defaultOrg) orgOf.set(rowNo, defaultOrg.id);
      else {
        addError(rowNo, {
          column,
          value: '',
          code: 'REQUIRED',
          messageZh: `${column}不能为空（导入时也未选择默认工会）`,
          messageEn: `${column} (union) is required, as no default union was chosen for the import`,
        });
      }
      continue;
    }
    const hit = known.get(name);
    // the subtree is the importer's: every union resolveUnionTexts finds in it may be written to
    const { union, problem } = unionOfRow(hit, name, () => true);
    if (union) orgOf.set(rowNo, union.id);
    else {
      addError(rowNo, {
        column,
        value: name,
        code: hit === 'ambiguous' ? 'UNION_AMBIGUOUS' : 'UNION_UNKNOWN',
        messageZh: problem.zh,
        messageEn: problem.en,
      });
    }
  }
  return orgOf;
}

/** The new phone of each member with an account the file has given one, and the first row that gave it (all batches). */
export type PhonesGiven = Map<string, { rowNo: number; personId: number }>;

/**
 * A member with an account whose row gives a new phone (ADR 147: the account's phone follows it): refused when another
 * account holds the number as phone or login name, or when an earlier row of the file gives it to another member with
 * an account, as writing would refuse the whole file. A member without an account may give any number (a family's
 * shared phone). `cellOf` is the phone as the row typed it, for the report.
 */
export async function checkAccountPhones(
  sql: Sql,
  candidates: MemberCandidate[],
  existing: Map<string, FoundPerson>,
  given: PhonesGiven,
  column: string,
  cellOf: (rowNo: number) => string,
  addError: AddError,
  rowAt: RowAt,
) {
  const wanted: { rowNo: number; personId: number; phone: string }[] = [];
  for (const c of candidates) {
    const found = existing.get(c.idNumber);
    if (found && typeof c.phone === 'string' && c.phone !== found.phone) {
      wanted.push({ rowNo: c.rowNo, personId: found.id, phone: c.phone });
    }
  }
  if (!wanted.length) return;
  const claims = new Map<string, boolean>();
  for (const c of await checkMemberPhones(sql, wanted)) claims.set(`${c.personId} ${c.phone}`, c.taken);
  wanted.sort((a, b) => a.rowNo - b.rowNo);
  for (const w of wanted) {
    const taken = claims.get(`${w.personId} ${w.phone}`);
    if (taken === undefined) continue;
    const value = cellOf(w.rowNo);
    const first = given.get(w.phone);
    if (taken) {
      addError(w.rowNo, {
        column,
        value,
        code: 'PHONE_TAKEN',
        messageZh: `${column}“${value}”已是另一个账号的手机号或登录名；此会员已开通账号，账号的手机号随会员手机号变更，不能与其他账号相同`,
        messageEn: `Phone number "${value}" is already another account's phone or login name; this member has an account, which takes the member's phone, and no two accounts may share a number`,
      });
    } else if (!first) given.set(w.phone, { rowNo: w.rowNo, personId: w.personId });
    else if (first.personId !== w.personId && first.rowNo !== w.rowNo) {
      addError(w.rowNo, {
        column,
        value,
        code: 'PHONE_TAKEN_IN_FILE',
        messageZh: `${column}“${value}”在文件${rowZh(rowAt(first.rowNo))}已给了另一位开通账号的会员；两人都已开通账号，不能使用同一手机号`,
        messageEn: `Phone number "${value}" is given on ${rowEn(rowAt(first.rowNo))} to another member with an account; both have accounts, and no two accounts may share a number`,
      });
    }
  }
}

/**
 * A warning, not a refusal, for each new join date given before the founding day (成立日期) of the union the row
 * joins: historic rosters are messy (a member who joined the union it grew from), so the row is imported as typed
 * and the clerk told which to check — in words true of a check (预检) that writes nothing and of the import alike.
 */
export async function warnJoinedBeforeFounding(
  sql: Sql,
  candidates: MemberCandidate[],
  orgOf: Map<number, number>,
  headers: string[],
  joinedIndex: number | undefined,
  refused: { has(rowNo: number): boolean },
  rowAt: RowAt,
): Promise<SheetWarning[]> {
  const column = headerOf(headers, joinedIndex, 'joinedOn');
  const dated = candidates.filter((c) => c.joinedOn && orgOf.has(c.rowNo) && !refused.has(c.rowNo));
  const founded = await listUnionFoundingDays(sql, [
    ...new Set(dated.map((c) => orgOf.get(c.rowNo) as number)),
  ]);
  const warnings: SheetWarning[] = [];
  for (const c of dated) {
    const union = founded.get(orgOf.get(c.rowNo) as number);
    if (!union || (c.joinedOn as string) >= union.foundedOn) continue;
    warnings.push({
      rowNo: c.rowNo,
      column,
      zh: `${rowZh(rowAt(c.rowNo))}“${column}”${c.joinedOn}早于“${union.name}”的成立日期${union.foundedOn}；不影响导入，请核对`,
      en: `${rowEn(rowAt(c.rowNo), true)}, ${column} (join date): ${c.joinedOn} is before ${union.name} was founded on ${union.foundedOn}; this does not stop the import, please check it`,
    });
  }
  return warnings;
}
