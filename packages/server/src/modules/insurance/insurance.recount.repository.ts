import { recounter } from '../reporting/index.ts';

/**
 * The claims' counts recounted from their rows (ADR 73), in the policy's union: each claim by kind on its filing
 * day (a claim withdrawn or rejected later stays filed), each paid claim by kind with its payout on the paying day.
 */
export const insuranceRecounter = recounter({
  area: 'insurance',
  subjects: {
    'insurance.claims_filed': { zh: '理赔申请数', en: 'claims filed' },
    'insurance.claims_paid': { zh: '理赔支付数（金额）', en: 'claims paid (payout)' },
  },
  facts: `select 'insurance.claims_filed' as subject, p.org_id, c.filed_on as day, c.kind as dim, '' as dim2,
            1 as n, 0 as fen
       from insurance_claims c join insurance_policies p on p.id = c.policy_id
     union all
     select 'insurance.claims_paid', p.org_id, c.paid_on, c.kind, '', 1, coalesce(c.payout_fen, 0)
       from insurance_claims c join insurance_policies p on p.id = c.policy_id
      where c.status = 'paid' and c.paid_on is not null`,
});

/** The recount alone, as the tests compare it with the kept counts. */
export const recountInsuranceCounts = insuranceRecounter.recount;
