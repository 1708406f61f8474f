import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { sumCounts } from '../reporting/index.ts';

/** The demo reproduces seed 004's 阎村 最美劳动者 and leaves the second 通州工匠 in judging. */
let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openDemoContext(200));
});
afterAll(async () => db?.close());

describe('the selections demo', () => {
  it('阎村镇 honoured 23 最美劳动者 (9/3/4/7) and 11 优秀工会干部, read from the statistics', async () => {
    const yancun = await demoUnion(db, '阎村镇总工会');
    const rows = await sumCounts(db, {
      subject: 'selections.titles',
      path: yancun.path,
      from: '2020-01',
      to: '2020-01',
      by: ['dim', 'dim2'],
    });
    const n = (dim: string, dim2: string) => rows.find((r) => r.dim === dim && r.dim2 === dim2)?.n;
    expect([
      n('最美劳动者', '优秀员工'),
      n('最美劳动者', '技术能手'),
      n('最美劳动者', '最佳新人'),
      n('最美劳动者', '优秀干部'),
    ]).toEqual([9, 3, 4, 7]);
    expect(n('优秀工会干部', '优秀工会干部')).toBe(11);
    const actor: Actor = ctx.actor('staff', yancun);
    const stats = await ctx.services.selections.getStats(actor, { year: 2020 });
    expect(stats.titles).toBe(34);
    // A platform administrator has no union of their own: the statistics count all unions, named by their root.
    const platform = await ctx.services.selections.getStats(ctx.actor('admin', null), { year: 2020 });
    const { rows: roots } = await db.query<{ name: string }>('select name from orgs where parent_id is null');
    expect(platform).toMatchObject({ org: { id: null, name: roots[0].name }, titles: 34 });
    const { rows: records } = await db.query<{ rank: string; n: number }>(
      `select rank, count(*)::int as n from records where source = 'selection'
        and competition = '阎村镇2019年度最美劳动者评选' and occurred_on = '2020-01-08' group by rank order by rank`,
    );
    expect(records).toEqual([
      { rank: '优秀工会干部', n: 11 },
      { rank: '最美劳动者', n: 23 },
    ]);
  });

  it('the second 通州工匠 is in judging; judge1 of 潞源街道 sees none of its nominees', async () => {
    const { rows } = await db.query<{ id: number; status: string }>(
      `select id, status from selections where edition = '第二届通州工匠'`,
    );
    expect(rows[0].status).toBe('judging');
    const judge1 = (await db.query<{ id: number }>(`select id from users where username = 'judge1'`)).rows[0];
    const panel = await ctx.services.selections.getPanel(
      {
        userId: judge1.id,
        username: 'judge1',
        displayName: '',
        role: 'judge',
        orgId: null,
        scopePath: null,
        personId: null,
      },
      rows[0].id,
    );
    expect(panel.nominations).toHaveLength(3);
    expect(panel.nominations.every((n) => !['城市副中心建设项目部', '通州区环卫中心'].includes(n.unit))).toBe(
      true,
    );
  });
});
