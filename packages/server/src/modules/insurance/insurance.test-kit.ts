import { openTestContext } from '../../../test/factories.ts';
import type { Clock } from '../../shared/clock.ts';
import type { PolicyInput } from './insurance.policies.ts';
import { createInsuranceService } from './insurance.service.ts';

/**
 * A fresh test database, a context on it, the insurance service deciding by `clock`, and the union that holds the
 * policies: a postal workers' industry union under a new root.
 */
export async function openInsuranceWorld(clock: Clock) {
  const { db, ctx: t } = await openTestContext();
  const ins = createInsuranceService(db, clock, t.services.ids);
  const root = await t.newRoot();
  const post = await t.newOrg(root, 'industry', `测试邮政工会${t.unique()}`);
  return { db, t, ins, root, post };
}

/** The policy of `orgId` on 2016, a year kept as totals: 120 insured, ¥6,000 premium, no insured list. */
export const totalsPolicy2016 = (orgId: number, policyNo: string): PolicyInput => ({
  orgId,
  insurer: '测试保险公司',
  policyNo,
  title: '2016年外勤职工团体意外险',
  startsOn: '2016-01-01',
  endsOn: '2016-12-31',
  premiumFen: 5_000,
  cover: '意外医疗1万元',
  recordedInsured: 120,
  recordedPremiumFen: 600_000,
});
