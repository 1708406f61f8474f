import type { Sql } from '../../db/db.ts';
import { DEMO_SEED } from '../../shared/demo-actors.ts';
import type { OrgRow } from '../org/index.ts';
import { approveAndPayDemo } from '../programs/index.ts';
import { insertCampaignStep } from './campaigns.repository.ts';
import { insertDemoCampaign, listDemoMembers } from './care.demo.repository.ts';
import type { StepKind } from './care.vocabulary.ts';
import { receiveGoods } from './stock.ts';
import { type LogVisitInput, logVisitIn } from './visits.service.ts';

/**
 * Seed 001 (德胜街道总工会“四步走”开启“送温暖”活动): the street union's 2021 campaign (to the end of January
 * 2021) in four steps; 10,000 斤 of apples to 24 enterprises, gifts for a hundred restaurant workers on duty,
 * 棉马甲 for outdoor workers, building federations' new-year activities — nearly ten thousand workers reached.
 * Plus 通州区总工会's 2021 冬季送温暖 campaign with visits to members and one-time grants, most paid.
 */
export const DESHENG_FIGURES = {
  title: '德胜街道2021年“送温暖”慰问活动',
  enterprises: 24,
  apples: 10_000,
  /** Workers reached: 9,200 in the enterprises, 100 restaurant workers, 150 outdoor workers, 300 in buildings. */
  peopleReached: 9_750,
  /**
   * The days the goods came into the campaign's stock: a few days before the first visit handing them out (the
   * vests on 2020-12-15, the apples from 2021-01-05, the gifts on 2021-01-28).
   */
  received: { vests: '2020-12-11', apples: '2021-01-04', gifts: '2021-01-25' },
} as const;

export const WINTER_FIGURES = {
  title: '2021年冬季送温暖',
  persons: 6,
  /** Five grants of ¥800 logged, four approved and paid. */
  grants: 5,
  paid: 4,
  grantFen: 80_000,
  /** The days the grants were approved and paid, after the visits of 10–15 January 2022. */
  decidedOn: '2022-01-20',
  paidOn: '2022-01-25',
  /** The days the goods came into stock, a few days before the visits of 10–15 January 2022 handed them out. */
  received: { oil: '2022-01-06', vests: '2022-01-05' },
} as const;

const FIELDS = [
  '科技',
  '商贸',
  '物业管理',
  '餐饮管理',
  '文化传媒',
  '建筑设计',
  '信息技术',
  '医药',
  '教育咨询',
  '广告',
  '印刷',
  '电子',
];

/** 24 enterprises: their names and workers, 9,200 in all. */
function deshengEnterprises() {
  const firms = FIELDS.flatMap((f, i) => [
    { name: `北京德胜${f}有限公司`, workers: 250 + ((i * 137) % 300) },
    { name: `北京马甸${f}有限公司`, workers: 250 + ((i * 211 + 90) % 300) },
  ]);
  const sum = firms.reduce((s, f) => s + f.workers, 0);
  firms[firms.length - 1].workers += 9_200 - sum;
  return firms;
}

async function campaign(
  sql: Sql,
  org: OrgRow,
  c: { title: string; startsOn: string; endsOn: string; budgetFen: number },
) {
  return insertDemoCampaign(sql, { orgId: org.id, ...c });
}

async function steps(sql: Sql, campaignId: number, list: Array<[string, string, number]>) {
  for (const [position, [kind, title, budgetFen]] of list.entries())
    await insertCampaignStep(sql, campaignId, { kind: kind as StepKind, title, budgetFen, position });
}

async function seedDesheng(sql: Sql, org: OrgRow, now: Date) {
  const id = await campaign(sql, org, {
    title: DESHENG_FIGURES.title,
    startsOn: '2020-12-10',
    endsOn: '2021-01-31',
    budgetFen: 30_000_000,
  });
  await steps(sql, id, [
    ['greetings', '线上慰问：地区企业一线职工会员通过12351APP抢话剧票、苹果、红薯、干果', 3_000_000],
    ['visits', '走访慰问困难劳模、困难职工、大病患者、户外劳动者，送去生活用品和一次性救助金', 8_000_000],
    ['goods', '线下慰问：为24家企业送去万斤苹果，为百名餐饮留守员送上春节祝福礼物', 12_000_000],
    ['funds', '专项资金慰问楼宇企业职工，为楼宇联合会下拨迎新年活动经费', 7_000_000],
  ]);
  // each lot came in a few days before the first visit it was handed out on
  const receive = (item: string, unit: string, quantity: number, valueFen: number, receivedOn: string) =>
    receiveGoods(sql, {
      campaignId: id,
      item,
      unit,
      quantity,
      valueFen,
      source: `demo:desheng:${item}`,
      receivedOn,
    });
  const apples = await receive(
    '苹果',
    '斤',
    DESHENG_FIGURES.apples,
    6_000_000,
    DESHENG_FIGURES.received.apples,
  );
  const vests = await receive('棉马甲', '件', 150, 1_200_000, DESHENG_FIGURES.received.vests);
  const gifts = await receive('春节祝福礼物', '份', 100, 1_000_000, DESHENG_FIGURES.received.gifts);
  const visit = (v: Partial<LogVisitInput> & Pick<LogVisitInput, 'recipientKind' | 'visitedOn'>) =>
    logVisitIn(
      sql,
      DEMO_SEED,
      {
        campaignId: id,
        orgId: org.id,
        visitors: '德胜街道总工会 陈洪祥',
        goods: [],
        ...v,
      },
      now,
    );
  await visit({
    recipientKind: 'community',
    unitName: '德胜地区户外劳动者（快递员、保洁员、门店车辆管理员）',
    people: 150,
    visitedOn: '2020-12-15',
    visitors: '西城区总工会 马光明、许畅；德胜街道工委 李健希',
    goods: [{ stockId: vests.stockId, quantity: 150 }],
  });
  const firms = deshengEnterprises();
  for (const [i, firm] of firms.entries()) {
    // 10,000 斤 over 24 firms: 416 each, the first 16 one more.
    await visit({
      recipientKind: 'enterprise',
      unitName: firm.name,
      people: firm.workers,
      visitedOn: `2021-01-${String(5 + (i % 20)).padStart(2, '0')}`,
      goods: [{ stockId: apples.stockId, quantity: i < 16 ? 417 : 416 }],
    });
  }
  await visit({
    recipientKind: 'community',
    unitName: '德胜地区餐饮企业春节留守员工',
    people: 100,
    visitedOn: '2021-01-28',
    goods: [{ stockId: gifts.stockId, quantity: 100 }],
  });
  await visit({
    recipientKind: 'building',
    unitName: '德胜街道楼宇联合工会',
    people: 300,
    visitedOn: '2021-01-20',
  });
  return id;
}

async function seedWinter(sql: Sql, org: OrgRow, now: Date) {
  const id = await campaign(sql, org, {
    title: WINTER_FIGURES.title,
    startsOn: '2021-12-01',
    endsOn: '2022-01-31',
    budgetFen: 50_000_000,
  });
  await steps(sql, id, [
    ['visits', '走访慰问困难职工、大病职工和户外劳动者，发放慰问品和一次性慰问金', 30_000_000],
    ['goods', '为一线职工送去米面油', 20_000_000],
  ]);
  const oil = await receiveGoods(sql, {
    campaignId: id,
    item: '米面油',
    unit: '份',
    quantity: 200,
    valueFen: 3_000_000,
    source: 'demo:winter:米面油',
    receivedOn: WINTER_FIGURES.received.oil,
  });
  const vests = await receiveGoods(sql, {
    campaignId: id,
    item: '棉马甲',
    unit: '件',
    quantity: 50,
    valueFen: 400_000,
    source: 'demo:winter:棉马甲',
    receivedOn: WINTER_FIGURES.received.vests,
  });
  const people = await listDemoMembers(sql, org.path, WINTER_FIGURES.persons);
  const applications: number[] = [];
  for (const [i, p] of people.entries()) {
    const v = await logVisitIn(
      sql,
      DEMO_SEED,
      {
        campaignId: id,
        orgId: org.id,
        recipientKind: 'person',
        personId: p.id,
        visitedOn: `2022-01-${String(10 + i).padStart(2, '0')}`,
        visitors: '通州区总工会 职工服务中心',
        goods: [
          { stockId: oil.stockId, quantity: 1 },
          ...(i % 2 ? [] : [{ stockId: vests.stockId, quantity: 1 }]),
        ],
        grantFen: i < WINTER_FIGURES.grants ? WINTER_FIGURES.grantFen : 0,
      },
      now,
    );
    if (v.grantApplicationId) applications.push(v.grantApplicationId);
  }
  // approved after the visits and paid in January 2022, as they happened (补录), not on the day the demo is loaded
  await approveAndPayDemo(
    sql,
    DEMO_SEED,
    applications.slice(0, WINTER_FIGURES.paid).map((applicationId) => ({
      applicationId,
      decidedOn: WINTER_FIGURES.decidedOn,
      paidOn: WINTER_FIGURES.paidOn,
    })),
    '通州区总工会 2022-01 走访慰问金发放',
    now,
  );
  return id;
}

/**
 * 北京市总工会's own visits (本级) before the 2022 Spring Festival: its leaders called on two bus drivers working
 * through the holiday, each given a one-time grant approved and paid in January 2022 as the district's were.
 */
export const CITY_VISIT_FIGURES = {
  persons: 2,
  grantFen: 100_000,
  visitedOn: '2022-01-18',
  decidedOn: '2022-01-21',
  paidOn: '2022-01-26',
} as const;

async function seedCityVisits(sql: Sql, city: OrgRow, drivers: OrgRow, now: Date) {
  const f = CITY_VISIT_FIGURES;
  const applications: number[] = [];
  for (const p of await listDemoMembers(sql, drivers.path, f.persons)) {
    const v = await logVisitIn(
      sql,
      DEMO_SEED,
      {
        orgId: city.id,
        recipientKind: 'person',
        personId: p.id,
        visitedOn: f.visitedOn,
        visitors: '北京市总工会 领导班子',
        note: '春节前走访慰问坚守岗位的公交一线驾驶员',
        goods: [],
        grantFen: f.grantFen,
      },
      now,
    );
    if (v.grantApplicationId) applications.push(v.grantApplicationId);
  }
  await approveAndPayDemo(
    sql,
    DEMO_SEED,
    applications.map((applicationId) => ({ applicationId, decidedOn: f.decidedOn, paidOn: f.paidOn })),
    '北京市总工会 2022-01 春节走访慰问金发放',
    now,
  );
}

/**
 * The care demo: both campaigns and the city's own visits, each where its unions are in the demo tree; `now` is the
 * moment the demo is loaded at (its grants are approved and paid on their 2022 days).
 */
export async function seedCare(
  sql: Sql,
  orgs: Map<string, OrgRow>,
  now: Date,
): Promise<{ campaigns: number }> {
  let campaigns = 0;
  const desheng = orgs.get('德胜街道总工会');
  if (desheng) {
    await seedDesheng(sql, desheng, now);
    campaigns++;
  }
  const tongzhou = orgs.get('通州区总工会');
  if (tongzhou) {
    await seedWinter(sql, tongzhou, now);
    campaigns++;
  }
  const city = orgs.get('北京市总工会');
  const drivers = orgs.get('北京公交集团工会');
  if (city && drivers) await seedCityVisits(sql, city, drivers, now);
  return { campaigns };
}
