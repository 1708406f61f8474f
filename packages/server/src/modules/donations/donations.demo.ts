import type { Sql } from '../../db/db.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';
import type { OrgRow } from '../org/index.ts';
import { recordDonation, registerDonor } from './donations.service.ts';
import { addEarlierYear, setUpFund } from './funds.service.ts';

/**
 * Seed 003 (在京过大年 一起向未来): on 20 January 2022 five caring units gave to 市工业（国防）工会 for its workers
 * serving the Winter Olympics — health products worth ¥1,280,000, anti-epidemic products worth ¥120,000, 400 hours
 * of sports courses, 100 sets of postcards and 100 pairs of couplets (the last three without a stated value). The
 * first of them set up 淦清助学专项基金 in 2010 for the children of single-parent women workers in hardship; by 2020
 * it had helped 2,190 of them. The fund's years 2010–2020 are entered as reported (the yearly split and the money
 * are the demo's: ¥2,000 a child, as its program grants now); it grants through its program from 2021 on.
 */
export const GANQING = {
  fund: '淦清助学专项基金',
  helpedBy2020: 2190,
  helpedPerYear: [120, 150, 170, 180, 190, 200, 210, 220, 230, 250, 270],
  grantFen: 200_000,
  yearlyIncomeFen: 50_000_000,
} as const;

export const WINTER_DONATIONS = [
  { donor: '北京中和珍贝科技有限公司', item: '健康产品', quantity: 1, unit: '批', valueFen: 128_000_000 },
  { donor: '北京京港恒星科技发展有限公司', item: '防疫产品', quantity: 1, unit: '批', valueFen: 12_000_000 },
  { donor: '少佳门（北京）体育培训有限公司', item: '体育课程', quantity: 400, unit: '小时', valueFen: 0 },
  {
    donor: '首钢园区综合服务有限公司',
    item: '《2022年冬奥会“蝉翼钢”明信片》',
    quantity: 100,
    unit: '套',
    valueFen: 0,
  },
  { donor: '东城区总工会', item: '春联', quantity: 100, unit: '副', valueFen: 0 },
] as const;

const DEMO_ACTOR = demoAdmin('demo', '演示数据');

/** Loads the demo donors, donations and the 淦清 fund in the demo's transaction, entered at `now`. */
export async function seedDonations(
  sql: Sql,
  orgs: Map<string, OrgRow>,
  programIds: Map<string, number>,
  now: Date,
): Promise<{ donors: number; donations: number; funds: number }> {
  const industry = orgs.get('市工业（国防）工会');
  const federation = orgs.get('北京市总工会');
  if (!industry || !federation)
    throw new Error('the demo donations need 市工业（国防）工会 and 北京市总工会');
  const donorIds = new Map<string, number>();
  for (const d of WINTER_DONATIONS) {
    const id = await registerDonor(sql, DEMO_ACTOR, {
      orgId: industry.id,
      kind: 'enterprise',
      name: d.donor,
      contactName: '王女士',
      phone: `010-6${String(donorIds.size + 1).padStart(3, '0')}8866`,
    });
    donorIds.set(d.donor, id);
    await recordDonation(
      sql,
      DEMO_ACTOR,
      {
        donorId: id,
        orgId: industry.id,
        kind: 'goods',
        receivedOn: '2022-01-20',
        amountFen: d.valueFen,
        item: d.item,
        quantity: d.quantity,
        unit: d.unit,
        note: '爱心单位捐赠暨向服务冬奥职工送温暖活动',
      },
      now,
    );
  }
  const founderId = donorIds.get('北京中和珍贝科技有限公司');
  const fundId = await setUpFund(
    sql,
    DEMO_ACTOR,
    {
      orgId: federation.id,
      name: GANQING.fund,
      purpose: '用于北京市单亲困难女职工子女助学',
      beneficiary: '单亲困难女职工子女',
      foundedOn: '2010-01-01',
      founderId,
      programId: programIds.get('ganqing-education-grant'),
    },
    now,
  );
  for (const [i, helped] of GANQING.helpedPerYear.entries())
    await addEarlierYear(sql, DEMO_ACTOR, fundId, {
      year: 2010 + i,
      incomeFen: GANQING.yearlyIncomeFen,
      grantedFen: helped * GANQING.grantFen,
      helped,
    });
  await recordDonation(
    sql,
    DEMO_ACTOR,
    {
      donorId: founderId as number,
      fundId,
      kind: 'money',
      receivedOn: '2021-06-01',
      amountFen: GANQING.yearlyIncomeFen,
      note: '2021年度捐款',
    },
    now,
  );
  return { donors: donorIds.size, donations: WINTER_DONATIONS.length + 1, funds: 1 };
}
