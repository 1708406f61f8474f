import { resolve } from 'node:path';
import { type Config, loadConfig } from '../config.ts';
import {
  archiveAudit,
  type ChainVerdict,
  chainAlgorithm,
  sealAudit,
  verifyArchiveFile,
  verifyAudit,
} from '../modules/audit/index.ts';
import { systemClock } from '../shared/clock.ts';
import { todayInChina } from '../shared/dates.ts';
import { type CliContext, CliError, describeError, resolveActor } from './context.ts';

type AuditConfig = Pick<Config, 'crypto' | 'auditRetentionDays'>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function report(out: (l: string) => void, err: (l: string) => void, v: ChainVerdict, what: string): number {
  if (v.ok) {
    out(
      `操作日志链完整：${what}共 ${v.rows} 条，末条第 ${v.last.seq} 条，哈希 ${v.last.hash || '（空）'}\n` +
        `The audit chain is intact: ${v.rows} rows${what ? ` in ${what.trim()}` : ''}, last place ${v.last.seq}, hash ${v.last.hash || '(none)'}`,
    );
    return 0;
  }
  err(
    `操作日志链被破坏 / The audit chain is broken\n${v.problem.zh}\n${v.problem.en}\n` +
      `（此前 ${v.rows} 条完好 / ${v.rows} rows before it are intact）`,
  );
  return 1;
}

/** `audit verify --file <archive.jsonl>`: an archive file on its own, without the database. */
export async function verifyAuditFileCommand(
  file: string,
  io: { out: (l: string) => void; err: (l: string) => void },
): Promise<number> {
  try {
    return report(io.out, io.err, await verifyArchiveFile(file), `${file} `);
  } catch (e) {
    throw new CliError(`无法读取归档文件 / cannot read the archive file ${file}: ${describeError(e)}`);
  }
}

/**
 * `audit verify`: seals the rows written since the last seal (what the server does every few seconds), then walks
 * the chain from its anchor to its head; exit 1 naming the first altered, removed or inserted row.
 * `audit archive --before <day> [--out <file>]`: rows older than the day, and the retention, to a JSON-lines file.
 */
export async function auditCommand(
  ctx: CliContext,
  o: { sub: string; before?: string; out?: string; as?: string; config?: AuditConfig; today?: string },
): Promise<number> {
  const config = o.config ?? loadConfig();
  const algorithm = chainAlgorithm(config.crypto);
  if (o.sub === 'verify') {
    await sealAudit(ctx.db, algorithm);
    return report(ctx.out, ctx.err, await verifyAudit(ctx.db), '');
  }
  if (o.sub !== 'archive') {
    throw new CliError('audit 只支持 verify 与 archive / audit takes verify or archive', 2);
  }
  if (!o.before || !DAY.test(o.before)) {
    throw new CliError('缺少 --before <YYYY-MM-DD> / --before <YYYY-MM-DD> is required', 2);
  }
  const file = resolve(o.out ?? `audit-before-${o.before}.jsonl`);
  const actor = await resolveActor(ctx.db, o.as);
  try {
    const r = await archiveAudit(ctx.db, actor, {
      before: o.before,
      today: o.today ?? todayInChina(systemClock()),
      retentionDays: config.auditRetentionDays,
      file,
      algorithm,
    });
    ctx.out(
      r.rows
        ? `已归档 ${r.rows} 条记录至 ${file}（至第 ${r.through} 条）\nArchived ${r.rows} rows to ${file} (through place ${r.through})`
        : `${o.before} 之前没有可归档的记录 / no rows before ${o.before} to archive`,
    );
    return 0;
  } catch (e) {
    throw new CliError(describeError(e));
  }
}
