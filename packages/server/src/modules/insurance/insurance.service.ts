import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import type { IdProtector } from '../people/index.ts';
import { createClaimImport } from './insurance.claims.import.ts';
import { createClaimUseCases } from './insurance.claims.ts';
import { createInsuredLists } from './insurance.lists.ts';
import { createPolicyImport } from './insurance.policies.import.ts';
import { createPolicyUseCases } from './insurance.policies.ts';
import { createInsuranceStats } from './insurance.stats.ts';

/**
 * Group accident insurance (团体意外伤害医疗保险, issue 27): a union's policy for a year, its insured taken from the
 * member register by a rule and kept in step with it ("sync as of a day": dated additions and removals), the premium
 * due by the days each person was covered, and claims from filing to the insurer's payout. Claims are counted in
 * the reporting layer (`insurance.claims_filed` on the filing day, `insurance.claims_paid` with the payout on the
 * paying day); a policy's insured and premium are read from the policies themselves (a few a year).
 */
export function createInsuranceService(db: Db, clock: Clock, ids: IdProtector | null = null) {
  return {
    ...createPolicyUseCases(db, clock),
    ...createInsuredLists(db, clock, ids),
    ...createInsuranceStats(db, clock),
    ...createClaimUseCases(db, clock, ids),
    /** The claims register (issue 42): past claims on their days, all rows or none. */
    register: createClaimImport(db, clock, ids),
    /** The policies register (issue 42): past policies with their insured lists or totals, all rows or none. */
    policiesRegister: createPolicyImport(db, clock, ids),
  };
}

export type InsuranceService = ReturnType<typeof createInsuranceService>;
