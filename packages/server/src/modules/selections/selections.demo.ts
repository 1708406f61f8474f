import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { createRandom, type Random, randomIdNumber, randomName, randomPhone } from '../../demo/random.ts';
import { DEMO_SEED } from '../../shared/demo-actors.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { DEMO_PASSWORD } from '../auth/index.ts';
import { enrolMember, findPersonIdByHash, type IdProtector } from '../people/index.ts';
import { scoreIn } from './judging.service.ts';
import { nominateIn } from './nominations.service.ts';
import { finaliseIn, publishNoticeIn } from './results.service.ts';
import { addJudgeIn, closeNominationsIn, createSelectionIn } from './selection-admin.service.ts';
import { findJudgeUserId, findOrgByName } from './selections.demo.repository.ts';
import { listCategories, listCriteria, listNominationRows } from './selections.repository.ts';
import type { CategoryInput } from './selections.types.ts';

const RUBRIC = [
  { name: '工作业绩', weight: 40 },
  { name: '技术技能', weight: 30 },
  { name: '职业道德', weight: 20 },
  { name: '示范带动', weight: 10 },
];

/**
 * Seed 004: 阎村镇总工会's 2019 嘉奖季 honoured 23 最美劳动者 — 优秀员工 9, 技术能手 3, 最佳新人 4, 优秀干部 7 —
 * and 11 优秀工会干部, announced on 8 January 2020. A few more were nominated than there were places.
 */
const YANCUN_CATEGORIES: (CategoryInput & { nominees: number })[] = [
  { name: '优秀员工', places: 9, quotaPerUnion: 11, nominees: 11 },
  { name: '技术能手', places: 3, quotaPerUnion: 4, nominees: 4 },
  { name: '最佳新人', places: 4, quotaPerUnion: 5, nominees: 5 },
  { name: '优秀干部', places: 7, quotaPerUnion: 8, nominees: 8 },
  { name: '优秀工会干部', title: '优秀工会干部', places: 11, quotaPerUnion: 13, nominees: 13 },
];

const DEEDS = [
  '常年坚守生产一线，全年无差错，带动班组完成年度任务',
  '钻研工艺改进，解决设备关键难题，节约成本显著',
  '入职以来虚心学习，迅速成长为岗位骨干',
  '热心服务职工，组织职工之家活动，深受好评',
  '积极参与技术比武，带徒传艺，示范带动作用突出',
];

export interface SeededSelections {
  yancun: number;
  tongzhou: number;
}

/** New members of a union for the demo's nominees, with ID numbers no one holds yet. */
async function newMembers(
  sql: Sql,
  ids: IdProtector,
  r: Random,
  org: { id: number; employer: string },
  region: string,
  count: number,
  today: string,
): Promise<number[]> {
  const out: number[] = [];
  for (let serial = 0; out.length < count; serial++) {
    const idNumber = randomIdNumber(r, region, 600 + serial);
    if (await findPersonIdByHash(sql, ids.lookups(idNumber))) continue;
    const { personId } = await enrolMember(
      sql,
      ids,
      {
        name: randomName(r),
        idNumber,
        phone: randomPhone(r),
        employerName: org.employer,
        orgId: org.id,
        joinedOn: '2015-03-01',
      },
      today,
    );
    out.push(personId);
  }
  return out;
}

/** Each person nominated to the category on the day, with a deed drawn at random. */
async function nominateAll(
  sql: Sql,
  r: Random,
  selectionId: number,
  categoryId: number,
  personIds: number[],
  day: string,
): Promise<void> {
  for (const personId of personIds) {
    const deed = DEEDS[r.int(0, DEEDS.length - 1)];
    await nominateIn(sql, DEMO_SEED, selectionId, { categoryId, personId, deed }, chinaDayStart(day));
  }
}

async function orgByName(sql: Sql, name: string): Promise<{ id: number; employer: string }> {
  const org = await findOrgByName(sql, name);
  if (!org) throw new Error(`demo union ${name} missing`);
  return { id: org.id, employer: org.employer ?? name.replace(/工会$/, '') };
}

/** Every judge scores every nomination they may, the i-th nominee a little lower than the one before. */
async function scoreAll(sql: Sql, selectionId: number, judges: Actor[], r: Random): Promise<void> {
  const criteria = await listCriteria(sql, selectionId);
  const nominations = await listNominationRows(sql, selectionId, [], []);
  for (const [j, judge] of judges.entries()) {
    for (const [i, n] of nominations.entries()) {
      const base = 95 - (i % 13) * 3 - j;
      const scores = criteria.map((c) => ({ criterionId: c.id, score: Math.max(0, base - r.int(0, 4)) }));
      await scoreIn(sql, judge, n.id, scores).catch((e: { code?: string }) => {
        if (e.code !== 'SELECTION_CONFLICT_OF_INTEREST') throw e;
      });
    }
  }
}

async function judgeActors(
  sql: Sql,
  selectionId: number,
  judges: { username: string; name: string; orgId?: number }[],
) {
  const actors: Actor[] = [];
  for (const j of judges) {
    const judgeId = await addJudgeIn(
      sql,
      DEMO_SEED,
      selectionId,
      { username: j.username, displayName: j.name, password: DEMO_PASSWORD, orgId: j.orgId ?? null },
      { mustChangePassword: false },
    );
    const userId = await findJudgeUserId(sql, judgeId);
    actors.push({ ...DEMO_SEED, userId, username: j.username, role: 'judge', scopePath: null });
  }
  return actors;
}

async function seedYancun(sql: Sql, ids: IdProtector, r: Random, today: string): Promise<number> {
  const town = await orgByName(sql, '阎村镇总工会');
  const firm = await orgByName(sql, '北京海聚博源科技孵化器有限公司工会');
  const id = await createSelectionIn(sql, DEMO_SEED, {
    organiserOrgId: town.id,
    edition: '阎村镇2019年度最美劳动者评选',
    title: '最美劳动者',
    year: 2019,
    nominateFrom: '2019-11-01',
    nominateUntil: '2019-11-30',
    noticeDays: 7,
    categories: YANCUN_CATEGORIES.map(({ nominees: _n, ...c }) => c),
    criteria: RUBRIC,
    tieCriterion: '工作业绩',
  });
  const categories = await listCategories(sql, id);
  for (const [k, c] of YANCUN_CATEGORIES.entries()) {
    const nominees = await newMembers(sql, ids, r, firm, '110111', c.nominees, today);
    await nominateAll(sql, r, id, categories[k].id, nominees, '2019-11-20');
  }
  await closeNominationsIn(sql, DEMO_SEED, id, null, chinaDayStart('2019-12-01'));
  const judges = await judgeActors(
    sql,
    id,
    ['张立', '王敏', '刘洋', '陈静', '杨帆'].map((name, i) => ({ username: `yancun-judge${i + 1}`, name })),
  );
  await scoreAll(sql, id, judges, r);
  await publishNoticeIn(sql, DEMO_SEED, id, { from: '2019-12-20' }, '2019-12-20');
  await finaliseIn(sql, DEMO_SEED, id, '2020-01-08');
  return id;
}

/**
 * Seed 003: 通州区 selects its second 通州工匠 in 2022, by trade. Left in judging: three judges, one of them
 * from 潞源街道总工会 (who never sees that street's nominees); the third has not scored yet.
 */
async function seedTongzhou(sql: Sql, ids: IdProtector, r: Random, today: string): Promise<number> {
  const district = await orgByName(sql, '通州区总工会');
  const street = await orgByName(sql, '潞源街道总工会');
  const id = await createSelectionIn(sql, DEMO_SEED, {
    organiserOrgId: district.id,
    edition: '第二届通州工匠',
    title: '通州工匠',
    year: 2022,
    nominateFrom: '2022-03-01',
    nominateUntil: '2022-12-31',
    noticeDays: 7,
    allowSelf: true,
    categories: [
      { name: '建筑施工', criteria: '在城市副中心建设中攻克关键技术难题', places: 2, quotaPerUnion: 2 },
      { name: '城市服务', criteria: '环卫、物流、配送等城市运行服务岗位', places: 2, quotaPerUnion: 2 },
    ],
    criteria: RUBRIC,
    tieCriterion: '技术技能',
  });
  const categories = await listCategories(sql, id);
  const plan: [string, number, number][] = [
    ['城市副中心建设项目部工会', 0, 2],
    ['通州外卖骑手联合工会', 0, 1],
    ['通州区环卫中心工会', 1, 1],
    ['通州外卖骑手联合工会', 1, 2],
  ];
  for (const [union, k, count] of plan) {
    const org = await orgByName(sql, union);
    const nominees = await newMembers(sql, ids, r, org, '110112', count, today);
    await nominateAll(sql, r, id, categories[k].id, nominees, '2022-06-15');
  }
  await closeNominationsIn(sql, DEMO_SEED, id, null, chinaDayStart('2022-07-01'));
  const judges = await judgeActors(sql, id, [
    { username: 'judge1', name: '赵国强', orgId: street.id },
    { username: 'judge2', name: '孙丽华' },
    { username: 'judge3', name: '周建平' },
  ]);
  await scoreAll(sql, id, judges.slice(0, 2), r);
  return id;
}

/** The demo's selections, deterministic: one final (阎村 最美劳动者) and one in judging (第二届通州工匠). */
export async function seedSelections(
  db: Db,
  ids: IdProtector,
  today: string,
  seed = 20200108,
): Promise<SeededSelections> {
  const r = createRandom(seed);
  return db.tx(async (sql) => ({
    yancun: await seedYancun(sql, ids, r, today),
    tongzhou: await seedTongzhou(sql, ids, r, today),
  }));
}
