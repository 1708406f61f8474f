import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { giveTurn } from '../../shared/pace.ts';
import { phoneText } from '../../shared/register-sheet.cells.ts';
import { type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import type { SheetRows } from '../../shared/spreadsheet.ts';
import { NoSuchUnion, type OrgRowError, resolveUnionTexts, unionFound, unionUnknown } from '../org/index.ts';
import { DISPLAY_NAME } from './accounts.schemas.ts';
import { checkStaffPassword } from './password-policy.ts';
import { findSecuritySettings } from './security.repository.ts';
import { findTakenLogins, type RoleGrant } from './users.repository.ts';
import { PHONE_PATTERN, USERNAME_PATTERN } from './users.service.ts';
import { SHEET_ROLE_NAMES } from './users.template.ts';

export const COLUMNS = {
  username: ['用户名', '登录名', '账号', 'username', 'login'],
  displayName: ['姓名', '名称', '显示名', 'displayname', 'name'],
  phone: ['手机号', '手机', '手机号码', '电话', 'phone', 'mobile'],
  union: ['所在工会', '工会', '工会名称', '单位', '统一社会信用代码', 'union', 'org'],
  role: ['角色', 'role'],
  password: ['初始密码', '密码', 'password'],
} as const;
export type Column = keyof typeof COLUMNS;
export const REQUIRED: Column[] = ['username', 'displayName', 'union', 'role'];
const ROLE_WORDS: [RegExp, RoleGrant['role']][] = [
  [/^(单位管理员|管理员|工会管理员|账号管理员|manager)$/i, 'manager'],
  [/^(工作人员|工会工作人员|工会干部|干部|经办人|staff)$/i, 'staff'],
  [/^(审核人|审核员|审批人|reviewer)$/i, 'reviewer'],
];

/** The longest name an account's page takes (DISPLAY_NAME): an account the sheet opens can be saved there. */
const MAX_NAME = DISPLAY_NAME.maxLength;

const USERNAME_RE = new RegExp(USERNAME_PATTERN);
const PHONE_RE = new RegExp(PHONE_PATTERN);

/** A row's problem, shaped as the org import's (the two sheets answer alike). */
export type AccountRowError = OrgRowError;

/** An account a row without errors creates. */
export interface PlannedAccount {
  rowNo: number;
  sheet?: string;
  username: string;
  displayName: string;
  phone: string | null;
  union: string;
  grant: RoleGrant;
  password: string | null;
}

/**
 * Checks each row of an accounts sheet: the username (free, once in the file), the name, the phone (11 digits,
 * free, once in the file), the union (in the caller's subtree, by name or credit code), the role and a first password
 * given (the staff rules, so a weak one is said with the other errors, not once they are mended). Answers the
 * accounts the rows without errors create, and every error with its row and column in both languages.
 */
export async function planAccountRows(
  db: Db,
  actor: Actor,
  sheet: SheetRows,
  index: Partial<Record<Column, number>>,
): Promise<{ planned: PlannedAccount[]; errors: AccountRowError[] }> {
  const cellOf = (cells: string[], k: Column) =>
    index[k] === undefined ? '' : (cells[index[k] as number] ?? '').trim();
  // a username and a phone as the clerk means them, typed with an input method's full-width letters and digits too
  const usernameOf = (cells: string[]) => cellOf(cells, 'username').normalize('NFKC').trim();
  const phoneOf = (cells: string[]) => phoneText(cellOf(cells, 'phone'));
  const unions = sheet.rows.map((r) => cellOf(r.cells, 'union')).filter(Boolean);
  // named as every register names a union: full name, short name, credit code, a name without its ending
  const byText = await resolveUnionTexts(db, actor, [...new Set(unions)]);
  const existing = await findTakenLogins(
    db,
    sheet.rows.map((r) => usernameOf(r.cells)),
    sheet.rows.map((r) => phoneOf(r.cells)).filter(Boolean),
  );
  // a first password given on a row is held to the staff rules here, with the row's other errors
  const settings = await findSecuritySettings(db);
  const takenNames = new Set(existing.map((r) => r.username.toLowerCase()));
  const takenPhones = new Set(existing.map((r) => r.phone).filter(Boolean));
  const seenNames = new Map<string, RowPlace>();
  const seenPhones = new Map<string, RowPlace>();

  const errors: AccountRowError[] = [];
  const planned: PlannedAccount[] = [];
  for (const { rowNo, sheet: sheetOf, cells } of sheet.rows) {
    await giveTurn();
    const at: RowPlace = { rowNo, sheet: sheetOf };
    const before = errors.length;
    const fail = (k: Column, code: string, zh: string, en: string) =>
      errors.push({
        rowNo,
        column: sheet.headers[index[k] ?? -1] ?? COLUMNS[k][0],
        value: cellOf(cells, k),
        code,
        messageZh: zh,
        messageEn: en,
      });
    const username = usernameOf(cells);
    if (!username) fail('username', 'REQUIRED', '用户名不能为空', 'The username is required');
    else if (!USERNAME_RE.test(username)) {
      fail(
        'username',
        'USERNAME_INVALID',
        '用户名须为3–64位字母、数字或 _ . @ -，以字母或数字开头',
        'A username is 3–64 letters, digits or _ . @ -, starting with a letter or digit',
      );
    } else if (takenNames.has(username.toLowerCase())) {
      fail(
        'username',
        'USERNAME_TAKEN',
        `用户名“${username}”已被使用`,
        `The username "${username}" is taken`,
      );
    } else {
      const twin = seenNames.get(username.toLowerCase());
      if (twin)
        fail(
          'username',
          'DUPLICATE_IN_FILE',
          `用户名与${rowZh(twin)}重复`,
          `Same username as ${rowEn(twin)}`,
        );
    }
    if (username) seenNames.set(username.toLowerCase(), seenNames.get(username.toLowerCase()) ?? at);
    const displayName = cellOf(cells, 'displayName');
    if (!displayName.replace(/[\s\u200b-\u200f\ufeff]/g, ''))
      fail('displayName', 'REQUIRED', '姓名不能为空', 'The name is required');
    else if ([...displayName].length > MAX_NAME)
      fail(
        'displayName',
        'TEXT_TOO_LONG',
        `姓名最多${MAX_NAME}个字，本格有${[...displayName].length}个字`,
        `The name is at most ${MAX_NAME} characters; this one has ${[...displayName].length}`,
      );
    const phone = phoneOf(cells);
    if (phone && !PHONE_RE.test(phone))
      fail('phone', 'PHONE_INVALID', `手机号“${phone}”应为11位数字`, `Phone "${phone}" must be 11 digits`);
    else if (phone && takenPhones.has(phone))
      fail(
        'phone',
        'PHONE_TAKEN',
        `手机号${phone}已被其他账号使用`,
        `Phone ${phone} is used by another account`,
      );
    else if (phone && seenPhones.has(phone)) {
      const twin = seenPhones.get(phone) as RowPlace;
      fail('phone', 'DUPLICATE_IN_FILE', `手机号与${rowZh(twin)}重复`, `Same phone as ${rowEn(twin)}`);
    }
    if (phone) seenPhones.set(phone, seenPhones.get(phone) ?? at);
    const unionText = cellOf(cells, 'union');
    const found = unionText ? byText.get(unionText) : undefined;
    const hit = found === 'ambiguous' ? found : unionFound(found);
    if (!unionText) fail('union', 'REQUIRED', '所在工会不能为空', 'The union is required');
    else if (hit === 'ambiguous')
      fail(
        'union',
        'UNION_AMBIGUOUS',
        `有多个名为“${unionText}”的工会，请填写统一社会信用代码`,
        `More than one union is called "${unionText}"; give its credit code`,
      );
    else if (!hit) {
      const { zh, en } = unionUnknown(unionText, found instanceof NoSuchUnion ? found.nearest : []);
      fail('union', 'UNION_NOT_FOUND', zh, en);
    }
    const roleText = cellOf(cells, 'role').replace(/\s/g, '');
    const role = ROLE_WORDS.find(([re]) => re.test(roleText))?.[1];
    if (!role)
      fail(
        'role',
        'ROLE_INVALID',
        `角色“${roleText}”无效，应为${SHEET_ROLE_NAMES.manager.zh}、${SHEET_ROLE_NAMES.staff.zh}或${SHEET_ROLE_NAMES.reviewer.zh}`,
        `Role "${roleText}" must be manager (${SHEET_ROLE_NAMES.manager.zh}), staff (${SHEET_ROLE_NAMES.staff.zh}) or reviewer (${SHEET_ROLE_NAMES.reviewer.zh})`,
      );
    const password = cellOf(cells, 'password') || null;
    const weak = password && passwordProblem(password, username, settings);
    // the refusal shows no password: the sheet of errors is passed around
    if (weak)
      errors.push({ ...weak, rowNo, column: sheet.headers[index.password ?? -1] ?? COLUMNS.password[0] });
    if (errors.length === before && hit && hit !== 'ambiguous' && role) {
      planned.push({
        ...at,
        username,
        displayName,
        phone: phone || null,
        // the union by its name, also when the row gave its credit code or short name
        union: hit.name,
        grant: { role, orgId: hit.id },
        password,
      });
    }
  }
  return { planned, errors };
}

/** Why a first password would be refused when its account is created (the staff rules), with no value shown. */
function passwordProblem(
  password: string,
  username: string,
  settings: Parameters<typeof checkStaffPassword>[2],
): Omit<AccountRowError, 'rowNo' | 'column'> | null {
  try {
    checkStaffPassword(password, username || undefined, settings);
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { value: '', code: err.code, messageZh: err.messages.zh, messageEn: err.messages.en };
  }
}
