import { type Db, isUniqueViolation } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import type { IdProtector } from '../people/index.ts';
import { requireIds } from './insurance.import.rows.ts';
import { planPolicyRows } from './insurance.policies.import.plan.ts';
import { type ImportedPolicy, insertImportedPolicies } from './insurance.policies.import.repository.ts';
import { POLICY_REGISTER } from './insurance.policies.register.ts';
import { daysBetween, err } from './insurance.shared.ts';

/**
 * The register of insurance policies (保险保单台账, issue 42): one row per insured person of the importer's
 * subtree's policies, the policy's own columns repeated on its rows; a year kept as totals is one row with its
 * number insured. Each insured person is a member of the insuring union's subtree on their first day of cover; a
 * bad row refuses the whole file. The list is kept as the file gives it. Policies are counted where the policy
 * page's are: the statistics read the policies and their insured themselves.
 */
export interface PolicyImportCounts {
  created: number;
  /** Policies on record the file gives as they stand: skipped. */
  onRecord: number;
  listed: number;
  totals: number;
  insured: number;
  premiumFen: number;
}

/**
 * The premium the statistics will count for a policy of the file: a year kept as totals its recorded premium; a
 * listed policy its premium per person (for its whole period) times the days each person is covered over the policy's days,
 * rounded once, as the policy page's premium due (insurance.steps.ts).
 */
function premiumCounted(p: ImportedPolicy): number {
  if (p.recordedInsured !== null) return p.premiumFen;
  const days = p.insured.reduce((n, i) => {
    const until = i.untilOn !== null && i.untilOn < p.endsOn ? i.untilOn : p.endsOn;
    return n + daysBetween(i.fromOn, until) + 1;
  }, 0);
  return Math.round((p.premiumFen * days) / (daysBetween(p.startsOn, p.endsOn) + 1));
}

export function createPolicyImport(db: Db, clock: Clock, ids: IdProtector | null) {
  return defineRegister(db, clock, {
    spec: POLICY_REGISTER,
    permission: 'insurance.write',
    plan: (rows, errors, { actor, today }) => planPolicyRows(db, actor, requireIds(ids), rows, errors, today),
    counts: ({ policies, onRecord }): PolicyImportCounts => ({
      created: policies.length,
      onRecord,
      listed: policies.filter((p) => p.recordedInsured === null).length,
      totals: policies.filter((p) => p.recordedInsured !== null).length,
      insured: policies.reduce((n, p) => n + p.insured.length, 0),
      premiumFen: policies.reduce((n, p) => n + premiumCounted(p), 0),
    }),
    unionsOf: ({ policies }) => policies.map((p) => p.orgId),
    dryRunExtras: {},
    write: async (sql, { policies }, _counts, { actor }) => {
      // a number recorded meanwhile on the page: the unique key refuses the file
      try {
        await insertImportedPolicies(sql, policies, actor.userId || null);
      } catch (e) {
        if (isUniqueViolation(e))
          throw err(
            'conflict',
            'INSURANCE_POLICY_DUPLICATE',
            '文件中有保单号在预检后已由他人登记，整个文件未导入；请重新预检',
            'A policy number of the file was recorded by someone else since it was checked; nothing was imported: check the file again',
          );
        throw e;
      }
      return {};
    },
    audit: { action: 'insurance.policy.import', entity: 'insurance_policy' },
  });
}
