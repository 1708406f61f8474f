import { expect } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import { countOf, registerKit } from '../../../test/register-kit.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import type { Clock } from '../../shared/clock.ts';
import type { OrgRow } from '../org/index.ts';
import { CLAIM_REGISTER, type ClaimRegisterKey } from './insurance.claims.register.ts';
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

/**
 * An insurance test's world (`serviceWorld`): the insurance service deciding by a clock standing at `at`, the
 * postal workers' industry union that holds the policies (`post`) under a new root, and a grassroots union of its
 * members below it (`team`).
 */
export const insuranceWorld = (at: Date) =>
  serviceWorld({
    at,
    service: (db, clock, t) => createInsuranceService(db, clock, t.services.ids),
    tree: { post: ['root/industry', '测试邮政工会'], team: 'post/grassroots' },
  });

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

/** The 2026 group accident policy of `orgId` whose payouts the union pays (through the programs ledger). */
export const unionPaidPolicy2026 = (orgId: number, policyNo: string): PolicyInput => ({
  orgId,
  insurer: '测试保险公司',
  policyNo,
  title: '2026年度外勤职工团体意外险（工会垫付）',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  premiumFen: 36_500,
  cover: '意外医疗1万元',
  payer: 'union',
});

/**
 * A courier's claim on `policyId` for an ankle sprained on 1 May 2026, filed by the courier, forwarded by the staff of
 * `unit` and by `clerk`, and approved by `clerk` at ¥3,200 (not yet paid). Its id.
 */
export async function approvedSprainClaim(
  ins: ReturnType<typeof createInsuranceService>,
  t: TestContext,
  o: { policyId: number; courier: number; unit: OrgRow; clerk: Actor },
): Promise<number> {
  const { id } = await ins.fileClaim(t.actor('worker', null, o.courier), {
    policyId: o.policyId,
    kind: 'medical',
    incidentOn: '2026-05-01',
    place: '西单投递段',
    description: '下台阶时扭伤脚踝',
    documents: ['诊断证明'],
  });
  await ins.review(t.actor('staff', o.unit), id, { action: 'forward' });
  await ins.review(o.clerk, id, { action: 'forward' });
  await ins.decide(o.clerk, id, { action: 'approve', payoutFen: 320_000 });
  return id;
}

/** A row of the claims register as a test writes it, by the register's column keys. */
export type ClaimSheetRow = Partial<Record<ClaimRegisterKey, string>>;

/**
 * A claim on P-<year> paid in full, a row of the claims register without its worker: the accident on 3 March at a
 * crossing, filed on the 10th and sent to the insurer on the 20th, `payout` yuan (8,000 unless said) decided on
 * 10 April and paid on the 25th.
 */
export const paidClaim = (year: number, payout = '8,000'): ClaimSheetRow => ({
  policy: `P-${year}`,
  kind: '意外医疗',
  incidentOn: `${year}-03-02`,
  place: '朝阳路口',
  filedOn: `${year}-03-10`,
  forwardedOn: `${year}-03-20`,
  outcome: '赔付',
  decidedOn: `${year}-04-10`,
  payout,
  paidOn: `${year}-04-25`,
});

/**
 * The claims register (保险理赔台账) as a district's clerk brings it in over HTTP: the register kit on its import,
 * counting the claims on the district's policies, and `sheet`, rows written in the register's columns.
 */
export function claimsRegisterKit(
  w: { t: Parameters<typeof countOf>[0]; district: { id: number } },
  cookie: () => string,
) {
  const claimsOnRecord = () =>
    countOf(
      w.t,
      `select count(*)::int as n from insurance_claims c join insurance_policies p on p.id = c.policy_id
        where p.org_id = $1`,
      [w.district.id],
    );
  const kit = registerKit({
    app: () => w.t,
    cookie,
    importUrl: '/api/insurance/claims/import',
    register: CLAIM_REGISTER,
    sheetName: '理赔台账',
    fileName: '理赔台账.xlsx',
    headers: CLAIM_REGISTER.columns.map((c) => c.header),
    count: claimsOnRecord,
  });
  const sheet = (rows: ClaimSheetRow[]) =>
    kit.sheet(rows.map((r) => CLAIM_REGISTER.columns.map((c) => r[c.key] ?? '')));
  return { kit, sheet, claimsOnRecord };
}

/**
 * The group accident policy P-<year> of `w.district` for the whole of `year`, entered on the page over HTTP by the
 * staff of `cookie` (the test insurer, ¥50 a person, 意外医疗1万元): a year kept as totals (300 insured, ¥15,000
 * premium), or, `listed`, one whose insured are listed, none yet. Its id.
 */
export async function enterYearPolicy(
  w: { t: Parameters<typeof countOf>[0]; district: { id: number } },
  cookie: string,
  year: number,
  o: { listed?: boolean } = {},
): Promise<number> {
  const res = await w.t.call({
    method: 'POST',
    url: '/api/insurance/policies',
    cookie,
    body: {
      orgId: w.district.id,
      insurer: '测试保险公司',
      premiumFen: 5_000,
      cover: '意外医疗1万元',
      policyNo: `P-${year}`,
      title: `${year}年团体意外险`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      ...(o.listed ? {} : { recordedInsured: 300, recordedPremiumFen: 1_500_000 }),
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}
