import type { Sql } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { completePledge, promisePledge } from './pledges.counts.ts';
import type { Category } from './pledges.vocabulary.ts';

/**
 * Seed 001 (北京邮政三年39项实事为职工排忧解难): in the last three years the Beijing Post company promised 39
 * projects, each completed within its year; 165 城区投递员之家 were upgraded; since 2014 a group accident
 * insurance for outdoor staff is one of each year's projects, ¥3,019,700 over seven years for nearly 8,000
 * workers a year. The demo lays these out for 2018–2020 (13 projects a year) and the insurance from 2014.
 */
export const POST_FIGURES = {
  years: [2018, 2020] as const,
  projects: 39,
  upgradedHomes: 165,
  homesUnit: '个投递员之家',
  insurance: '外勤岗位职工团体意外伤害医疗保险',
  insuranceSince: 2014,
  insuranceYears: 7,
  insuranceFen: 301_970_000,
} as const;

const INSURANCE_YUAN: Record<number, number> = {
  2014: 380_000,
  2015: 395_000,
  2016: 410_000,
  2017: 425_000,
  2018: 450_000,
  2019: 470_000,
  2020: 489_700,
};
const HOMES: Record<number, number> = { 2018: 60, 2019: 55, 2020: 50 };

type P = [title: string, category: Category, budgetYuan: number, beneficiaries: number, department: string];

/** Twelve projects a year besides the insurance (13 a year in all). */
const YEARLY: Record<number, P[]> = {
  2018: [
    ['城区投递员之家升级改造（第一批）', 'conditions', 1_200_000, 2600, '综合管理部'],
    ['投递岗位技能比武与岗位练兵', 'skills', 300_000, 1500, '人力资源部'],
    ['新入职投递员岗前技能培训', 'skills', 180_000, 420, '人力资源部'],
    ['困难职工帮扶救助“六关爱”行动', 'relief', 650_000, 380, '工会办公室'],
    ['夏季高温一线职工防暑降温慰问', 'conditions', 520_000, 9000, '工会办公室'],
    ['冬季送温暖走访慰问', 'relief', 480_000, 1200, '工会办公室'],
    ['一线职工年度健康体检', 'welfare', 900_000, 12000, '人力资源部'],
    ['职工书屋与文体活动室建设', 'welfare', 260_000, 3000, '党群工作部'],
    ['女职工“两癌”筛查', 'special_groups', 350_000, 4200, '女职工委员会'],
    ['劳模和先进工作者疗休养', 'special_groups', 220_000, 60, '工会办公室'],
    ['营业网点职工食堂改造', 'conditions', 700_000, 1800, '综合管理部'],
    ['职工子女暑期托管班', 'welfare', 150_000, 240, '女职工委员会'],
  ],
  2019: [
    ['城区投递员之家升级改造（第二批）', 'conditions', 1_100_000, 2400, '综合管理部'],
    ['“邮政工匠”技能竞赛', 'skills', 320_000, 1600, '人力资源部'],
    ['投递员电动车安全驾驶培训', 'skills', 160_000, 5200, '安全保卫部'],
    ['困难职工帮扶救助“六关爱”行动', 'relief', 680_000, 400, '工会办公室'],
    ['夏季高温一线职工防暑降温慰问', 'conditions', 540_000, 9200, '工会办公室'],
    ['冬季送温暖走访慰问', 'relief', 500_000, 1250, '工会办公室'],
    ['一线职工年度健康体检', 'welfare', 950_000, 12300, '人力资源部'],
    ['职工生日慰问与集体婚礼', 'welfare', 300_000, 8000, '党群工作部'],
    ['女职工“两癌”筛查', 'special_groups', 360_000, 4300, '女职工委员会'],
    ['心理关爱志愿者专业能力培训', 'special_groups', 200_000, 219, '工会办公室'],
    ['分拣中心休息室与淋浴间改造', 'conditions', 620_000, 1500, '综合管理部'],
    ['大病职工医疗互助补充保障', 'relief', 400_000, 150, '工会办公室'],
  ],
  2020: [
    ['城区投递员之家升级改造（第三批）', 'conditions', 1_000_000, 2300, '综合管理部'],
    ['线上技能培训与岗位练兵', 'skills', 280_000, 6000, '人力资源部'],
    ['“双十一”期间一线职工“深夜食堂”', 'conditions', 920_000, 7000, '工会办公室'],
    ['疫情防控用品与生活慰问品配发', 'welfare', 2_960_000, 15000, '工会办公室'],
    ['慰问因疫致困职工和无法返乡的湖北籍职工', 'relief', 260_000, 180, '工会办公室'],
    ['慰问邮政家属医务工作者', 'special_groups', 120_000, 90, '女职工委员会'],
    ['困难职工帮扶救助“六关爱”行动', 'relief', 700_000, 420, '工会办公室'],
    ['冬季送温暖走访慰问', 'relief', 520_000, 1300, '工会办公室'],
    ['一线职工年度健康体检', 'welfare', 980_000, 12500, '人力资源部'],
    ['线上线下心理服务平台', 'special_groups', 350_000, 3000, '工会办公室'],
    ['女职工“两癌”筛查', 'special_groups', 370_000, 4400, '女职工委员会'],
    ['新入职投递员岗前技能培训', 'skills', 170_000, 450, '人力资源部'],
  ],
};

const date = (year: number, index: number) =>
  `${year}-${String(3 + (index % 9)).padStart(2, '0')}-${String(5 + ((index * 7) % 20)).padStart(2, '0')}`;

async function seedPost(sql: Sql, post: OrgRow) {
  let n = 0;
  const add = async (
    year: number,
    i: number,
    p: P,
    extra: { series?: string; spentYuan?: number; homes?: number },
  ) => {
    const [title, category, budgetYuan, beneficiaries, department] = p;
    const done = date(year, i);
    const id = await promisePledge(sql, {
      orgId: post.id,
      year,
      title,
      category,
      budgetFen: budgetYuan * 100,
      department,
      series: extra.series ?? null,
      milestones: [
        { title: '制定实施方案', dueOn: `${year}-02-28`, doneOn: `${year}-02-20` },
        { title: '组织实施并验收', dueOn: done, doneOn: done },
      ],
    });
    await completePledge(
      sql,
      { id, orgId: post.id, year, category, series: extra.series ?? null },
      {
        completedOn: done,
        spentFen: (extra.spentYuan ?? Math.round(budgetYuan * 0.96)) * 100,
        beneficiaryCount: beneficiaries,
        outputQty: extra.homes ?? null,
        outputUnit: extra.homes ? POST_FIGURES.homesUnit : null,
      },
    );
    n += 1;
  };
  for (let year = POST_FIGURES.insuranceSince; year <= 2020; year++) {
    const yuan = INSURANCE_YUAN[year];
    const insurance: P = [
      `${year}年${POST_FIGURES.insurance}`,
      'relief',
      yuan,
      7800 + (year % 5) * 40,
      '工会办公室',
    ];
    await add(year, 0, insurance, { series: POST_FIGURES.insurance, spentYuan: yuan });
    for (const [i, p] of (YEARLY[year] ?? []).entries()) {
      await add(year, i + 1, p, { homes: i === 0 ? HOMES[year] : undefined });
    }
  }
  return n;
}

/** This year's projects of the city federation, for every worker's page: one done, two under way. */
async function seedCurrent(sql: Sql, city: OrgRow, today: string) {
  const year = Number(today.slice(0, 4));
  const items: [string, Category, number, string, string, boolean][] = [
    ['户外劳动者驿站提档升级', 'conditions', 3_000_000, '职工服务部', '驿站新增饮水、充电和休息设施', false],
    [
      '新就业形态劳动者技能提升补贴',
      'skills',
      2_000_000,
      '经济技术部',
      '外卖、快递从业者参训可申请补贴',
      false,
    ],
    ['困难职工家庭子女助学', 'relief', 1_500_000, '帮扶中心', '在档困难职工子女每人每年助学金', true],
  ];
  for (const [i, [title, category, yuan, department, description, done]] of items.entries()) {
    const id = await promisePledge(sql, {
      orgId: city.id,
      year,
      title,
      category,
      description,
      budgetFen: yuan * 100,
      department,
      milestones: [
        { title: '制定实施方案', dueOn: `${year}-03-31`, doneOn: `${year}-03-${10 + i}` },
        { title: '完成全年目标', dueOn: `${year}-12-15` },
      ],
    });
    if (done) {
      await completePledge(
        sql,
        { id, orgId: city.id, year, category, series: null },
        {
          completedOn: `${year}-09-01`,
          spentFen: yuan * 95,
          beneficiaryCount: 1260,
          beneficiaryNote: '在档困难职工子女',
        },
      );
    }
  }
  return items.length;
}

export async function seedPledges(sql: Sql, byName: Map<string, OrgRow>, today: string) {
  const post = byName.get('北京邮政工会');
  const city = byName.get('北京市总工会');
  if (!post || !city) throw new Error('demo tree lacks 北京邮政工会 or 北京市总工会');
  return { pledges: (await seedPost(sql, post)) + (await seedCurrent(sql, city, today)) };
}
