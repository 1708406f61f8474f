import { closeSync, createReadStream, fsyncSync, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { addDays } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import {
  archiveRowsThrough,
  type ChainHead,
  findArchivableThrough,
  findChainEnds,
  listRowsThrough,
} from './audit.chain.repository.ts';
import {
  type ChainAlgorithm,
  type ChainRow,
  type ChainVerdict,
  ChainWalker,
  sealAudit,
} from './audit.chain.ts';
import { recordAudit } from './audit.service.ts';

/** The least number of days the log is kept online (等保 level 3 asks for at least six months). */
export const MIN_RETENTION_DAYS = 180;

export interface ArchiveResult {
  /** Rows written to the file and removed from the table. */
  rows: number;
  /** The chain place of the last archived row: the new anchor. */
  through: number;
}

/**
 * Writes the rows written before `before` (China time) to `file` as JSON lines — the chain's anchor first, then
 * each row, then the last row's place and hash — and removes them from the table, leaving their last hash as the
 * online chain's anchor. Refused while the rows are younger than the retention, and when the chain does not verify
 * (a broken chain is evidence, not something to archive away).
 */
export async function archiveAudit(
  db: Db,
  actor: Actor | null,
  o: { before: string; today: string; retentionDays: number; file: string; algorithm: ChainAlgorithm },
): Promise<ArchiveResult> {
  const retention = Math.max(o.retentionDays, MIN_RETENTION_DAYS);
  const latest = addDays(o.today, -retention);
  if (o.before > latest) {
    throw new AppError(
      'invalid',
      'AUDIT_RETENTION',
      {
        zh: `操作日志须在线保存至少 ${retention} 天：只能归档 ${latest} 之前的记录`,
        en: `The audit log stays online at least ${retention} days: only rows before ${latest} may be archived`,
      },
      { latest },
    );
  }
  await sealAudit(db, o.algorithm);
  const ends = await findChainEnds(db);
  const through = await findArchivableThrough(db, o.before);
  if (through <= ends.anchor.seq) return { rows: 0, through: ends.anchor.seq };
  const walker = new ChainWalker(ends.anchor);
  const fd = openSync(o.file, 'wx');
  try {
    writeSync(fd, `${JSON.stringify({ kind: 'anchor', seq: ends.anchor.seq, hash: ends.anchor.hash })}\n`);
    let after = { seq: ends.anchor.seq, id: '0' };
    for (;;) {
      const rows = await listRowsThrough(db, after, through, 2000);
      for (const r of rows) {
        if (!walker.next(r)) {
          const p = walker.problem;
          throw new AppError('conflict', 'AUDIT_CHAIN_BROKEN', {
            zh: `操作日志链校验不通过，未归档：${p?.zh}`,
            en: `The audit chain does not verify; nothing archived: ${p?.en}`,
          });
        }
        writeSync(fd, `${JSON.stringify({ kind: 'row', ...r })}\n`);
      }
      if (rows.length < 2000) break;
      after = { seq: Number(rows[rows.length - 1].seq), id: rows[rows.length - 1].id };
    }
    const last = walker.last;
    writeSync(fd, `${JSON.stringify({ kind: 'end', seq: last.seq, hash: last.hash, rows: walker.rows })}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const rows = await db.tx(async (sql) => {
    const removed = await archiveRowsThrough(sql, through, o.file);
    await recordAudit(sql, actor, {
      action: 'audit.archive',
      entity: 'audit',
      after: { before: o.before, through, rows: removed, file: o.file },
    });
    return removed;
  });
  return { rows, through };
}

/**
 * Verifies an archive file on its own: from its anchor through every row, each hash recomputed, to the end line
 * (a file cut short or with rows removed at its end does not match it). Answers the last place and hash, which the
 * next file's anchor (or the table's) names.
 */
export async function verifyArchiveFile(file: string): Promise<ChainVerdict> {
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let walker: ChainWalker | null = null;
  let end: (ChainHead & { rows: number }) | null = null;
  const bad = (zh: string, en: string): ChainVerdict => ({
    ok: false,
    rows: walker?.rows ?? 0,
    algorithms: walker?.verdict().algorithms ?? [],
    problem: { kind: 'head', rowId: null, seq: null, zh, en },
  });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { kind: string } & Record<string, unknown>;
    if (item.kind === 'anchor') walker = new ChainWalker({ seq: Number(item.seq), hash: String(item.hash) });
    else if (item.kind === 'end')
      end = { seq: Number(item.seq), hash: String(item.hash), rows: Number(item.rows) };
    else if (!walker) return bad('文件开头缺少链的锚点', 'the file does not start with the chain anchor');
    else if (end) return bad('结束行之后还有记录', 'rows follow the end line');
    else if (!walker.next(item as unknown as ChainRow)) return walker.verdict();
  }
  if (!walker) return bad('文件开头缺少链的锚点', 'the file does not start with the chain anchor');
  const last = walker.last;
  if (!end || end.seq !== last.seq || end.hash !== last.hash) {
    return bad(
      `文件末尾的记录不完整：应至第 ${end?.seq ?? '?'} 条，实至第 ${last.seq} 条`,
      `the file's last rows are missing: it should end at place ${end?.seq ?? '?'}, it ends at ${last.seq}`,
    );
  }
  return walker.verdict();
}
