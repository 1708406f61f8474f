import type { Db } from '../../db/db.ts';
import { resolveOrgNames } from '../org/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { insertDemoWorks, membersIn } from './calls.demo.repository.ts';
import { findCall, insertCall, setPublished, type WorkStatus } from './calls.repository.ts';
import type { WorkResult } from './calls.vocabulary.ts';

/**
 * Two calls of seed 000, written set-based (a few statements each) so the first start stays fast:
 * - 燕山石化公司热电厂工会's 2020 “我要安全” call to its branches: 安全感言 82, 漫画 32, 硬笔书法 78 sent in (the
 *   branches' shares as the returns demo has them: 运行一分会 45/18/41, 检修分会 37/14/37), all passed by the
 *   branches, and the 66 works the plant's union chose exhibited (入展) in a public gallery;
 * - 首矿大石河铁矿二马采矿车间分会's call for photos of the “大手拉小手” family day ("征集亲情陪伴的活动照片"; the seed
 *   gives no count: a few families' photos, waiting for the workshop's review), a gallery for its members.
 * The works carry no pictures: the demo has none to show.
 */
const PLANT = '燕山石化公司热电厂工会';
/** [branch, 感言, 漫画, 书法, and how many of each the plant exhibited] — 36 + 30 = 66. */
const BRANCHES: [string, number, number, number, [number, number, number]][] = [
  ['运行一分会', 45, 18, 41, [16, 7, 13]],
  ['检修分会', 37, 14, 37, [14, 5, 11]],
];
const WORKSHOP = '二马采矿车间分会';

const FIRST = [
  '安全是最好的福利',
  '多看一眼，安全保险',
  '票证不全不动火',
  '巡检多走一步',
  '班前讲安全',
  '手指口述到位',
  '挂牌上锁不能省',
  '隐患就是事故',
  '严守规程一小步',
  '人人讲安全',
];
const SECOND = [
  '平安是最大的幸福',
  '多想一步，平安一路',
  '措施不清不作业',
  '隐患少留一处',
  '班后无事故',
  '操作零差错',
  '生命只有一次',
  '麻痹就是祸根',
  '家庭幸福一大步',
  '家家保平安',
];
const CARTOONS = [
  '巡检路上',
  '挂牌上锁',
  '安全帽的故事',
  '违章的代价',
  '班前会',
  '高处作业',
  '有限空间',
  '消防通道',
];
const SCRIPTS = ['安全生产守则', '我要安全', '安全第一 预防为主', '安全操作规程', '班组安全公约', '平安热电'];

export async function seedCalls(db: Db): Promise<{ calls: number }> {
  return db.tx(async (sql) => {
    const orgs = await resolveOrgNames(sql, { path: '/' }, [PLANT, WORKSHOP, ...BRANCHES.map((b) => b[0])]);
    const org = (name: string) => {
      const o = orgs.get(name);
      return !o || o === 'ambiguous' ? null : o;
    };
    let made = 0;
    const plant = org(PLANT);
    if (plant && BRANCHES.every(([b]) => org(b))) {
      const members = new Map<string, Awaited<ReturnType<typeof membersIn>>>();
      for (const [name] of BRANCHES) members.set(name, await membersIn(sql, org(name)?.path ?? '', 60));
      // three works per person and category, unless a branch of the demo has too few members for its figures
      const perWorker = Math.max(
        3,
        ...BRANCHES.map(([name, a, b, c]) =>
          Math.ceil(Math.max(a, b, c) / Math.max(members.get(name)?.length ?? 1, 1)),
        ),
      );
      const id = await insertCall(
        sql,
        {
          orgId: plant.id,
          title: '2020年“我要安全”主题活动作品征集',
          description:
            '围绕安全主题和热电厂实际工作创作：安全感言经各分会审核后上报，厂工会下发统一书法用纸；入选作品统一展出。',
          opensOn: '2020-06-01',
          closesOn: '2020-06-24',
          perWorker,
          gallery: 'public',
          createdBy: null,
        },
        [
          { name: '安全感言', kind: 'text' },
          { name: '安全漫画', kind: 'image' },
          { name: '硬笔书法', kind: 'image' },
        ],
      );
      const call = await findCall(sql, id);
      if (!call) throw new Error('demo call missing');
      const [slogan, cartoon, script] = call.categories.map((k) => k.id);
      const works: Parameters<typeof insertDemoWorks>[2] = [];
      const counts: CountDelta[] = [];
      let n = 0;
      for (const [name, slogans, cartoons, scripts, shown] of BRANCHES) {
        const inBranch = members.get(name) ?? [];
        if (!inBranch.length) continue;
        const per = [slogans, cartoons, scripts];
        for (const [c, categoryId] of [slogan, cartoon, script].entries()) {
          for (let i = 0; i < per[c]; i++) {
            // each member sends at most one work per category until every member has, then a second
            const m = inBranch[i % inBranch.length];
            const chosen = i < shown[c];
            const title =
              c === 0
                ? `${FIRST[n % FIRST.length]}，${SECOND[Math.floor(n / FIRST.length) % SECOND.length]}`
                : c === 1
                  ? `《${CARTOONS[i % CARTOONS.length]}》${i >= CARTOONS.length ? `之${Math.floor(i / CARTOONS.length) + 1}` : ''}`
                  : `《${SCRIPTS[i % SCRIPTS.length]}》`;
            if (c === 0) n += 1;
            works.push({
              categoryId,
              personId: m.id,
              orgId: m.orgId,
              authorName: m.name,
              title,
              body: c === 0 ? title : '',
              status: 'passed' as WorkStatus,
              submittedOn: `2020-06-${String(8 + (i % 14)).padStart(2, '0')}`,
              reviewedOn: '2020-06-23',
              result: chosen ? ('exhibit' as WorkResult) : null,
              resultOn: chosen ? '2020-06-28' : null,
            });
          }
        }
      }
      await insertDemoWorks(sql, id, works);
      for (const w of works) {
        const dim = String(w.categoryId);
        counts.push({
          subject: 'calls.submitted',
          orgId: w.orgId,
          on: w.submittedOn,
          dim,
          dim2: w.categoryId === slogan ? 'text' : 'image',
          n: 1,
        });
        counts.push({ subject: 'calls.passed', orgId: w.orgId, on: '2020-06-23', dim, n: 1 });
        if (w.result)
          counts.push({
            subject: 'calls.chosen',
            orgId: w.orgId,
            on: '2020-06-28',
            dim,
            dim2: w.result,
            n: 1,
          });
      }
      await addCounts(sql, counts);
      await setPublished(sql, id, '2020-06-30');
      made += 1;
    }
    const workshop = org(WORKSHOP);
    if (workshop) {
      const id = await insertCall(
        sql,
        {
          orgId: workshop.id,
          title: '“大手拉小手”亲情陪伴活动照片征集',
          description: '请上传春节期间与孩子一起做游戏、写对联、做手工、做家务的亲情陪伴照片。',
          opensOn: '2020-06-13',
          closesOn: '2020-06-30',
          perWorker: 3,
          gallery: 'members',
          createdBy: null,
        },
        [{ name: '亲情陪伴照片', kind: 'image' }],
      );
      const call = await findCall(sql, id);
      const members = await membersIn(sql, workshop.path, 6);
      const titles = [
        '一起写对联',
        '教孩子包饺子',
        '亲子手工',
        '陪孩子做游戏',
        '一起打扫卫生',
        '车间职工之家的亲子日',
      ];
      const works = members.map((m, i) => ({
        categoryId: call?.categories[0].id as number,
        personId: m.id,
        orgId: m.orgId,
        authorName: m.name,
        title: titles[i % titles.length],
        body: '',
        status: 'submitted' as WorkStatus,
        submittedOn: `2020-06-${String(14 + i).padStart(2, '0')}`,
        reviewedOn: null,
        result: null,
        resultOn: null,
      }));
      await insertDemoWorks(sql, id, works);
      await addCounts(
        sql,
        works.map((w) => ({
          subject: 'calls.submitted',
          orgId: w.orgId,
          on: w.submittedOn,
          dim: String(w.categoryId),
          dim2: 'image',
          n: 1,
        })),
      );
      made += 1;
    }
    return { calls: made };
  });
}
