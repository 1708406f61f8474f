/**
 * The demo contests read as a clerk of 北京市总工会 reads the statistics: seed 004's 2019 京津冀交通一体化 labour
 * contest (10 优胜单位, 25 优胜班组, 45 岗位标兵, 1 优秀组织单位) and seed 001's first national skills contest
 * for Beijing (1 gold, 3 silver, 1 bronze, 37 优胜奖; 42 of 65 events with a prize).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { CONTEST_DAYS } from './contests.demo.ts';
import { type ContestsService, createContestsService } from './index.ts';

let db: Db;
let contests: ContestsService;
let staff: Actor;
let federationId: number;

beforeAll(async () => {
  let ctx: TestContext;
  ({ db, ctx } = await openDemoContext(200));
  contests = createContestsService(db, demoClock(200));
  const federation = await demoUnion(db, '北京市总工会');
  federationId = federation.id;
  staff = ctx.actor('staff', federation);
}, 300_000);
afterAll(async () => db?.close());

const prizesOf = (s: Awaited<ReturnType<ContestsService['getStats']>>) =>
  Object.fromEntries(s.prizes.map((p) => [`${p.level}:${p.prize}`, p.n]));

describe('the demo contests of 北京市总工会', () => {
  it('2019: the 京津冀交通一体化 labour contest of seed 004', async () => {
    const s = await contests.getStats(staff, { orgId: federationId, from: '2019-01', to: '2019-12' });
    expect(prizesOf(s)).toEqual({
      'city:优胜单位': 10,
      'city:优胜班组': 25,
      'city:岗位标兵': 45,
      'city:优秀组织单位': 1,
    });
    expect(s.totals).toMatchObject({ teams: 28, individuals: 48, unitEntries: 13, prizes: 81 });
  });

  it('2020: Beijing at the first national skills contest of seed 001', async () => {
    const s = await contests.getStats(staff, { orgId: federationId, from: '2020-12', to: '2020-12' });
    expect(prizesOf(s)).toEqual({
      'national:金牌': 1,
      'national:银牌': 3,
      'national:铜牌': 1,
      'national:优胜奖': 37,
    });
    expect(s.totals).toMatchObject({ individuals: 65, people: 65, prizes: 42 });
    const { items } = await contests.listContests(staff, { year: 2020 });
    const national = items.find((c) => c.name === '第一届全国职业技能大赛');
    expect(national).toMatchObject({ level: 'national', status: 'published', entryCount: 65 });
    const entries = await contests.listEntries(staff, national?.id as number);
    expect(new Set(entries.map((e) => e.eventId)).size).toBe(65);
    expect(new Set(entries.filter((e) => e.prize).map((e) => e.eventId)).size).toBe(42);
    const { rows } = await db.query<{ level: string; n: number }>(
      `select level, count(*)::int as n from records where source = 'contest' and competition like $1 group by level`,
      ['第一届全国职业技能大赛%'],
    );
    expect(rows).toEqual([{ level: 'national', n: 42 }]);
  });

  it('entered, closed and published each contest on its days, its results after it ended, not on the demo’s day', async () => {
    const { items } = await contests.listContests(staff, {});
    const days = [
      ['2019年京津冀交通一体化（北京赛区）重点建设项目劳动竞赛', CONTEST_DAYS.labour],
      ['第一届全国职业技能大赛', CONTEST_DAYS.national],
    ] as const;
    for (const [name, d] of days) {
      const listed = items.find((c) => c.name === name);
      const c = await contests.getContest(staff, listed?.id as number);
      expect(c).toMatchObject({
        status: 'published',
        registrationClosedOn: d.closed,
        publishedOn: d.published,
      });
      expect(c.publishedOn && c.publishedOn >= c.endsOn).toBe(true);
      const entered = new Set((await contests.listEntries(staff, c.id)).map((e) => e.enteredOn));
      expect([...entered]).toEqual([d.entered]);
    }
  });
});
