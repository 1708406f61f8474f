import { type Actor, requireAccess } from '../../access/access.ts';
import { ROLE_NAMES } from '../../access/role-list.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { listFileName } from '../../shared/export-list.ts';
import { placeOf, placeRows } from '../../shared/sheet-place.ts';
import { headersRead, type OpenSheetOptions, type SheetRead, sheetNotes } from '../../shared/sheet-reader.ts';
import {
  columnOf,
  findColumns,
  hasColumns,
  type SkippedRow,
  skipFooterRows,
} from '../../shared/spreadsheet.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { unionNameAsked } from '../org/index.ts';
import type { Sender } from '../outbox/index.ts';
import { hashPasswords } from './password.ts';
import { checkPasswordPolicy } from './password-policy.ts';
import { type AccountRowError, COLUMNS, planAccountRows, REQUIRED } from './users.import.rows.ts';
import type { RoleGrant } from './users.repository.ts';
import { temporaryPassword, type UsersService } from './users.service.ts';

export type { AccountRowError } from './users.import.rows.ts';

const MAX_ACCOUNTS = 5000;
/** The password hash of an account a check (预检) makes in the transaction it rolls back: never stored. */
const NOT_KEPT = '!checked';
/** Thrown to roll a check's transaction back, its answer kept aside. */
const CHECKED = new Error('accounts checked');

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
  columnKey: (header) => columnOf(COLUMNS, header),
};

export interface ImportedAccount {
  rowNo: number;
  /** The row's sheet, when the file was read from several. */
  sheet?: string;
  id: number;
  username: string;
  displayName: string;
  union: string;
  role: RoleGrant['role'];
  temporaryPassword: string | null;
  /** The first password went by SMS to the account's phone (a provider is configured): it is in no sheet. */
  passwordSent: boolean;
}

interface ImportOptions {
  /** Where first passwords go by SMS, or null (the sheet of first passwords). */
  passwords?: Sender | null;
  /** The day the sheet of new accounts is named by. */
  today: string;
  /** A check (预检): nothing kept, nothing sent. */
  dryRun?: boolean;
}

/** What an import answers: the accounts made, and the sheet of their first passwords to download once. */
export type AccountsImported = ReturnType<typeof sheetNotes> & {
  dryRun: false;
  created: ImportedAccount[];
  ignoredRows: SkippedRow[];
  accountsXlsxBase64: string;
  accountsFileName: string;
};

/** What a check (预检) of an accounts sheet answers: the accounts it would create, or every wrong row. */
export type AccountsChecked = ReturnType<typeof sheetNotes> & {
  dryRun: true;
  /** The rows read, footer rows aside. */
  total: number;
  /** The accounts the import would create (none while a row is wrong), and where each first password comes from. */
  accounts: (Pick<ImportedAccount, 'rowNo' | 'sheet' | 'username' | 'displayName' | 'union' | 'role'> & {
    password: 'given' | 'temporary' | 'sms';
  })[];
  errors: AccountRowError[];
  ignoredRows: SkippedRow[];
};

/**
 * Creates staff accounts from a sheet: 用户名, 姓名, 手机号, 所在工会 (name, short name or credit code), 角色,
 * 初始密码 (optional: blank gets a temporary password, returned once). All or nothing: one bad row and no account
 * is created; every bad row is listed with its column and reason in both languages. Each account must change
 * its password at the first sign-in. Where an SMS provider is configured (`passwords`, the outbox's Sender), a
 * temporary password goes by SMS to the row's 手机号, in the transaction that creates the account, and is in no
 * sheet; a row without a phone, or no provider, keeps today's road: the sheet of first passwords, downloaded once,
 * named as every list is (`accountsFileName`: the importing union, 新账号清单, `today`). A check (`dryRun`, 预检)
 * makes every account in a transaction it rolls back, sends nothing, and answers the accounts or every wrong row.
 */
export async function importUsers(
  db: Db,
  users: UsersService,
  actor: Actor,
  file: SheetRead,
  options: ImportOptions & { dryRun: true },
): Promise<AccountsChecked>;
export async function importUsers(
  db: Db,
  users: UsersService,
  actor: Actor,
  file: SheetRead,
  options: ImportOptions & { dryRun?: false },
): Promise<AccountsImported>;
export async function importUsers(
  db: Db,
  users: UsersService,
  actor: Actor,
  file: SheetRead,
  options: ImportOptions,
): Promise<AccountsImported | AccountsChecked>;
export async function importUsers(
  db: Db,
  users: UsersService,
  actor: Actor,
  file: SheetRead,
  { passwords = null, today, dryRun = false }: ImportOptions,
): Promise<AccountsImported | AccountsChecked> {
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
  const { planned, errors } = await planAccountRows(db, actor, sheet, index);
  const checked = (found: AccountRowError[], rows: ImportedAccount[]): AccountsChecked => ({
    dryRun: true,
    total: sheet.rows.length,
    accounts: found.length
      ? []
      : rows.map(({ id: _, temporaryPassword, passwordSent, ...account }) => ({
          ...account,
          password: passwordSent ? 'sms' : temporaryPassword === null ? 'given' : 'temporary',
        })),
    errors: placeRows(found, file.sheets),
    ignoredRows: placeRows(skipped, file.sheets),
    ...sheetNotes(file),
  });
  if (errors.length) {
    if (dryRun) return checked(errors, []);
    throw rowsInvalid(errors, file.sheets, skipped);
  }

  // Passwords are checked row by row too, so a weak initial password is reported with its row. They are hashed
  // side by side before the transaction (scrypt on libuv's pool, both cores); a weak one is left to be refused. A
  // check (预检) rolls its transaction back and hashes nothing: each account is still made and checked in it.
  const passwordsOf = planned.map((p) => p.password ?? temporaryPassword());
  const hashOf = await hashAcceptable(
    passwordsOf,
    planned,
    dryRun ? async (pws) => pws.map(() => NOT_KEPT) : hashPasswords,
  );
  const created: ImportedAccount[] = [];
  let answer: AccountsChecked | null = null;
  const run = db.tx(async (sql) => {
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
        if (bySms && passwords && p.phone && !dryRun) {
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
          ...placeOf(p.rowNo, file.sheets),
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
    if (dryRun) {
      answer = checked(errors, created);
      throw CHECKED;
    }
    if (errors.length) throw rowsInvalid(errors, file.sheets, skipped);
    await recordAudit(sql, actor, {
      action: 'user.import',
      entity: 'user',
      after: { count: created.length },
    });
    return created;
  });
  const done = await run.catch((e) => {
    if (e === CHECKED && answer) return answer;
    throw e;
  });
  if (!Array.isArray(done)) return done;
  const sheetOut = writeWorkbook([
    {
      name: '账号',
      headers: ['用户名', '姓名', '所在工会', '角色', '临时密码'],
      rows: done.map((a) => [
        a.username,
        a.displayName,
        a.union,
        ROLE_NAMES[a.role].zh,
        a.passwordSent ? '（已短信发送）' : (a.temporaryPassword ?? '（表格中给定）'),
      ]),
      widths: [18, 12, 30, 12, 16],
    },
  ]);
  return {
    dryRun: false,
    created: done,
    ignoredRows: placeRows(skipped, file.sheets),
    ...sheetNotes(file),
    accountsXlsxBase64: sheetOut.toString('base64'),
    accountsFileName: listFileName(await unionNameAsked(db, actor, null), '新账号清单', today),
  };
}

/** The hash of each password the policy accepts (the others are refused with their row when created). */
async function hashAcceptable(
  passwords: string[],
  rows: { username: string }[],
  hash: (passwords: string[]) => Promise<string[]>,
) {
  const acceptable = passwords.flatMap((pw, i) => {
    try {
      checkPasswordPolicy(pw, rows[i].username);
      return [i];
    } catch {
      return [];
    }
  });
  const hashes = await hash(acceptable.map((i) => passwords[i]));
  const out: (string | undefined)[] = new Array(passwords.length);
  for (const [k, i] of acceptable.entries()) out[i] = hashes[k];
  return out;
}

/**
 * The refusal of a file with wrong rows, each named as its sheet numbers it (with the sheet, when several), and the
 * rows left out as no account (`skipped`), as the union tree's refusal names them.
 */
function rowsInvalid(errors: AccountRowError[], sheets: string[], skipped: SkippedRow[]) {
  const n = new Set(errors.map((e) => e.rowNo)).size;
  return invalid(
    'IMPORT_ROWS_INVALID',
    {
      zh: `${n}行有误，未创建任何账号`,
      en: `${n} ${n === 1 ? 'row has' : 'rows have'} errors; no account was created`,
    },
    { errors: placeRows(errors, sheets), ignoredRows: placeRows(skipped, sheets) },
  );
}
