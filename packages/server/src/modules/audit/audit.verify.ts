import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { findChainEnds, findChainRowAt } from './audit.chain.repository.ts';
import { type ChainAlgorithm, type ChainProblem, verifyAudit } from './audit.chain.ts';
import { recordAudit } from './audit.service.ts';

/** What the audit log page shows of a check of the chain (系统 → 审计日志 → 校验完整性). */
export interface ChainCheck {
  ok: boolean;
  /** Rows found intact, from the anchor on. */
  rows: number;
  /** The hash algorithms of those rows (SM3, SHA-256), as the chain first uses them. */
  algorithms: ChainAlgorithm[];
  /** The last row found intact: its place, id and time; null when none is. */
  through: { seq: number; id: number; at: string } | null;
  /** The anchor: rows archived before the chain's first row in the table, and the file they went to. */
  anchor: { seq: number; file: string | null };
  /** The first row that does not fit (altered, removed, inserted), in both languages; null when intact. */
  problem: ChainProblem | null;
}

/**
 * The check `npm run cli -- audit verify` makes (ADR 78), from the platform: the chain walked from its anchor to
 * its head, read in pages. Rows written in the last seconds are sealed by the server's round (every 5 s) and
 * checked by the next check. The check is itself written to the log, with its verdict.
 */
export async function checkAuditChain(db: Db, actor: Actor): Promise<ChainCheck> {
  const verdict = await verifyAudit(db);
  const ends = await findChainEnds(db);
  // the rows found intact are the places just after the anchor, one by one
  const lastSeq = verdict.ok ? verdict.last.seq : ends.anchor.seq + verdict.rows;
  const last = verdict.rows > 0 ? await findChainRowAt(db, lastSeq) : null;
  const check: ChainCheck = {
    ok: verdict.ok,
    rows: verdict.rows,
    algorithms: verdict.algorithms,
    through: last,
    anchor: { seq: ends.anchor.seq, file: ends.anchorFile },
    problem: verdict.ok ? null : verdict.problem,
  };
  await recordAudit(db, actor, {
    action: 'audit.verify',
    entity: 'audit',
    after: {
      intact: check.ok,
      rows: check.rows,
      through: last?.seq ?? null,
      problem: check.problem ? `${check.problem.zh} / ${check.problem.en}` : null,
    },
  });
  return check;
}
