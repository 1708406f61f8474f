import { type Actor, requireRecordAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { err, PROPOSAL } from './congresses.errors.ts';
import { findProposal, type ProposalRow } from './congresses.proposals.repository.ts';

/** A proposal the actor may act on as `permission` requires (its congress's union in the actor's subtree). */
export async function proposalIn(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'congresses.read' | 'congresses.manage',
  lock = false,
) {
  return requireRecordAccess(actor, permission, await findProposal(sql, id, lock), PROPOSAL);
}

/** A step the proposal's state does not allow, saying why. */
export const wrongState = (p: ProposalRow, zh: string, en: string) =>
  err('conflict', 'CONGRESS_PROPOSAL_STATE', `该提案${zh}`, `The proposal ${en}`, undefined, {
    status: p.status,
  });
