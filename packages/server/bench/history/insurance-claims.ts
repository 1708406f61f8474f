import { rosterOf } from './members.ts';
import { allCreated, type Created, day2024, sheetRegister, topUnionOf } from './register.ts';

const POLICY = 'TZ-2024-0001';

/**
 * Insurance claims (保险理赔记录): accident claims of members of the members register under the city's group
 * policy of 2024, a policy from before the platform (its insured counted, not listed), most of them paid. The
 * policy is written here, as a union records it before bringing its claims.
 */
export const insuranceClaimsRegister = sheetRegister<Created>({
  key: 'insuranceClaims',
  name: 'insurance claims',
  defaultSize: 5_000,
  sheetName: '保险理赔记录',
  headers: [
    '保单号',
    '身份证号',
    '姓名',
    '理赔类别',
    '出险日期',
    '申请日期',
    '审核结果',
    '决定日期',
    '赔付金额（元）',
    '赔付日期',
  ],
  rows: async ({ db, unions }, n) => {
    const top = await topUnionOf(db);
    await db.query(
      `insert into insurance_policies (org_id, insurer, policy_no, title, starts_on, ends_on, premium_fen, cover,
         recorded_insured, recorded_premium_fen)
       select $1, '台账保险公司', $2, '2024年职工意外伤害团体保险', '2024-01-01', '2024-12-31', 0, '意外医疗',
         50000, 0 where not exists (select 1 from insurance_policies where org_id = $1 and policy_no = $2)`,
      [top.id, POLICY],
    );
    return rosterOf(unions, n).map((m, i) => [
      POLICY,
      m.idNumber,
      m.name,
      '意外医疗',
      day2024(i),
      day2024(i, 8),
      '赔付',
      day2024(i, 30),
      String(1_000 + (i % 30) * 100),
      day2024(i, 45),
    ]);
  },
  fileName: 'ic.xlsx',
  service: (s) => s.insurance.register,
  expect: allCreated('claims'),
});
