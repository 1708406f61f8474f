import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockOn, TEST_TODAY, TEST_YEAR } from '../../../test/clock.ts';
import { appError, openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import type { PledgesService } from './pledges.service.ts';
import { getPledgeStats } from './pledges.stats.ts';

let db: Db;
let ctx: TestContext;
let pledges: PledgesService;
let city: OrgRow;
let district: OrgRow;
let grassroots: OrgRow;
let sibling: OrgRow;
let staff: Actor;
let siblingStaff: Actor;
const year = TEST_YEAR;

const promise = (orgId: number, over: Record<string, unknown> = {}) => ({
  orgId,
  year,
  title: '户外劳动者驿站提档升级',
  category: 'conditions' as const,
  budgetFen: 500_000_00,
  department: '职工服务部',
  milestones: [{ title: '制定实施方案', dueOn: `${year}-03-31` }],
  ...over,
});

beforeAll(async () => {
  // late in the year, so the projects completed in October are in the past
  ({ db, ctx } = await openTestContext({ clock: clockOn(`${TEST_YEAR}-12-15`) }));
  pledges = ctx.services.pledges;
  city = await ctx.newRoot();
  district = await ctx.newOrg(city, 'district');
  grassroots = await ctx.newOrg(district, 'grassroots');
  sibling = await ctx.newOrg(city, 'district');
  staff = ctx.actor('staff', district);
  siblingStaff = ctx.actor('staff', sibling);
});

afterAll(async () => {
  await db?.close();
});

describe('办实事 projects', () => {
  it('follows a project from promise to completion and keeps the statistics with the raw rows', async () => {
    const p = await pledges.createPledge(staff, promise(district.id));
    expect(p).toMatchObject({ status: 'planned', milestones: 1, milestonesDone: 0 });
    const { milestones } = await pledges.getPledge(staff, p.id);
    const started = await pledges.markMilestone(staff, p.id, milestones[0].id, `${year}-03-20`);
    expect(started).toMatchObject({ status: 'in_progress', milestonesDone: 1 });
    const bad = await appError(() =>
      pledges.completePledge(staff, p.id, {
        completedOn: `${year}-10-01`,
        spentFen: 1,
        beneficiaryCount: 1,
        outputQty: 12,
      }),
    );
    expect(bad.details).toEqual({ field: 'outputUnit' });
    const done = await pledges.completePledge(staff, p.id, {
      completedOn: `${year}-10-01`,
      spentFen: 480_000_00,
      beneficiaryCount: 3000,
      outputQty: 12,
      outputUnit: '个户外劳动者驿站',
    });
    expect(done).toMatchObject({ status: 'completed', spentFen: 480_000_00 });
    expect((await appError(() => pledges.cancelPledge(staff, p.id, '重复'))).code).toBe('PLEDGE_STATUS');
    const late = await pledges.createPledge(
      staff,
      promise(grassroots.id, { year: year - 1, category: 'skills' }),
    );
    await pledges.completePledge(staff, late.id, {
      completedOn: `${year}-01-15`,
      spentFen: 0,
      beneficiaryCount: 40,
    });
    const gone = await pledges.createPledge(staff, promise(grassroots.id, { category: 'welfare' }));
    await pledges.cancelPledge(staff, gone.id, '资金调整至下一年度');

    const s = await getPledgeStats(
      db,
      staff,
      { orgId: district.id, fromYear: year - 1, toYear: year },
      TEST_TODAY,
    );
    const { rows } = await db.query<{ year: number; promised: number; inYear: number }>(
      `select g.year, count(*) filter (where g.status <> 'cancelled')::int as promised,
              count(*) filter (where g.status = 'completed' and extract(year from g.completed_on) = g.year)::int
                as "inYear"
         from pledges g join orgs o on o.id = g.org_id where o.path like $1 || '%' group by g.year order by g.year`,
      [district.path],
    );
    expect(s.years.map((y) => ({ year: y.year, promised: y.promised, inYear: y.completedInYear }))).toEqual(
      rows,
    );
    expect(s.years[1]).toMatchObject({ completedLate: 1, beneficiaries: 3040, budgetFen: 500_000_00 });
    expect(s.outputs).toEqual([{ unit: '个户外劳动者驿站', qty: 12 }]);
    expect(s.byCategory).toEqual([
      { category: 'skills', promised: 1 },
      { category: 'conditions', promised: 1 },
    ]);
  });

  it('refuses a milestone before the year and projects of unions outside the subtree', async () => {
    const early = await appError(() =>
      pledges.createPledge(
        staff,
        promise(district.id, { milestones: [{ title: '启动', dueOn: `${year - 1}-12-01` }] }),
      ),
    );
    expect(early.details).toEqual({ field: 'milestones.0.dueOn' });
    expect((await appError(() => pledges.createPledge(siblingStaff, promise(district.id)))).code).toBe(
      'NOT_FOUND',
    );
    const p = await pledges.createPledge(staff, promise(district.id));
    expect((await appError(() => pledges.getPledge(siblingStaff, p.id))).code).toBe('NOT_FOUND');
    const theirs = await pledges.listPledges(siblingStaff, {});
    expect(theirs.items.map((x) => x.id)).not.toContain(p.id);
    expect(theirs.total).toBe(theirs.items.length);
  });

  it("shows a worker the projects of their union and the unions above, not a sibling's", async () => {
    const mine = await pledges.createPledge(staff, promise(grassroots.id, { title: '职工食堂改造' }));
    const above = await pledges.createPledge(
      ctx.actor('admin', null),
      promise(city.id, { title: '全市职工疗休养' }),
    );
    const elsewhere = await pledges.createPledge(siblingStaff, promise(sibling.id, { title: '别区项目' }));
    const person = await ctx.newPerson(grassroots);
    const worker = ctx.actor('worker', null, person.id);
    const list = await pledges.listMine(worker);
    const ids = list.items.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, above.id]));
    expect(ids).not.toContain(elsewhere.id);
    expect(list.total).toBe(list.items.length);
    // a cancelled project is neither listed nor counted
    await pledges.cancelPledge(staff, mine.id, '并入其他项目');
    const after = await pledges.listMine(worker);
    expect(after.items.map((x) => x.id)).not.toContain(mine.id);
    expect(after.total).toBe(list.total - 1);
  });
});
