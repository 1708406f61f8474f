/** Correcting a 办实事 project before it is completed (ADR 60). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY, TEST_YEAR } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import type { PledgesService } from './pledges.service.ts';
import { getPledgeStats } from './pledges.stats.ts';

let db: Db;
let ctx: TestContext;
let pledges: PledgesService;
let district: OrgRow;
let staff: Actor;
let otherStaff: Actor;
const year = TEST_YEAR;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  pledges = ctx.services.pledges;
  const city = await ctx.newRoot();
  district = await ctx.newOrg(city, 'district');
  staff = { ...ctx.actor('staff', district), displayName: '周强' };
  otherStaff = ctx.actor('staff', await ctx.newOrg(city, 'district'));
});
afterAll(async () => db?.close());

describe('editing a 办实事 project', () => {
  it('corrects title, department, budget and milestones; the promised budget follows; history kept', async () => {
    const p = await pledges.createPledge(staff, {
      orgId: district.id,
      year,
      title: '户外劳动者驿站提档升级',
      category: 'conditions',
      budgetFen: 500_000_00,
      department: '职工服务部',
      milestones: [
        { title: '制定实施方案', dueOn: `${year}-03-31` },
        { title: '完成选址', dueOn: `${year}-06-30` },
      ],
    });
    const budget = async () =>
      (await getPledgeStats(db, staff, { orgId: district.id, fromYear: year, toYear: year }, TEST_TODAY))
        .budgetFen;
    const before = await budget();
    const [plan, site] = (await pledges.getPledge(staff, p.id)).milestones;
    await pledges.markMilestone(staff, p.id, plan.id, TEST_TODAY);
    const edited = await pledges.editPledge(staff, p.id, {
      title: '户外劳动者驿站提档升级（二期）',
      department: '权益保障部',
      budgetFen: 650_000_00,
      milestones: [
        { id: plan.id, title: plan.title, dueOn: plan.dueOn },
        { id: site.id, title: '完成选址与设计', dueOn: `${year}-07-31` },
        { title: '竣工验收', dueOn: `${year}-12-31` },
      ],
    });
    expect(edited).toMatchObject({ title: '户外劳动者驿站提档升级（二期）', budgetFen: 650_000_00 });
    expect(await budget()).toBe(before + 150_000_00);
    const detail = await pledges.getPledge(staff, p.id);
    expect(detail.milestones.map((m) => [m.title, m.doneOn !== null])).toEqual([
      ['制定实施方案', true],
      ['完成选址与设计', false],
      ['竣工验收', false],
    ]);
    expect(detail.edits).toHaveLength(1);
    expect(detail.edits[0].byName).toBe('周强');
    expect(detail.edits[0].changes.map((c) => c.field).sort()).toEqual(
      ['budgetFen', 'department', 'milestones', 'title'].sort(),
    );
    // A milestone reached cannot be taken off; outsiders are refused; a completed project is closed to edits.
    await expect(
      pledges.editPledge(staff, p.id, { milestones: [{ title: '竣工验收', dueOn: `${year}-12-31` }] }),
    ).rejects.toMatchObject({ code: 'PLEDGE_INVALID' });
    await expect(pledges.editPledge(otherStaff, p.id, { title: '越权' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await pledges.completePledge(staff, p.id, {
      completedOn: TEST_TODAY,
      spentFen: 600_000_00,
      beneficiaryCount: 300,
    });
    await expect(pledges.editPledge(staff, p.id, { budgetFen: 1 })).rejects.toMatchObject({
      code: 'PLEDGE_STATUS',
    });
  });
});
