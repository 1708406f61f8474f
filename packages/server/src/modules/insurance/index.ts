/**
 * Group accident insurance (团体意外伤害医疗保险, issue 27): policies per union and year, the insured kept in step with
 * the member register by a rule, premium by days of cover, claims to the insurer's payout, yearly statistics.
 * Its choices, the filing rules of a claim (issue 41) and claims of past years on their days with their register
 * (issue 42), and past policies with their insured lists or totals from the policies register (issue 42): ADR 62.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { seedInsurance } from './insurance.demo.ts';
import { insuranceRecounter } from './insurance.recount.repository.ts';
import { insuranceRoutes } from './insurance.routes.ts';
import { createInsuranceService } from './insurance.service.ts';
import { insuranceTodo } from './insurance.todo.repository.ts';
import { insuranceUsage, insuranceYears } from './insurance.usage.ts';

export { seedInsurance } from './insurance.demo.ts';
export { insuranceRoutes } from './insurance.routes.ts';
export { createInsuranceService, type InsuranceService } from './insurance.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'insurance',
  auditNames: {
    insurance_policy: namedBy('insurance_policies', 'title'),
    // the insured worker, masked (a claim tells of an injury), and the policy
    insurance_claim: namedByQuery(
      `select c.id, p.name as person, y.title as name from insurance_claims c join persons p on p.id = c.person_id
         join insurance_policies y on y.id = c.policy_id where c.id = any($1::bigint[])`,
      { masked: true },
    ),
  },
  todo: insuranceTodo,
  demo: async ({ db, today }) => ({ insurancePolicies: (await seedInsurance(db, today)).policies }),
  menuUsage: insuranceUsage,
  recounter: insuranceRecounter,
  countedYears: insuranceYears,
  description:
    "`insurance_policies`, `insurance_insured`, `insurance_claims`, `insurance_claim_steps`, `insurance_claim_files` — group accident insurance (团体意外伤害医疗保险): a union's policy per year with a rule over the register (programs' `evaluateRule`), the insured kept in step with the register by the memberships' own dates whenever a policy, its list or its changes are read (joins, transfers out, leavings; the clerk's `sync` also applies the rule), premium due by the days each person was covered (one rounding), the insurer's list and the month's change list (additions and removals with the premium adjustment by days of cover) as .xlsx, masked or with full ID numbers for `people.reveal_id` (audited as an ID export); claims filed by the worker or staff (cover on the incident day, the checklist with uploaded photos/PDFs, photos' metadata removed, read by the chain's unions only) climb the policy's chain (member's union → unions above → policy's union, each forwarding or returning with a reason on a dated step, `NOT_YOUR_STEP` otherwise) to the insurer, whose decision the policy's union records; paid once, by the insurer or — `payer: 'union'` — through the programs ledger (`recordSubjectGrant` of the `insurance-claim-payout` preset about `insurance-claim:<id>`); overdue after 30 days; years before the platform recorded as the union's books give them, or brought in from the policies register (a list per policy kept as the file gives it, `list_from_register` false, or totals); yearly statistics, claims counted in `reporting` (`insurance.claims_filed`, `insurance.claims_paid`); ADR 62",
  dependencyNotes: { programs: 'rules, subject grants', card: 'photo cleaning' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock, ids }) => ({ insurance: createInsuranceService(db, clock, ids) }),
  routes: (app, s) => insuranceRoutes(app, s),
  cliRegisters: {
    'insurance-policies': {
      zh: '保险保单台账',
      doc: "保险保单台账, `/api/insurance/policies/import`: one row per insured person, the policy's columns — 投保工会, 保单号, 保险公司, 保险名称, 起保日期, 终止日期, 保费（元） — repeated on its rows, then 被保险人身份证号, 被保险人姓名, 参保起日, 退保日期, 退保原因; a past year kept as totals is one row with 参保人数; ADR 62",
      of: (s) => s.insurance.policiesRegister,
    },
    'insurance-claims': {
      zh: '保险理赔记录',
      doc: '保险理赔台账, `/api/insurance/claims/import`: one row per claim of a policy on record — 保单号 or its year, 身份证号, 姓名, 理赔类别, 出险日期, 申请日期, 报送日期, 审核结果, 决定日期, 赔付金额（元）, 赔付日期, 拒赔原因 — counted on its filing and payment days; ADR 62',
      of: (s) => s.insurance.register,
    },
  },
});
