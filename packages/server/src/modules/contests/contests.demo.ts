import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';
import type { OrgRow } from '../org/index.ts';
import { type Entrant, listMembersOutside } from './contests.demo.repository.ts';
import { updateResults } from './contests.repository.ts';
import { closeInTx, createInTx, getContest } from './contests.service.ts';
import { registerInTx } from './entries.service.ts';
import { publishInTx } from './results.service.ts';

/**
 * The contests of the seed articles, registered, closed and published through the module's own use cases:
 * - seed 004: the 2019 京津冀交通一体化 (北京赛区) labour contest — 10 优胜单位, 25 优胜班组, 45 岗位标兵 and 1
 *   优秀组织单位 (with a few entries that won nothing);
 * - seed 001: the first national vocational skills contest as Beijing's delegation entered it — 65 events
 *   (42 世赛项目, 23 国赛精选), 1 gold, 3 silver, 1 bronze and 37 优胜奖, 42 events with a prize (26 and 16).
 * Entrants are demo members outside 顺义 (whose 2020 programs the demo already decided). Each contest is entered,
 * closed and published on the days it happened (补录), never on the day the demo is loaded.
 */

/**
 * The days of each contest: entries registered, registration closed, results published. Seed 004: the 2019 labour
 * contest's results were commended at its 总结表彰大会 on 9 January 2020 (the contest ran to the end of 2019, and a
 * publication cannot precede its last day). Seed 001: the national contest closed in 广州 on 13 December 2020 and
 * Beijing published its delegation's prizes the day after.
 */
export const CONTEST_DAYS = {
  labour: { entered: '2019-03-15', closed: '2019-03-31', published: '2020-01-09' },
  national: { entered: '2020-11-16', closed: '2020-11-20', published: '2020-12-14' },
} as const;

const WORLD_SKILLS = [
  '西式烹调',
  '砌筑',
  '瓷砖贴面',
  '管道与制暖',
  '电气装置',
  '木工',
  '精细木工',
  '园艺',
  '汽车技术',
  '汽车喷漆',
  '车身修理',
  '飞机维修',
  '焊接',
  '数控车',
  '数控铣',
  '工业控制',
  '机电一体化',
  '移动机器人',
  '制造团队挑战赛',
  '水处理技术',
  '化学实验室技术',
  '网络系统管理',
  '信息网络布线',
  '网站设计与开发',
  '商务软件解决方案',
  '印刷媒体技术',
  '平面设计技术',
  '3D数字游戏艺术',
  '时装技术',
  '花艺',
  '美发',
  '美容',
  '烘焙',
  '糖艺/西点制作',
  '餐厅服务',
  '健康和社会照护',
  '酒店接待',
  '货运代理',
  '珠宝加工',
  '云计算',
  '网络安全',
  '工业4.0',
];
const NATIONAL_SELECTED = [
  '电工',
  '钳工',
  '车工',
  '养老护理',
  '茶艺',
  '中式烹调',
  '中式面点',
  '汽车维修',
  '无人机驾驶',
  '装配钳工',
  '工具钳工',
  '数控机床装调维修',
  '电子商务',
  '物流服务',
  '智能楼宇管理',
  '工业机器人系统操作',
  '网络与信息安全管理',
  '育婴',
  '健康照护',
  '农业生产经营',
  '模具制造',
  '家政服务',
  '快递员',
];

const UNITS = [
  '首发集团延崇高速公路（北京段）工程项目管理处',
  '京安城际铁路投资有限公司',
  '市轨道交通建设管理有限公司',
  '京唐城际铁路项目部',
  '京滨城际铁路项目部',
  '城际铁路联络线项目部',
  '国道105（青礼路-市界）工程项目部',
  '国道230（良常路南延）工程项目部',
  '大兴国际机场线项目部',
  '地铁6号线西延项目部',
  '地铁8号线三期四期项目部',
  '地铁7号线东延项目部',
];

/** Demo members under the federation outside 顺义 with their union, union by union (teams share one). */
async function entrants(sql: Sql, federation: OrgRow, shunyi: OrgRow): Promise<Entrant[]> {
  return listMembersOutside(sql, federation.path, shunyi.path);
}

/** The entrants taken one union after another, so individual entries come from many unions. */
function acrossUnions(people: Entrant[]): Entrant[] {
  const byUnion = new Map<number, Entrant[]>();
  for (const p of people) byUnion.set(p.orgId, [...(byUnion.get(p.orgId) ?? []), p]);
  const groups = [...byUnion.values()];
  const out: Entrant[] = [];
  for (let i = 0; out.length < people.length; i++) {
    for (const g of groups) if (g[i]) out.push(g[i]);
  }
  return out;
}

async function labourContest(sql: Sql, actor: Actor, federation: OrgRow, people: Entrant[], now: Date) {
  const days = CONTEST_DAYS.labour;
  const id = await createInTx(sql, actor, {
    orgId: federation.id,
    name: '2019年京津冀交通一体化（北京赛区）重点建设项目劳动竞赛',
    level: 'city',
    kind: 'labour',
    startsOn: '2019-01-01',
    endsOn: '2019-12-31',
    events: [
      { name: '参赛单位', mode: 'unit' },
      { name: '参赛班组', mode: 'team', teamSize: 10 },
      { name: '岗位标兵', mode: 'individual' },
      { name: '竞赛组织', mode: 'unit' },
    ],
  });
  const [units, teams, workers, organising] = (await getContest(sql, id)).events;
  const results: { entryId: number; prize: string | null }[] = [];
  // Distinct persons in each event; a small demo (few members) reuses them across events.
  const spread = acrossUnions(people);
  const at = (i: number) => people[i % people.length];
  const one = (i: number) => spread[i % spread.length];
  for (const [i, name] of UNITS.entries()) {
    const entryId = await registerInTx(
      sql,
      actor,
      id,
      {
        eventId: units.id,
        orgId: one(i).orgId,
        name,
        personIds: [],
        effectiveOn: days.entered,
      },
      now,
    );
    results.push({ entryId, prize: i < 10 ? '优胜单位' : null });
  }
  for (let i = 0; i < 28; i++) {
    const [a, b] = [at(2 * i), at(2 * i + 1)];
    const entryId = await registerInTx(
      sql,
      actor,
      id,
      {
        eventId: teams.id,
        orgId: a.orgId === b.orgId ? a.orgId : federation.id,
        name: `第${i + 1}施工班组`,
        personIds: [a.personId, b.personId],
        effectiveOn: days.entered,
      },
      now,
    );
    results.push({ entryId, prize: i < 25 ? '优胜班组' : null });
  }
  for (let i = 0; i < 48; i++) {
    const w = one(56 + i);
    const entryId = await registerInTx(
      sql,
      actor,
      id,
      {
        eventId: workers.id,
        orgId: w.orgId,
        personIds: [w.personId],
        effectiveOn: days.entered,
      },
      now,
    );
    results.push({ entryId, prize: i < 45 ? '岗位标兵' : null });
  }
  const entryId = await registerInTx(
    sql,
    actor,
    id,
    {
      eventId: organising.id,
      orgId: one(12).orgId,
      name: '北京市轨道交通建设管理有限公司工会',
      personIds: [],
      effectiveOn: days.entered,
    },
    now,
  );
  results.push({ entryId, prize: '优秀组织单位' });
  await closeInTx(sql, actor, id, days.closed, now);
  await updateResults(
    sql,
    results.map((r) => ({ ...r, rank: null, score: null })),
  );
  await publishInTx(sql, actor, await getContest(sql, id, true), days.published, now);
}

/** Prizes of Beijing's delegation: event index → prize, 26 of the world-skills events and 16 national ones. */
function nationalPrize(i: number): string | null {
  const world = i < WORLD_SKILLS.length;
  const k = world ? i : i - WORLD_SKILLS.length;
  if (world && k >= 26) return null;
  if (!world && k >= 16) return null;
  if (i === 0) return '金牌';
  if (i >= 1 && i <= 3) return '银牌';
  if (i === 4) return '铜牌';
  return '优胜奖';
}

async function nationalContest(sql: Sql, actor: Actor, federation: OrgRow, people: Entrant[], now: Date) {
  const days = CONTEST_DAYS.national;
  const events = [...WORLD_SKILLS, ...NATIONAL_SELECTED];
  const id = await createInTx(sql, actor, {
    orgId: federation.id,
    name: '第一届全国职业技能大赛',
    level: 'national',
    kind: 'skills',
    startsOn: '2020-12-10',
    endsOn: '2020-12-13',
    events: events.map((name) => ({ name, mode: 'individual' as const })),
  });
  const contest = await getContest(sql, id);
  const spread = acrossUnions(people);
  const results: { entryId: number; rank: number | null; score: null; prize: string | null }[] = [];
  for (const [i, event] of contest.events.entries()) {
    const p = spread[(104 + i) % spread.length];
    const entryId = await registerInTx(
      sql,
      actor,
      id,
      {
        eventId: event.id,
        orgId: p.orgId,
        personIds: [p.personId],
        effectiveOn: days.entered,
      },
      now,
    );
    const prize = nationalPrize(i);
    const rank = prize === '金牌' ? 1 : prize === '银牌' ? 2 : prize === '铜牌' ? 3 : null;
    results.push({ entryId, rank, score: null, prize });
  }
  await closeInTx(sql, actor, id, days.closed, now);
  await updateResults(sql, results);
  await publishInTx(sql, actor, await getContest(sql, id, true), days.published, now);
}

/**
 * Loads the demo contests in the demo's transaction; `orgs` are the demo unions by name, `now` the moment the demo is
 * loaded at (the moment their days are recorded on).
 */
export async function seedContests(
  sql: Sql,
  orgs: Map<string, OrgRow>,
  now: Date,
): Promise<{ contests: number }> {
  const federation = orgs.get('北京市总工会');
  const shunyi = orgs.get('顺义区总工会');
  if (!federation || !shunyi) throw new Error('the demo contests need 北京市总工会 and 顺义区总工会');
  const actor = demoAdmin('demo', '演示数据');
  const people = await entrants(sql, federation, shunyi);
  if (people.length < 56) throw new Error('the demo contests need 56 members outside 顺义');
  await labourContest(sql, actor, federation, people, now);
  await nationalContest(sql, actor, federation, people, now);
  return { contests: 2 };
}
