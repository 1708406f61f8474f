import { isUniqueViolation } from '../db/db.ts';
import {
  type AdministratorRole,
  checkStaffPassword,
  operatorChangesAccount,
  operatorCreatesAdministrator,
  prepareSetup,
} from '../modules/auth/index.ts';
import { AppError } from '../shared/errors.ts';
import { type CliContext, CliError, describeError } from './context.ts';

/** Reads the password: the first line of standard input (never from the command line, where `ps` shows it). */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if ((stdin as NodeJS.ReadStream).isTTY) process.stderr.write('密码 / Password: ');
  let text = '';
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

const ROLES: Record<AdministratorRole, string> = {
  admin: '系统管理员 / system administrator',
  security_admin: '安全管理员 / security administrator',
  audit_admin: '审计管理员 / audit administrator',
};

/** What `admin` may be asked: each action and whether it reads a password. */
const ACTIONS = { create: true, 'reset-password': true, disable: false, enable: false } as const;
export type AdminAction = keyof typeof ACTIONS;

/**
 * What an `admin` command is asked, checked before anything is read or opened (main checks it before the database
 * is opened, or made for a first administrator): the action, --username, --role, and the password on standard input,
 * refused on the command line (where `ps` shows it). A usage error (exit code 2).
 */
export function checkAdminCommand(
  action: string | undefined,
  opts: { username?: string; role?: string; passwordStdin?: boolean },
): asserts action is AdminAction {
  if (!action || !(action in ACTIONS)) {
    throw new CliError(
      'admin 只支持 create、reset-password、disable、enable / admin takes create, reset-password, disable or enable',
      2,
    );
  }
  if (!opts.username) throw new CliError('缺少 --username / --username is required', 2);
  if (action === 'create' && opts.role !== undefined && !(opts.role in ROLES)) {
    throw new CliError(
      `--role 只能是 admin、security_admin 或 audit_admin（收到“${opts.role}”）\n--role is admin, security_admin or audit_admin (got "${opts.role}")`,
      2,
    );
  }
  if (ACTIONS[action as AdminAction] && !opts.passwordStdin) {
    throw new CliError(
      '请用 --password-stdin 从标准输入提供密码（不接受命令行中的密码）\nGive the password on standard input with --password-stdin (never on the command line)',
      2,
    );
  }
}

/**
 * `admin create --username NAME --password-stdin [--role admin|security_admin|audit_admin] [--display-name 名称]`:
 * a platform administrator, e.g. the first account of a fresh installation. A system administrator's password is
 * final (no change forced at the first sign-in); a security or audit administrator — set up here, not by the system
 * administrator they oversee, after the first run (ADR 148) — changes it at the first sign-in.
 */
export async function createAdminCommand(
  ctx: CliContext,
  opts: {
    username?: string;
    displayName?: string;
    role?: string;
    passwordStdin?: boolean;
    stdin?: NodeJS.ReadableStream;
  },
): Promise<number> {
  checkAdminCommand('create', opts);
  const username = opts.username as string;
  const role = (opts.role ?? 'admin') as AdministratorRole;
  const password = await readPasswordFromStdin(opts.stdin);
  try {
    // held to the staff rules from the start, as on /setup (ADR 82)
    checkStaffPassword(password, username, await ctx.services.securitySettings.getSettings());
    const id = await operatorCreatesAdministrator(ctx.db, {
      username: username,
      displayName: opts.displayName ?? ROLES[role].split(' / ')[0],
      password,
      role,
    });
    // an account exists now: the set-up token is dropped
    await prepareSetup(ctx.db);
    const [zh, en] = ROLES[role].split(' / ');
    ctx.out(`已创建${zh} ${username}（ID ${id}）/ created the ${en} ${username} (id ${id})`);
    return 0;
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new CliError(`用户名“${username}”已被使用\nThe username "${username}" is taken`);
    }
    if (e instanceof AppError) throw new CliError(describeError(e));
    throw e;
  }
}

/**
 * `admin reset-password --username NAME --password-stdin`, `admin disable --username NAME`, `admin enable
 * --username NAME`: what the system administrator may not do to a security or audit administrator's account
 * (ADR 148), for any account. A reset password is changed by its holder at the next sign-in.
 */
export async function adminAccountCommand(
  ctx: CliContext,
  action: 'reset-password' | 'disable' | 'enable',
  opts: { username?: string; passwordStdin?: boolean; stdin?: NodeJS.ReadableStream },
): Promise<number> {
  checkAdminCommand(action, opts);
  const change =
    action === 'reset-password'
      ? { password: await readPasswordFromStdin(opts.stdin) }
      : { active: action === 'enable' };
  try {
    await operatorChangesAccount(ctx.db, opts.username as string, change);
  } catch (e) {
    // an unknown user is a usage error (exit code 2), as for --as
    if (e instanceof AppError) throw new CliError(describeError(e), e.code === 'NOT_FOUND' ? 2 : 1);
    throw e;
  }
  const done = {
    'reset-password': ['已重置密码，登录时须修改', 'password reset; to be changed at the next sign-in'],
    disable: ['已停用', 'disabled'],
    enable: ['已启用', 'enabled'],
  }[action];
  ctx.out(`${opts.username}：${done[0]} / ${opts.username}: ${done[1]}`);
  return 0;
}
