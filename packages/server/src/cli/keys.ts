import type { Config } from '../config.ts';
import { OPERATOR } from '../modules/auth/index.ts';
import {
  KEY_STATE_REFRESH_SECONDS,
  KeyError,
  type RotationReport,
  rotateKeys,
  SERVERS_FIND,
} from '../modules/keys/index.ts';
import { systemClock } from '../shared/clock.ts';
import { type CliContext, CliError, resolveActor } from './context.ts';

export interface KeysOptions {
  action: string;
  to?: string;
  key?: string;
  as?: string;
  batchSize?: number;
  /** Tests: no pause for the running servers to read the new key. */
  noWait?: boolean;
  /** Tests: stop after the run's first batches, as a killed process would. */
  onBatch?: (step: string, rows: number) => void;
}

const pause = (seconds: number) => new Promise<void>((done) => setTimeout(done, seconds * 1000));

function printReport(ctx: CliContext, r: RotationReport) {
  // printed once the work is done: the rotation's number and its new key, then the rows per table
  ctx.out(
    `密钥轮换 #${r.rotationId}（新密钥 ${r.toKey}${r.resumed ? '，接续上次中断的轮换' : ''}）各表重新加密的行数： / key rotation #${r.rotationId} to the new key ${r.toKey}${r.resumed ? ' (an interrupted one, resumed)' : ''}, rows re-encrypted per table:`,
  );
  for (const s of r.steps) ctx.out(`  ${s.step.padEnd(24)} ${s.rows}`);
  if (r.remaining === 0)
    ctx.out(
      `完成：旧密钥 ${r.retired.join(', ') || '—'} 已不再使用，已停用 / done: old keys ${r.retired.join(', ') || '—'} no longer used, retired`,
    );
  else
    ctx.err(
      `仍有 ${r.remaining} 个值使用旧密钥，旧密钥保留；请再次运行 keys rotate / ${r.remaining} values are still under an old key, which stays; run keys rotate again`,
    );
}

/**
 * Who a rotation is recorded as: the operator on the server (audited `cli`, as the `admin` commands are), or with
 * `--as` a security administrator, whose work key rotation is (三员分立, docs/security.md) — never a union's staff
 * nor the system administrator, whose name on the audit row would claim an act that is not theirs.
 */
async function rotationActor(ctx: CliContext, as: string | undefined) {
  if (as === undefined) return OPERATOR;
  const actor = await resolveActor(ctx.db, as);
  if (actor.role !== 'security_admin')
    throw new CliError(
      `密钥轮换是安全管理员的工作：--as 须为安全管理员的账号（“${as}”不是），或不写 --as，以运维人员身份执行（操作日志记为“系统”） / ` +
        `Key rotation is the security administrator's: --as names a security administrator's account ("${as}" is not one), or leave it out to act as the operator (audited as cli)`,
      2,
    );
  return actor;
}

/** `keys rotate [--to sm|default] [--key <id>]`: re-encrypts every protected value under a new key. */
export async function keysCommand(ctx: CliContext, config: Pick<Config, 'dataDir'>, o: KeysOptions) {
  if (o.action !== 'rotate') throw new CliError('keys 只支持 rotate / keys takes only rotate', 2);
  if (o.to !== undefined && o.to !== 'sm' && o.to !== 'default')
    throw new CliError(`--to 只能是 sm 或 default / --to is sm or default, got "${o.to}"`, 2);
  const actor = await rotationActor(ctx, o.as);
  // the count each step last printed: a batch that moved nothing (the cases' owner hashes are read person by
  // person, most of them owning none) prints no line
  const printed = new Map<string, number>();
  try {
    const report = await rotateKeys(ctx.db, ctx.services.ids.keyring, {
      to: o.to as 'sm' | 'default' | undefined,
      keyId: o.key,
      dataDir: config.dataDir,
      batchSize: o.batchSize,
      clock: systemClock,
      actor,
      serversFind: o.noWait ? { seconds: 0, pause } : SERVERS_FIND,
      waitForServers: o.noWait
        ? undefined
        : async () => {
            ctx.err(
              `等待运行中的服务器读取新密钥（${KEY_STATE_REFRESH_SECONDS + 1} 秒） / letting running servers read the new key (${KEY_STATE_REFRESH_SECONDS + 1} s)`,
            );
            await pause(KEY_STATE_REFRESH_SECONDS + 1);
          },
      onBatch: (step, rows) => {
        if (!printed.size)
          ctx.err('重新加密中（表：已完成的行数） / re-encrypting (table: rows done so far)');
        if (printed.get(step) !== rows) ctx.err(`  ${step}: ${rows}`);
        printed.set(step, rows);
        o.onBatch?.(step, rows);
      },
    });
    printReport(ctx, report);
    return report.remaining === 0 ? 0 : 1;
  } catch (e) {
    if (e instanceof KeyError) throw new CliError(e.message);
    throw e;
  }
}
