/**
 * Seed 001 read out of the statistics: 北京邮政工会 promised 39 projects over 2018–2020, each completed within its
 * year; 165 投递员之家 upgraded; the group accident insurance for outdoor staff promised every year since 2014,
 * ¥3,019,700 over seven years. The same figures counted from the raw rows agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDay, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { POST_FIGURES } from './pledges.demo.ts';
import { getPledgeStats } from './pledges.stats.ts';

let db: Db;
let staff: Actor;
let post: OrgRow;

beforeAll(async () => {
  let ctx: TestContext;
  ({ db, ctx } = await openDemoContext(200));
  post = await demoUnion(db, '北京邮政工会');
  staff = ctx.actor('staff', post);
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('北京邮政工会 (seed 001)', () => {
  it('reads 39 projects over three years, all completed within their year, and 165 投递员之家', async () => {
    const [from, to] = POST_FIGURES.years;
    const s = await getPledgeStats(db, staff, { orgId: post.id, fromYear: from, toYear: to }, demoDay(200));
    expect(s.promised).toBe(POST_FIGURES.projects);
    expect(s.completedInYear).toBe(POST_FIGURES.projects);
    expect(s.years.map((y) => y.completedLate)).toEqual([0, 0, 0]);
    expect(s.outputs).toEqual([{ unit: POST_FIGURES.homesUnit, qty: POST_FIGURES.upgradedHomes }]);
    const { rows } = await db.query<{ n: number; inYear: number; homes: number }>(
      `select count(*)::int as n,
              count(*) filter (where status = 'completed' and extract(year from completed_on) = year)::int
                as "inYear",
              coalesce(sum(output_qty), 0)::int as homes
         from pledges where org_id = $1 and year between $2 and $3`,
      [post.id, from, to],
    );
    expect(rows[0]).toEqual({ n: s.promised, inYear: s.completedInYear, homes: POST_FIGURES.upgradedHomes });
  });

  it('reads ¥3,019,700 over seven years of group accident insurance since 2014', async () => {
    const s = await getPledgeStats(
      db,
      staff,
      {
        orgId: post.id,
        fromYear: POST_FIGURES.insuranceSince,
        toYear: POST_FIGURES.insuranceSince + POST_FIGURES.insuranceYears - 1,
      },
      demoDay(200),
    );
    expect(s.series).toEqual([
      {
        series: POST_FIGURES.insurance,
        projects: POST_FIGURES.insuranceYears,
        spentFen: POST_FIGURES.insuranceFen,
      },
    ]);
    const { rows } = await db.query<{ fen: number }>(
      `select sum(spent_fen)::float8 as fen from pledges where org_id = $1 and series = $2`,
      [post.id, POST_FIGURES.insurance],
    );
    expect(Number(rows[0].fen)).toBe(POST_FIGURES.insuranceFen);
  });
});
