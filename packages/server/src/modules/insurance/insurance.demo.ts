import type { Db } from '../../db/db.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { resolveOrgNames } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { insertClaim, moveClaim } from './insurance.claims.repository.ts';
import { membersOn } from './insurance.repository.ts';
import { createInsuranceService } from './insurance.service.ts';

/**
 * Seed 001: since 2014 北京邮政工会 has insured its outdoor workers with group accident insurance — 301.97万元 over
 * seven years, close to 8,000 insured a year, 13 workers paid after accidents, one a postwoman hurt on a snowy day
 * (5,000元 of accident medical cover). The years 2014–2020 are recorded as the union's books give them (insured and
 * premium per year; claims with their days); the current year's policy takes its insured from the register by the
 * rule "outdoor post".
 */
const YEARS: [number, number, number][] = [
  // year, insured, premium (yuan)
  [2014, 7800, 420_000],
  [2015, 7900, 425_000],
  [2016, 8000, 430_000],
  [2017, 8100, 435_000],
  [2018, 8050, 440_000],
  [2019, 8000, 440_000],
  [2020, 7950, 429_700],
];
/** The 13 claims paid: year, month-day of the incident, kind, payout (yuan), what happened. */
const CLAIMS: [number, string, 'medical' | 'disability', number, string][] = [
  [2014, '07-12', 'medical', 1_860, '投递途中电动车与机动车剐蹭，手臂擦伤'],
  [2015, '01-20', 'medical', 2_400, '楼道台阶结冰滑倒，脚踝扭伤'],
  [2015, '08-03', 'medical', 1_200, '暴雨天路面积水摔倒，膝盖擦伤'],
  [2016, '03-15', 'medical', 3_600, '骑行投递时被开门的车辆撞倒，肩部挫伤'],
  [2016, '11-28', 'disability', 18_000, '交通事故致左手手指功能部分丧失（十级伤残）'],
  [2017, '05-09', 'medical', 900, '搬运邮件时被铁架划伤手背'],
  [2017, '12-21', 'medical', 2_750, '雪后路滑摔倒，手腕骨裂'],
  [2018, '06-30', 'medical', 1_500, '高温天投递中暑晕倒摔伤'],
  [2018, '10-17', 'medical', 4_200, '被犬只咬伤，接种疫苗并清创'],
  [2019, '01-08', 'medical', 5_000, '下雪天路面湿滑，女投递员在路口拐弯时与路人相撞受轻微伤'],
  [2019, '09-02', 'medical', 1_650, '投递车辆追尾，颈部扭伤'],
  [2020, '02-14', 'medical', 2_300, '疫情期间投递途中滑倒，小腿挫伤'],
  [2020, '07-26', 'medical', 3_100, '暴雨中被倒伏树枝砸伤肩部'],
];

export async function seedInsurance(db: Db, today: string): Promise<{ policies: number; claims: number }> {
  const names = await db.tx((sql) => resolveOrgNames(sql, { path: '/' }, ['北京邮政工会']));
  const post = names.get('北京邮政工会');
  if (!post || post === 'ambiguous') return { policies: 0, claims: 0 };
  let now = new Date(`${today}T09:00:00+08:00`);
  const service = createInsuranceService(db, () => now);
  const clerk = demoClerk(post, '北京邮政工会');
  const members = await db.tx((sql) => membersOn(sql, post.path, today));
  const policyOf = new Map<number, number>();
  for (const [year, insured, premium] of YEARS) {
    const { id } = await service.createPolicy(clerk, {
      orgId: post.id,
      insurer: '中国人民财产保险股份有限公司北京市分公司',
      policyNo: `PEAK${year}110000${String(year % 100).padStart(4, '0')}`,
      title: `${year}年度外勤岗位职工团体意外伤害医疗保险`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      premiumFen: Math.round((premium * 100) / insured),
      cover: '意外身故、伤残10万元；意外医疗1万元（免赔100元，按90%赔付）',
      recordedInsured: insured,
      recordedPremiumFen: premium * 100,
    });
    policyOf.set(year, id);
  }
  // The recorded years' claims, each on its own days: filed, forwarded, approved and paid by the insurer.
  await db.tx(async (sql) => {
    for (const [i, [year, day, kind, payout, what]] of CLAIMS.entries()) {
      const person = members[(i * 7) % Math.max(members.length, 1)];
      if (!person) break;
      const incident = `${year}-${day}`;
      const add = (n: number) =>
        new Date(Date.parse(`${incident}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const id = await insertClaim(sql, {
        policyId: policyOf.get(year) as number,
        personId: person.personId,
        orgId: person.orgId,
        kind,
        incidentOn: incident,
        place: '北京市城区投递段',
        description: what,
        documents:
          kind === 'medical'
            ? ['身份证复印件', '诊断证明', '医疗费用发票', '费用清单', '事故经过说明']
            : ['身份证复印件', '伤残鉴定书', '诊断证明', '事故经过说明'],
        filedOn: add(3),
        filedBy: null,
        stepOrgId: null,
      });
      await moveClaim(sql, id, 'filed', { status: 'forwarded', forwardedOn: add(5) });
      await moveClaim(sql, id, 'forwarded', {
        status: 'approved',
        decidedOn: add(20),
        payoutFen: payout * 100,
      });
      await moveClaim(sql, id, 'approved', { status: 'paid', paidOn: add(27) });
      await addCounts(sql, [
        { subject: 'insurance.claims_filed', orgId: post.id, on: add(3), dim: kind, n: 1 },
        { subject: 'insurance.claims_paid', orgId: post.id, on: add(27), dim: kind, n: 1, fen: payout * 100 },
      ]);
    }
  });
  // This year's policy: the outdoor posts of the register, as they stand today.
  const year = Number(today.slice(0, 4));
  const { id } = await service.createPolicy(clerk, {
    orgId: post.id,
    insurer: '中国人民财产保险股份有限公司北京市分公司',
    policyNo: `PEAK${year}1100000001`,
    title: `${year}年度外勤岗位职工团体意外伤害医疗保险`,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    premiumFen: 5_400,
    cover: '意外身故、伤残10万元；意外医疗1万元（免赔100元，按90%赔付）',
    rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
  });
  now = new Date(`${year}-01-01T09:00:00+08:00`);
  await service.sync(clerk, id, `${year}-01-01`);
  return { policies: YEARS.length + 1, claims: CLAIMS.length };
}
