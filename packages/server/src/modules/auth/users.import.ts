import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { giveTurn } from '../../shared/pace.ts';
import { headersRead, type OpenSheetOptions, type SheetRead, sheetNotes } from '../../shared/sheet-reader.ts';
import { findColumns, hasColumns, skipFooterRows } from '../../shared/spreadsheet.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { isValidUscc, resolveOrgCodes, resolveOrgNames } from '../org/index.ts';
import type { Sender } from '../outbox/index.ts';
import { hashPasswords } from './password.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import { findTakenLogins, type RoleGrant } from './users.repository.ts';
import { PHONE_PATTERN, temporaryPassword, USERNAME_PATTERN, type UsersService } from './users.service.ts';

const COLUMNS = {
  username: ['用户名', '登录名', '账号', 'username', 'login'],
  displayName: ['姓名', '名称', '显示名', 'displayname', 'name'],
  phone: ['手机号', '手机', '手机号码', '电话', 'phone', 'mobile'],
  union: ['所在工会', '工会', '工会名称', '单位', '统一社会信用代码', 'union', 'org'],
  role: ['角色', 'role'],
  password: ['初始密码', '密码', 'password'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['username', 'displayName', 'union', 'role'];
const MAX_ACCOUNTS = 5000;

/** How an accounts sheet is read: the sheet with the required columns, at most MAX_ACCOUNTS rows. */
export const ACCOUNTS_SHEET: OpenSheetOptions = {
  maxRows: MAX_ACCOUNTS,
  tooManyRows: () =>
    invalid('IMPORT_TOO_MANY', {
      zh: `一次最多导入${MAX_ACCOUNTS}个账号，请拆分文件`,
      en: `At most ${MAX_ACCOUNTS.toLocaleString('en')} accounts per file; split the file`,
    }),
  isHeader: hasColumns(COLUMNS, REQUIRED),
  required: REQUIRED.map((c) => COLUMNS[c][0]),
};

const ROLE_WORDS: [RegExp, RoleGrant['role']][] = [
  [/^(单位管理员|管理员|工会管理员|账号管理员|manager)$/i, 'manager'],
  [/^(工作人员|工会工作人员|工会干部|干部|经办人|staff)$/i, 'staff'],
  [/^(审核人|审核员|审批人|reviewer)$/i, 'reviewer'],
];

const USERNAME_RE = new RegExp(USERNAME_PATTERN);
const PHONE_RE = new RegExp(PHONE_PATTERN);

export interface AccountRowError {
  rowNo: number;
  column: string;
  value: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface ImportedAccount {
  rowNo: number;
  id: number;
  username: string;
  displayName: string;
  union: string;
  role: RoleGrant['role'];
  temporaryPassword: string | null;
  /** The first password went by SMS to the account's phone (a provider is configured): it is in no sheet. */
  passwordSent: boolean;
}

/**
 * Creates staff accounts from a sheet: 用户名, 姓名, 手机号, 所在工会 (name, short name or credit code), 角色,
 * 初始密码 (optional: blank gets a temporary password, returned once). All or nothing: one bad row and no account
 * is created; every bad row is listed with its column and reason in both languages. Each account must change
 * its password at the first sign-in. Where an SMS provider is configured (`passwords`, the outbox's Sender), a
 * temporary password goes by SMS to the row's 手机号, in the transaction that creates the account, and is in no
 * sheet; a row without a phone, or no provider, keeps today's road: the sheet of first passwords, downloaded once.
 */
export async function importUsers(
  db: Db,
  users: UsersService,
  actor: Actor,
  file: SheetRead,
  { passwords = null }: { passwords?: Sender | null } = {},
) {
  requireAccess(actor, 'users.manage');
  const index = findColumns(file.headers, COLUMNS);
  // A 合计 row or a 填表说明 block under the accounts is no account.
  const { rows, skipped } = skipFooterRows(file.rows, [index.username, index.displayName]);
  const sheet = { headers: file.headers, rows };
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length) {
    const read = headersRead(file);
    throw invalid('COLUMN_MISSING', {
      zh: `缺少必需的列：${missing.map((c) => COLUMNS[c][0]).join('、')}${read.zh}`,
      en: `Required columns are missing: ${missing.map((c) => `${COLUMNS[c][0]} (${c})`).join(', ')}${read.en}`,
    });
  }
  if (sheet.rows.length === 0) {
    throw invalid('IMPORT_EMPTY', { zh: '表格中没有账号', en: 'The sheet holds no accounts' });
  }
  if (sheet.rows.length > MAX_ACCOUNTS) throw ACCOUNTS_SHEET.tooManyRows?.(MAX_ACCOUNTS);
  const cellOf = (cells: string[], k: Column) =>
    index[k] === undefined ? '' : (cells[index[k] as number] ?? '').trim();
  const unions = sheet.rows.map((r) => cellOf(r.cells, 'union')).filter(Boolean);
  const codes = [...new Set(unions.map((u) => u.toUpperCase()).filter(isValidUscc))];
  const byName = await resolveOrgNames(db, actor, [...new Set(unions)]);
  const byCode = codes.length ? await resolveOrgCodes(db, actor, codes) : new Map();
  const existing = await findTakenLogins(
    db,
    sheet.rows.map((r) => cellOf(r.cells, 'username')),
    sheet.rows.map((r) => cellOf(r.cells, 'phone')).filter(Boolean),
  );
  const takenNames = new Set(existing.map((r) => r.username.toLowerCase()));
  const takenPhones = new Set(existing.map((r) => r.phone).filter(Boolean));
  const seenNames = new Map<string, number>();
  const seenPhones = new Map<string, number>();

  const errors: AccountRowError[] = [];
  const planned: {
    rowNo: number;
    username: string;
    displayName: string;
    phone: string | null;
    union: string;
    grant: RoleGrant;
    password: string | null;
  }[] = [];
  for (const { rowNo, cells } of sheet.rows) {
    await giveTurn();
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
    const username = cellOf(cells, 'username');
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
    } else if (seenNames.has(username.toLowerCase())) {
      fail(
        'username',
        'DUPLICATE_IN_FILE',
        `用户名与第${seenNames.get(username.toLowerCase())}行重复`,
        `Same username as row ${seenNames.get(username.toLowerCase())}`,
      );
    }
    if (username) seenNames.set(username.toLowerCase(), seenNames.get(username.toLowerCase()) ?? rowNo);
    const displayName = cellOf(cells, 'displayName');
    if (!displayName.replace(/[\s\u200b-\u200f\ufeff]/g, ''))
      fail('displayName', 'REQUIRED', '姓名不能为空', 'The name is required');
    const phone = cellOf(cells, 'phone').replace(/[\s-]/g, '');
    if (phone && !PHONE_RE.test(phone))
      fail('phone', 'PHONE_INVALID', `手机号“${phone}”应为11位数字`, `Phone "${phone}" must be 11 digits`);
    else if (phone && takenPhones.has(phone))
      fail(
        'phone',
        'PHONE_TAKEN',
        `手机号${phone}已被其他账号使用`,
        `Phone ${phone} is used by another account`,
      );
    else if (phone && seenPhones.has(phone))
      fail(
        'phone',
        'DUPLICATE_IN_FILE',
        `手机号与第${seenPhones.get(phone)}行重复`,
        `Same phone as row ${seenPhones.get(phone)}`,
      );
    if (phone) seenPhones.set(phone, seenPhones.get(phone) ?? rowNo);
    const unionText = cellOf(cells, 'union');
    const hit = byCode.get(unionText.toUpperCase()) ?? byName.get(unionText);
    if (!unionText) fail('union', 'REQUIRED', '所在工会不能为空', 'The union is required');
    else if (hit === 'ambiguous')
      fail(
        'union',
        'UNION_AMBIGUOUS',
        `有多个名为“${unionText}”的工会，请填写统一社会信用代码`,
        `More than one union is called "${unionText}"; give its credit code`,
      );
    else if (!hit)
      fail(
        'union',
        'UNION_NOT_FOUND',
        `管辖范围内没有在册工会“${unionText}”`,
        `No active union "${unionText}" in your subtree`,
      );
    const roleText = cellOf(cells, 'role').replace(/\s/g, '');
    const role = ROLE_WORDS.find(([re]) => re.test(roleText))?.[1];
    if (!role)
      fail(
        'role',
        'ROLE_INVALID',
        `角色“${roleText}”无效，应为单位管理员、工作人员或审核人`,
        `Role "${roleText}" must be manager (单位管理员), staff (工作人员) or reviewer (审核人)`,
      );
    const password = cellOf(cells, 'password') || null;
    if (errors.length === before && hit && hit !== 'ambiguous' && role) {
      planned.push({
        rowNo,
        username,
        displayName,
        phone: phone || null,
        union: unionText,
        grant: { role, orgId: hit.id },
        password,
      });
    }
  }
  if (errors.length) throw rowsInvalid(errors);

  // Passwords are checked row by row too, so a weak initial password is reported with its row. They are hashed
  // side by side before the transaction (scrypt on libuv's pool, both cores); a weak one is left to be refused.
  const passwordsOf = planned.map((p) => p.password ?? temporaryPassword());
  const hashOf = await hashAcceptable(passwordsOf, planned);
  const created: ImportedAccount[] = [];
  const done = await db.tx(async (sql) => {
    for (const [i, p] of planned.entries()) {
      const pw = passwordsOf[i];
      try {
        const u = await users.createUserIn(
          sql,
          actor,
          {
            username: p.username,
            displayName: p.displayName,
            phone: p.phone,
            password: pw,
            roles: [p.grant],
            mustChangePassword: true,
          },
          { passwordHash: hashOf[i] },
        );
        const bySms = !p.password && !!p.phone && !!passwords;
        if (bySms && passwords && p.phone) {
          await passwords.send(
            {
              channel: 'sms',
              to: p.phone,
              // the password travels in the template's parameters only: the outbox keeps no copy in its text
              text: `您在工会平台的账号 ${p.username} 已开通，初始密码见短信，首次登录须修改。`,
              purpose: 'account_password',
              params: { username: p.username, password: pw },
              userId: u.id,
              ...(p.grant.orgId === null ? {} : { orgId: p.grant.orgId }),
            },
            sql,
          );
        }
        created.push({
          rowNo: p.rowNo,
          id: u.id,
          username: p.username,
          displayName: p.displayName,
          union: p.union,
          role: p.grant.role,
          temporaryPassword: p.password || bySms ? null : pw,
          passwordSent: bySms,
        });
      } catch (err) {
        const e = err as { messages?: { zh: string; en: string }; code?: string };
        errors.push({
          rowNo: p.rowNo,
          column: e.code === 'PASSWORD_TOO_WEAK' ? (sheet.headers[index.password ?? -1] ?? '初始密码') : '',
          value: e.code === 'PASSWORD_TOO_WEAK' ? '' : p.username,
          code: e.code ?? 'ROW_FAILED',
          messageZh: e.messages?.zh ?? '此行无法创建',
          messageEn: e.messages?.en ?? 'This row could not be created',
        });
      }
    }
    if (errors.length) throw rowsInvalid(errors);
    await recordAudit(sql, actor, {
      action: 'user.import',
      entity: 'user',
      after: { count: created.length },
    });
    return created;
  });
  const sheetOut = writeWorkbook([
    {
      name: '账号',
      headers: ['用户名', '姓名', '所在工会', '角色', '临时密码'],
      rows: done.map((a) => [
        a.username,
        a.displayName,
        a.union,
        ROLE_ZH[a.role],
        a.passwordSent ? '（已短信发送）' : (a.temporaryPassword ?? '（表格中给定）'),
      ]),
      widths: [18, 12, 30, 12, 16],
    },
  ]);
  return {
    created: done,
    ignoredRows: skipped.map((r) => r.rowNo),
    ...sheetNotes(file),
    accountsXlsxBase64: sheetOut.toString('base64'),
  };
}

const ROLE_ZH: Record<string, string> = {
  manager: '单位管理员',
  staff: '工作人员',
  reviewer: '审核人',
  admin: '系统管理员',
  worker: '职工',
};

/** The hash of each password the policy accepts (the others are refused with their row when created). */
async function hashAcceptable(passwords: string[], rows: { username: string }[]) {
  const acceptable = passwords.flatMap((pw, i) => {
    try {
      checkPasswordPolicy(pw, rows[i].username);
      return [i];
    } catch {
      return [];
    }
  });
  const hashes = await hashPasswords(acceptable.map((i) => passwords[i]));
  const out: (string | undefined)[] = new Array(passwords.length);
  for (const [k, i] of acceptable.entries()) out[i] = hashes[k];
  return out;
}

function rowsInvalid(errors: AccountRowError[]) {
  const n = new Set(errors.map((e) => e.rowNo)).size;
  return invalid(
    'IMPORT_ROWS_INVALID',
    {
      zh: `${n}行有误，未创建任何账号`,
      en: `${n} ${n === 1 ? 'row has' : 'rows have'} errors; no account was created`,
    },
    { errors },
  );
}
