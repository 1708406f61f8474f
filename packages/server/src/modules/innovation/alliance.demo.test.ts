import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockOn } from '../../../test/clock.ts';
import { createDemoDb, demoDay } from '../../../test/demo-db.ts';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { sumCounts } from '../reporting/index.ts';

let db: Db;
let ctx: TestContext;
let beijing: string;
const admin = () => ctx.actor('admin', null);

beforeAll(async () => {
  db = await createDemoDb(200);
  // the services' day is the demo's, so the masters' expected sessions are those of the day it was loaded
  ctx = createTestContext(db, { clock: clockOn(demoDay(200)) });
  beijing = (await db.query<{ path: string }>(`select path from orgs where name = '北京市总工会'`)).rows[0]
    .path;
});

afterAll(async () => {
  await db?.close();
});

describe('the demo of problems, the alliance and mentoring', () => {
  it('reads its figures out of the statistics: six problems in every state, one closed into an achievement', async () => {
    const counts = await sumCounts(db, {
      subject: 'innovation.problems',
      path: beijing,
      to: demoDay(200),
      by: ['dim', 'dim2'],
    });
    const n = (dim: string, dim2 = '') =>
      counts.filter((c) => c.dim === dim && (!dim2 || c.dim2 === dim2)).reduce((a, c) => a + c.n, 0);
    expect([n('posted'), n('published'), n('rejected'), n('claimed'), n('closed')]).toEqual([6, 4, 1, 2, 1]);
    expect([n('claimed', 'joint'), n('claimed', 'alone'), n('closed', 'joint')]).toEqual([1, 1, 1]);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from innovation_problems p join innovation_achievements a on a.id = p.achievement_id`,
    );
    expect(rows[0].n).toBe(1);
  });

  it('suggests the studios whose achievements match an open problem, with the words', async () => {
    const { items } = await ctx.services.innovation.problems.listProblems(admin(), { status: 'published' });
    const conveyor = items.find((p) => p.title.includes('皮带机')) as { id: number };
    const m = await ctx.services.innovation.match.matchStudios(admin(), conveyor.id);
    expect(m.items[0]).toMatchObject({ name: '首钢矿山设备创新工作室' });
    expect(m.items[0].words).toEqual(expect.arrayContaining(['皮带机', '故障']));
    expect(m.items.length).toBeLessThanOrEqual(5);
  });

  it('flags the master behind schedule and the one with a single apprentice; counts confirmed sessions', async () => {
    const today = demoDay(200);
    const year = today.slice(5) >= '03-01' ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
    const list = await ctx.services.innovation.mentoringStatus.listMentoring(admin(), { year });
    const software = list.items.find((m) => m.studioName === '中关村科学城智能运维创新工作室');
    const mine = list.items.find((m) => m.studioName === '首钢矿山设备创新工作室');
    expect(software?.pairs.map((p) => p.confirmed)).toEqual([6, 6, 4]);
    expect(software?.qualifies).toBe(false);
    expect(mine).toMatchObject({ fewApprentices: true, qualifies: false });
    const counts = await sumCounts(db, {
      subject: 'innovation.mentoring',
      path: beijing,
      // the mentoring year so far: a pair counts on the day its apprentice accepted, which in January is this year
      from: String(year),
      to: today,
      by: ['dim'],
    });
    expect(Object.fromEntries(counts.map((c) => [c.dim, c.n]))).toEqual({ pairs: 4, sessions: 19 });
  });
});
