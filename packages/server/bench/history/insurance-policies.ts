import { rosterOf } from './members.ts';
import { firstErrors, sheetRegister } from './register.ts';

type PolicyResult = { created: number; insured: number; errors: unknown[] };

/**
 * Insurance policies (保险保单台账): each grassroots union's group policy of 2024 with its insured list, the
 * members of the members register (one in ten insured to 30 June, having left), a row per insured person; about
 * 200 policies over the default 20,000 rows.
 */
export const insurancePoliciesRegister = sheetRegister<PolicyResult>({
  key: 'insurancePolicies',
  name: 'insurance policies',
  defaultSize: 20_000,
  sheetName: '保险保单台账',
  headers: [
    '投保工会',
    '保单号',
    '保险公司',
    '保险名称',
    '起保日期',
    '终止日期',
    '保费（元）',
    '被保险人身份证号',
    '被保险人姓名',
    '退保日期',
    '退保原因',
  ],
  rows: ({ unions }, n) => {
    const policyOf = new Map(unions.map((u, i) => [u.name, `TB-2024-${String(i + 1).padStart(4, '0')}`]));
    return rosterOf(unions, n).map((m, i) => [
      m.union,
      policyOf.get(m.union) ?? 'TB-2024-0000',
      '台账保险公司',
      '2024年职工意外伤害团体保险',
      '2024-01-01',
      '2024-12-31',
      '12000',
      m.idNumber,
      m.name,
      i % 10 === 0 ? '2024-06-30' : '',
      i % 10 === 0 ? '离职' : '',
    ]);
  },
  fileName: 'ip.xlsx',
  service: (s) => s.insurance.policiesRegister,
  expect: (r, n) => (r.insured === n ? null : `${r.insured} insured, ${firstErrors(r)}`),
});
