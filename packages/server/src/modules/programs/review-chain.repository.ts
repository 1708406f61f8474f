import type { Sql } from '../../db/db.ts';
import { findOrgChain } from '../org/index.ts';
import type { ProgramRow } from './programs.types.ts';
import { type ChainOrg, type ChainStep, reviewSteps } from './review-chain.ts';

/** The unions a review chain reads (read-only on `orgs`). */

/**
 * The unions of a program's review chain: every union of the owner's subtree at a level of the chain, and the
 * owner itself (which reviews when no level applies), by path. At most `limit`.
 */
export async function listChainUnions(
  sql: Sql,
  owner: { id: number; path: string },
  chain: number[],
  limit = 5000,
): Promise<ChainOrg[]> {
  const { rows } = await sql.query<ChainOrg>(
    `select id, level, path, name from orgs
      where (path like $1 || '%' and level = any($2::int[])) or id = $3
      order by path limit ${limit}`,
    [owner.path, chain, owner.id],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** The review steps of an application to `program` by the union `applicantOrgId`, and that union's ancestors. */
export async function loadReviewSteps(
  sql: Sql,
  program: Pick<
    ProgramRow,
    'reviewChain' | 'ownerOrgId' | 'ownerOrgPath' | 'ownerOrgLevel' | 'applicantType'
  >,
  applicantOrgId: number,
): Promise<{ ancestors: ChainOrg[]; steps: ChainStep[] }> {
  const ancestors = await findOrgChain(sql, applicantOrgId);
  const steps = reviewSteps(
    program.reviewChain,
    ancestors,
    { id: program.ownerOrgId, path: program.ownerOrgPath, level: program.ownerOrgLevel },
    { applicantOrgId, applicantIsUnion: program.applicantType === 'union' },
  );
  return { ancestors, steps };
}
