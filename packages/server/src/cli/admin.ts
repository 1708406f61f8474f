import { checkStaffPassword, prepareSetup } from '../modules/auth/index.ts';
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

/**
 * `admin create --username NAME --password-stdin [--display-name 名称]`: a platform administrator, e.g. the
 * first account of a fresh installation. The password is final (no change forced at the first sign-in).
 */
export async function createAdminCommand(
  ctx: CliContext,
  opts: { username?: string; displayName?: string; passwordStdin?: boolean; stdin?: NodeJS.ReadableStream },
): Promise<number> {
  if (!opts.username) throw new CliError('缺少 --username / --username is required', 2);
  if (!opts.passwordStdin) {
    throw new CliError(
      '请用 --password-stdin 从标准输入提供密码（不接受命令行中的密码）\nGive the password on standard input with --password-stdin (never on the command line)',
      2,
    );
  }
  const password = await readPasswordFromStdin(opts.stdin);
  try {
    // final from the start, so held to the staff rules from the start, as on /setup (ADR 82)
    checkStaffPassword(password, opts.username, await ctx.services.securitySettings.getSettings());
    const id = await ctx.services.auth.createUser({
      username: opts.username,
      displayName: opts.displayName ?? '系统管理员',
      password,
      roles: [{ role: 'admin', orgId: null }],
    });
    // an account exists now: the set-up token is dropped
    await prepareSetup(ctx.db);
    ctx.out(
      `已创建系统管理员 ${opts.username}（ID ${id}）/ created the system administrator ${opts.username} (id ${id})`,
    );
    return 0;
  } catch (e) {
    if ((e as { code?: string }).code === '23505') {
      throw new CliError(`用户名“${opts.username}”已被使用\nThe username "${opts.username}" is taken`);
    }
    if (e instanceof AppError) throw new CliError(describeError(e));
    throw e;
  }
}
