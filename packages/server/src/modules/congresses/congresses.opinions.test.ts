import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressWithSession } from './congresses.test-kit.ts';

/**
 * Issue 41: a proposal the committee does not accept as a proposal may be made an opinion (转为意见建议) instead of
 * being declined: it goes to a handling unit, which answers it and says whether it is adopted (采纳) or not.
 */
describe('a proposal made an opinion (转为意见建议)', () => {
  let db: Db;
  let t: TestContext;
  const clock = movableClock('2026-03-02T09:00:00+08:00');
  const at = (day: string) => clock.set(`${day}T09:00:00+08:00`);
  let svc: ReturnType<typeof createCongressesService>;
  let firm: OrgRow;
  let sessionId: number;
  const people: number[] = [];
  const staff = () => t.actor('staff', firm);
  const worker = (i: number) => t.actor('worker', null, people[i]);

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    svc = createCongressesService(db, clock);
    const root = await t.newRoot();
    firm = await t.newOrg(await t.newOrg(root, 'district'), 'grassroots');
    for (let i = 0; i < 4; i++) people.push((await t.newPerson(firm)).id);
    ({ sessionId } = await congressWithSession(svc, staff(), {
      orgId: firm.id,
      name: '意见建议职代会',
      people: people.map((id) => ({ id })),
    }));
  });
  afterAll(() => db.close());

  it('is handled as an opinion: assigned, answered by the handling unit, adopted or not, and counted', async () => {
    at('2026-03-02');
    const file = async (i: number, title: string) =>
      (await svc.fileProposal(worker(i), { sessionId, title, body: `${title}的建议` })).id;
    const canteen = await file(0, '食堂增加夜班窗口');
    const parking = await file(1, '调整停车位');
    at('2026-03-13');
    // no co-signatures needed: an opinion is not a proposal accepted (立案)
    expect(
      await svc.examine(staff(), canteen, { decision: 'opinion', reason: '不符合立案条件，转为意见建议' }),
    ).toEqual({ status: 'opinion' });
    expect(await svc.examine(staff(), parking, { decision: 'opinion' })).toEqual({ status: 'opinion' });
    expect(await svc.getProposal(staff(), canteen)).toMatchObject({ status: 'opinion', opinion: true });
    const { dueOn } = await svc.assign(staff(), canteen, { department: '后勤保障部' });
    expect(dueOn).toBe('2026-04-03');
    await svc.assign(staff(), parking, { department: '综合办公室' });
    at('2026-03-30');
    await expect(svc.answer(staff(), canteen, { answer: '已研究' })).rejects.toMatchObject({
      code: 'CONGRESS_ADOPTION_REQUIRED',
    });
    await svc.answer(staff(), canteen, { answer: '自4月起开设夜班窗口。', adopted: true });
    await svc.answer(staff(), parking, { answer: '场地所限，暂不调整。', adopted: false });
    expect(await svc.getProposal(staff(), canteen)).toMatchObject({
      status: 'closed',
      opinion: true,
      adopted: true,
      department: '后勤保障部',
      answeredOn: '2026-03-30',
    });
    expect(await svc.getProposal(staff(), parking)).toMatchObject({ status: 'closed', adopted: false });
    // the proposer sees it on the phone; there is no rating round for an opinion
    // an opinion is no proposal accepted: it does not become a 办实事 project by this road
    await expect(
      svc.makePledge(staff(), canteen, { year: 2026, category: 'welfare', budgetFen: 100 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_PROPOSAL_STATE' });
    const mine = (await svc.mine(worker(0))).congresses[0].proposals.find((p) => p.id === canteen);
    expect(mine).toMatchObject({ opinion: true, adopted: true, status: 'closed' });
    await expect(svc.rate(worker(0), canteen, 'satisfied')).rejects.toMatchObject({
      code: 'CONGRESS_PROPOSAL_STATE',
    });
    const s = await svc.congressStats(staff(), { orgId: firm.id, year: 2026 });
    expect(s.total).toMatchObject({
      filed: 2,
      accepted: 0,
      answered: 0,
      opinions: 2,
      opinionsAnswered: 2,
      opinionsAdopted: 1,
    });
  });
});
