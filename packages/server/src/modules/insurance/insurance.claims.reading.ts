import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { subtreeAsked } from '../org/index.ts';
import { listClaims } from './insurance.claims.repository.ts';
import { claimSteps } from './insurance.claims.steps.ts';
import { policiesOfPerson } from './insurance.repository.ts';
import { CLAIM_DOCUMENTS } from './insurance.vocabulary.ts';

/** The claims of a subtree, and the worker's own cover and claims. */
export function createClaimReading(db: Db, clock: () => Date) {
  const { claimViews } = claimSteps(clock);
  return {
    /**
     * Claims of a subtree (on its policies or by its members); `awaiting`: those at the caller's own step;
     * `awaitingDecision`: those the caller's union forwarded to the insurer on its own policies, whose decision it
     * is to record (the to-do card 待登记保险公司结论).
     */
    async listClaims(
      actor: Actor,
      q: { orgId?: number; policyId?: number; awaiting?: boolean; awaitingDecision?: boolean },
    ) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'insurance.read');
        if ((q.awaiting || q.awaitingDecision) && !actor.orgId) return { items: [], total: 0 };
        const { items, total } = await listClaims(sql, {
          path,
          policyId: q.policyId,
          stepOrgId: q.awaiting ? (actor.orgId as number) : undefined,
          decisionOrgId: q.awaitingDecision ? (actor.orgId as number) : undefined,
        });
        return { items: await claimViews(sql, items), total };
      });
    },
    /** The worker's cover (the latest 50 policies) and claims (the latest 1,000), each with how many there are. */
    async myInsurance(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const personId = actor.personId as number;
        const policies = await policiesOfPerson(sql, personId);
        const claims = await listClaims(sql, { personId });
        return {
          policies: policies.items,
          policiesTotal: policies.total,
          claims: await claimViews(sql, claims.items),
          claimsTotal: claims.total,
          documents: CLAIM_DOCUMENTS,
        };
      });
    },
  };
}
