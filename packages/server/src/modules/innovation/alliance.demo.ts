import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { DEMO_SEED } from '../../shared/demo-actors.ts';
import { addCounts } from '../reporting/index.ts';
import {
  findOrgIdByName,
  findStudioByName,
  findStudioLeader,
  insertDemoStudio,
  membersNear,
} from './alliance.demo.repository.ts';
import type { createMentoringService } from './mentoring/index.ts';
import {
  type createAllianceService,
  type createProblemsService,
  type createProblemTeamService,
  insertProblemAchievement,
} from './problems/index.ts';
import { DEMO_STUDIOS, type StudioSpec, studioCount } from './studios/index.ts';

/** The module's services the demo plays (a part of InnovationServices). */
export interface AllianceDemoServices {
  alliance: ReturnType<typeof createAllianceService>;
  problems: ReturnType<typeof createProblemsService>;
  problemTeam: ReturnType<typeof createProblemTeamService>;
  mentoring: ReturnType<typeof createMentoringService>;
}

/**
 * Demo data of front-line problems, the alliance and mentoring: seven studios across districts and industries
 * (an existing studio of the same name is used as it is), their achievements (the text matching reads), the
 * alliance, six problems in every state, and mentoring pairs — one master on track, one behind, one with a
 * single apprentice. The master of 汇丰's studio under 杨镇 has no pairs: the browser journey invites for him.
 * Everything goes through the services, so the counts and the audit log are those of real decisions.
 */

const worker = (personId: number): Actor => ({ ...DEMO_SEED, role: 'worker', scopePath: null, personId });

async function ensureStudio(
  sql: Sql,
  s: StudioSpec,
  leaders: number[],
): Promise<{ id: number; orgId: number } | null> {
  const hostId = await findOrgIdByName(sql, s.host);
  if (hostId === undefined) return null;
  const found = await findStudioByName(sql, s.name);
  if (found) return found;
  const [leader] = await membersNear(sql, hostId, 1, leaders);
  const studio = await insertDemoStudio(sql, {
    orgId: hostId,
    name: s.name,
    employer: s.host.replace(/工会.*$/, ''),
    industry: s.industry,
    leaderPersonId: leader ?? null,
    level: s.level,
    description: `${s.name}（演示数据）`,
  });
  await addCounts(sql, [studioCount(studio, s.level, false, '2021-06-01', 1)]);
  if (leader) leaders.push(leader);
  for (const [title, abstract] of s.achievements) {
    await insertProblemAchievement(sql, {
      studioId: studio.id,
      orgId: hostId,
      title,
      abstract,
      body: '',
      industry: s.industry,
      year: 2023,
      createdBy: null,
    });
  }
  return studio;
}

const PROBLEMS = [
  {
    key: 'fault',
    host: '昌平区总工会',
    poster: '北京昌平某数据中心有限公司',
    title: '数据中心配电设备故障难以提前发现',
    description: '机房配电柜和不间断电源故障多为突发，现有巡检靠人工，希望实现设备故障智能诊断和提前预警。',
    industry: '软件和信息技术',
    fundingFen: 20_000_000,
  },
  {
    key: 'infusion',
    host: '昌平区总工会',
    poster: '昌平区卫健委',
    title: '病区输液报警响应不及时',
    description: '夜间病区护士少，输液泵报警常不能及时处理，希望把报警信号联网到护士站和手机。',
    industry: '医疗卫生',
    fundingFen: 5_000_000,
  },
  {
    key: 'conveyor',
    host: '首钢集团工会',
    poster: '首钢矿业公司',
    title: '矿用皮带机托辊损坏发现晚',
    description: '皮带机托辊损坏后常引发皮带跑偏和停机，希望研制托辊状态在线监测和故障诊断装置。',
    industry: '冶金',
    fundingFen: 30_000_000,
  },
  {
    key: 'carton',
    host: '顺义区总工会',
    poster: '北京顺义某食品有限公司',
    title: '纸箱包装线码垛人工强度大',
    description: '食品包装线纸箱码垛仍靠人工搬运，劳动强度大，希望低成本改造实现自动码垛。',
    industry: '制造',
    fundingFen: 8_000_000,
  },
  {
    key: 'waiting',
    host: '昌平区总工会',
    poster: '北京某科技园物业公司',
    title: '园区空调能耗偏高',
    description: '园区楼宇空调能耗偏高，希望按负荷调度节能。',
    industry: '软件和信息技术',
  },
  {
    key: 'vague',
    host: '昌平区总工会',
    poster: '某单位',
    title: '设备经常坏',
    description: '设备经常坏，请帮忙。',
    industry: null,
  },
];

/** The demo's problems, alliance and mentoring; returns how many of each it made. */
export async function seedProblemsDemo(db: Db, s: AllianceDemoServices, today: string) {
  const studios = new Map<string, { id: number; orgId: number }>();
  await db.tx(async (sql) => {
    const leaders: number[] = [];
    for (const spec of DEMO_STUDIOS) {
      const studio = await ensureStudio(sql, spec, leaders);
      if (studio) studios.set(spec.key, studio);
    }
  });
  for (const spec of DEMO_STUDIOS) {
    const studio = studios.get(spec.key);
    if (studio && spec.alliance) await s.alliance.joinAlliance(DEMO_SEED, studio.id).catch(() => undefined);
  }
  const orgId = (name: string) => findOrgIdByName(db, name);
  const problems = new Map<string, number>();
  for (const p of PROBLEMS) {
    const org = await orgId(p.host);
    if (!org) continue;
    const { key: _k, host: _h, industry, ...rest } = p;
    const created = await s.problems.createProblem(DEMO_SEED, {
      ...rest,
      orgId: org,
      industry: industry ?? undefined,
    });
    problems.set(p.key, created.id);
  }
  const id = (key: string) => problems.get(key) as number;
  const studio = (key: string) => studios.get(key)?.id as number;
  for (const key of ['fault', 'infusion', 'conveyor', 'carton'])
    await s.problems.publishProblem(DEMO_SEED, id(key));
  await s.problems.rejectProblem(
    DEMO_SEED,
    id('vague'),
    '描述过于笼统，请补充设备名称、故障现象和现场条件后重新提交。',
  );
  await s.problemTeam.claimProblem(DEMO_SEED, id('fault'), {
    leadStudioId: studio('software'),
    partnerStudioIds: [studio('power')],
  });
  await s.problemTeam.addMilestone(DEMO_SEED, id('fault'), { reachedOn: today, title: '完成故障样本采集' });
  await s.problemTeam.closeProblem(DEMO_SEED, id('fault'), {
    outcome: '建成配电设备故障智能诊断模型，试运行期间提前预警故障三次，避免机房停电。',
    achievementTitle: '数据中心配电设备故障预警系统',
  });
  await s.problemTeam.claimProblem(DEMO_SEED, id('infusion'), { leadStudioId: studio('hospital') });
  await s.problemTeam.addMilestone(DEMO_SEED, id('infusion'), { reachedOn: today, title: '确定联网方案' });
  const pairs = await seedMentoringDemo(db, s, studios, today);
  return { studios: studios.size, problems: problems.size, pairs };
}

/** Pairs of the demo year: software's master on track (6, 6) and behind (4); the mine's master with one apprentice. */
async function seedMentoringDemo(
  db: Db,
  s: AllianceDemoServices,
  studios: Map<string, { id: number; orgId: number }>,
  today: string,
) {
  // Early in a year there is no half-year to show; the demo's sessions then belong to the year before.
  const year = today.slice(5) >= '03-01' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const day = (i: number) =>
    `${year}-${String(1 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 ? '20' : '08'}`;
  let made = 0;
  const plan: [string, number[]][] = [
    ['software', [6, 6, 4]],
    ['mine', [3]],
  ];
  for (const [key, confirmed] of plan) {
    const studio = studios.get(key);
    if (!studio) continue;
    const master = await findStudioLeader(db, studio.id);
    if (!master) continue;
    const apprentices = await db.tx((sql) => membersNear(sql, studio.orgId, confirmed.length, [master]));
    const pairIds: number[] = [];
    for (const [i, person] of apprentices.entries()) {
      const pair = await s.mentoring.invite(DEMO_SEED, {
        studioId: studio.id,
        apprenticePersonId: person,
        apprenticeKind: i % 2 ? 'professional' : 'skilled',
        year,
      });
      await s.mentoring.answer(worker(person), pair.id, true);
      pairIds.push(pair.id);
      made += 1;
    }
    // A small demo (few members) may not hold every apprentice planned: sessions for those found.
    const most = Math.max(0, ...confirmed.slice(0, pairIds.length));
    for (let n = 0; n < most; n++) {
      const attending = pairIds.filter((_, i) => confirmed[i] > n);
      const session = await s.mentoring.createSession(DEMO_SEED, {
        studioId: studio.id,
        heldOn: day(n),
        hours: n % 2 ? 3 : 2,
        kind: n % 2 ? 'on_site' : 'training',
        topic:
          n % 2 ? `现场指导：${['设备点检', '故障排查', '工艺改进'][n % 3]}` : `专题培训第${n / 2 + 1}讲`,
        pairIds: attending,
      });
      for (const [i, pairId] of pairIds.entries()) {
        if (attending.includes(pairId)) await s.mentoring.confirmSession(worker(apprentices[i]), session.id);
      }
    }
  }
  return made;
}
