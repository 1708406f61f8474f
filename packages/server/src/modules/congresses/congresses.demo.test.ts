/**
 * The demo's congresses read back: 北京邮政's 第五届职代会 with a session each year, this year's proposals in every
 * state, the 深夜食堂 proposal made this year's 办实事 project, the session's votes, 厂务公开 with readers; 汇丰's
 * 职工大会 open for proposals with the demo workers among its delegates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock, demoDay, demoUnion, openDemoContext } from '../../../test/demo-db.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createCongressesService } from './congresses.service.ts';

let db: Db;
let post: OrgRow;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openDemoContext());
  post = await demoUnion(db, '北京邮政工会');
}, 600_000);

afterAll(async () => {
  await db?.close();
});

describe('the congresses demo', () => {
  it('gives 北京邮政 a congress with delegates, a session a year and this year’s proposals in every state', async () => {
    const svc = createCongressesService(db, demoClock());
    const staff = ctx.actor('staff', post);
    const [c] = await svc.listCongresses(staff, post.id);
    expect(c).toMatchObject({ name: '北京邮政职工代表大会', termNumber: 5 });
    expect(c.delegates).toBeGreaterThan(20);
    const detail = await svc.getCongress(staff, c.id);
    expect(detail.sessions).toHaveLength(3);
    expect(detail.delegates.some((d) => d.endedOn && d.replacedBy)).toBe(true);
    const { items: proposals, total } = await svc.listProposals(staff, { congressId: c.id });
    expect(total).toBe(proposals.length);
    expect(new Set(proposals.map((p) => p.status))).toEqual(
      new Set(['filed', 'accepted', 'rejected', 'merged', 'assigned', 'answered', 'closed']),
    );
    const canteen = proposals.find((p) => p.title.includes('深夜食堂'));
    expect(canteen).toMatchObject({ status: 'closed', rating: 'satisfied' });
    expect(canteen?.pledgeId).toBeTruthy();
    expect(await svc.proposalOfPledge(staff, canteen?.pledgeId as number)).toMatchObject({ id: canteen?.id });
    const session = await svc.getSession(staff, detail.sessions[0].id);
    expect(session.motions.map((m) => m.result)).toEqual(['passed', 'passed', 'passed']);
    const year = Number(detail.sessions[0].heldOn.slice(0, 4));
    const stats = await svc.congressStats(staff, { orgId: post.id, fromYear: year - 2, toYear: year });
    expect(stats.years.map((y) => y.heldOnTime)).toEqual([1, 1, 1]);
    expect(stats.total).toMatchObject({ filed: 8, accepted: 5 });
    // the 厂务公开 are of the last 80 days, which reach into the year before until March: counted up to this year
    const thisYear = Number(demoDay().slice(0, 4));
    const disclosed = await svc.congressStats(staff, {
      orgId: post.id,
      fromYear: year - 2,
      toYear: thisYear,
    });
    expect(disclosed.total.disclosures).toBe(4);
    expect((await svc.listDisclosures(staff, post.id)).items.every((d) => d.reads > 0)).toBe(true);
  });

  it('seats the demo workers in 汇丰’s 职工大会, whose window is open today', async () => {
    const svc = createCongressesService(db, demoClock());
    const { rows } = await db.query<{ personId: number }>(
      `select person_id as "personId" from users where username = 'worker'`,
    );
    const mine = await svc.mine(ctx.actor('worker', null, rows[0].personId));
    const small = mine.congresses.find((c) => c.kind === 'assembly');
    expect(small?.seat).not.toBeNull();
    expect(small?.session?.open).toBe(true);
    expect(small?.proposals.some((p) => !p.mine && p.status === 'filed')).toBe(true);
    expect(small?.proposalsTotal).toBe(small?.proposals.length);
  });
});
