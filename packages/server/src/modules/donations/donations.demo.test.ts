/**
 * Seed 003 read out of the statistics: the five caring units' gifts to 市工业（国防）工会 (health products worth
 * ¥1,280,000 and anti-epidemic products worth ¥120,000 among them), and 淦清助学专项基金's 2,190 children helped by
 * 2020; the raw rows agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDay, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { sumCounts } from '../reporting/index.ts';
import { GANQING, WINTER_DONATIONS } from './donations.demo.ts';
import { getDonationStats } from './donations.stats.ts';

let db: Db;
let ctx: TestContext;
const union = (name: string) => demoUnion(db, name);

beforeAll(async () => {
  ({ db, ctx } = await openDemoContext(200));
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('the demo donations (seed 003)', () => {
  it("reads the five donors' gifts to 市工业（国防）工会 out of the statistics", async () => {
    const industry = await union('市工业（国防）工会');
    const staff = ctx.actor('staff', industry);
    const s = await getDonationStats(db, staff, { year: 2022 }, demoDay(200));
    expect(s.goodsCount).toBe(5);
    expect(s.goodsFen).toBe(128_000_000 + 12_000_000);
    const donors = await ctx.services.donations.listDonors(staff, {});
    expect(donors.items.map((d) => d.name).sort()).toEqual(WINTER_DONATIONS.map((d) => d.donor).sort());
    const courses = await ctx.services.donations.listDonations(staff, { kind: 'goods' });
    expect(courses.items.find((x) => x.item === '体育课程')).toMatchObject({ quantity: 400, unit: '小时' });
  });

  it('reads 2,190 children helped by 2020 out of 淦清助学专项基金 statistics, and its page agrees', async () => {
    const federation = await union('北京市总工会');
    const staff = ctx.actor('staff', federation);
    const [fund] = (await ctx.services.funds.listFunds(staff)).filter((f) => f.name === GANQING.fund);
    expect(fund.founderName).toBe('北京中和珍贝科技有限公司');
    expect(fund.programId).not.toBeNull();
    const helped = await sumCounts(db, {
      subject: 'funds.helped',
      path: federation.path,
      to: '2020',
      by: ['dim'],
    });
    expect(helped.find((r) => r.dim === String(fund.id))?.n).toBe(GANQING.helpedBy2020);
    const { rows } = await db.query<{ n: number }>(
      'select sum(helped)::int as n from fund_years where fund_id = $1 and year <= 2020',
      [fund.id],
    );
    expect(rows[0].n).toBe(GANQING.helpedBy2020);
    const page = await ctx.services.funds.getFund(staff, fund.id);
    expect(page.byYear.filter((y) => y.year <= 2020).reduce((n, y) => n + y.helped, 0)).toBe(
      GANQING.helpedBy2020,
    );
    expect(page.fund.balanceFen).toBe(page.fund.incomeFen - page.fund.grantedFen);
    expect(page.program?.balanced).toBe(true);
  });
});
