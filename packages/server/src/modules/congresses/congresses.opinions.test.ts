import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressWithSession } from './congresses.test-kit.ts';
import { congressesTodo } from './congresses.todo.repository.ts';
import type { ProposalFilter } from './congresses.vocabulary.ts';

/**
 * Issue 41: a proposal the committee does not accept as a proposal may be made an opinion (转为意见建议) instead of
 * being declined: it goes to a handling unit, which answers it and says whether it is adopted (采纳) or not.
 */
describe('a proposal made an opinion (转为意见建议)', () => {
  const world = serviceWorld({
    at: '2026-03-02T09:00:00+08:00',
    service: (db, clock) => createCongressesService(db, clock),
    tree: { firm: 'root/district/grassroots' },
  });
  const at = (day: string) => world.clock.set(`${day}T09:00:00+08:00`);
  let sessionId: number;
  const people: number[] = [];
  const staff = () => world.t.actor('staff', world.firm);
  const worker = (i: number) => world.t.actor('worker', null, people[i]);

  beforeAll(async () => {
    for (let i = 0; i < 4; i++) people.push((await world.t.newPerson(world.firm)).id);
    ({ sessionId } = await congressWithSession(world.svc, staff(), {
      orgId: world.firm.id,
      name: '意见建议职代会',
      people: people.map((id) => ({ id })),
    }));
  });

  it('is handled as an opinion: assigned, answered by the handling unit, adopted or not, and counted', async () => {
    at('2026-03-02');
    const file = async (i: number, title: string) =>
      (await world.svc.fileProposal(worker(i), { sessionId, title, body: `${title}的建议` })).id;
    const canteen = await file(0, '食堂增加夜班窗口');
    const parking = await file(1, '调整停车位');
    at('2026-03-13');
    // no co-signatures needed: an opinion is not a proposal accepted (立案)
    expect(
      await world.svc.examine(staff(), canteen, {
        decision: 'opinion',
        reason: '不符合立案条件，转为意见建议',
      }),
    ).toEqual({ status: 'opinion' });
    expect(await world.svc.examine(staff(), parking, { decision: 'opinion' })).toEqual({ status: 'opinion' });
    expect(await world.svc.getProposal(staff(), canteen)).toMatchObject({ status: 'opinion', opinion: true });
    const { dueOn } = await world.svc.assign(staff(), canteen, { department: '后勤保障部' });
    expect(dueOn).toBe('2026-04-03');
    await world.svc.assign(staff(), parking, { department: '综合办公室' });
    at('2026-03-30');
    await expect(world.svc.answer(staff(), canteen, { answer: '已研究' })).rejects.toMatchObject({
      code: 'CONGRESS_ADOPTION_REQUIRED',
    });
    await world.svc.answer(staff(), canteen, { answer: '自4月起开设夜班窗口。', adopted: true });
    await world.svc.answer(staff(), parking, { answer: '场地所限，暂不调整。', adopted: false });
    expect(await world.svc.getProposal(staff(), canteen)).toMatchObject({
      status: 'closed',
      opinion: true,
      adopted: true,
      department: '后勤保障部',
      answeredOn: '2026-03-30',
    });
    expect(await world.svc.getProposal(staff(), parking)).toMatchObject({ status: 'closed', adopted: false });
    // the proposer sees it on the phone; there is no rating round for an opinion
    // an opinion is no proposal accepted: it does not become a 办实事 project by this road
    await expect(
      world.svc.makePledge(staff(), canteen, { year: 2026, category: 'welfare', budgetFen: 100 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_PROPOSAL_STATE' });
    const mine = (await world.svc.mine(worker(0))).congresses[0].proposals.find((p) => p.id === canteen);
    expect(mine).toMatchObject({ opinion: true, adopted: true, status: 'closed' });
    await expect(world.svc.rate(worker(0), canteen, 'satisfied')).rejects.toMatchObject({
      code: 'CONGRESS_PROPOSAL_STATE',
    });
    const s = await world.svc.congressStats(staff(), { orgId: world.firm.id, year: 2026 });
    expect(s.total).toMatchObject({
      filed: 2,
      accepted: 0,
      answered: 0,
      opinions: 2,
      opinionsAnswered: 2,
      opinionsAdopted: 1,
    });
  });

  it('opens the to-do cards to examine, to assign and to answer onto exactly the proposals they count', async () => {
    at('2026-03-02');
    const file = async (i: number, title: string) =>
      (await world.svc.fileProposal(worker(i), { sessionId, title, body: `${title}的建议` })).id;
    await file(2, '增设母婴室');
    const [assigned, accepted, opinion] = [
      await file(3, '班车加密'),
      await file(0, '增设充电桩'),
      await file(1, '延长图书室开放时间'),
    ];
    // a proposal is accepted (立案) with two co-signatures
    for (const i of [2, 3]) await world.svc.cosign(worker(i), accepted);
    at('2026-03-13');
    await world.svc.examine(staff(), assigned, { decision: 'opinion' });
    await world.svc.assign(staff(), assigned, { department: '综合办公室' });
    await world.svc.examine(staff(), accepted, { decision: 'accept' });
    await world.svc.examine(staff(), opinion, { decision: 'opinion' });
    const desk = await congressesTodo.list(world.db, staff(), '2026-03-13');
    const cards = desk.filter((g) => g.kind !== 'rate');
    expect(cards.map((g) => [g.kind, g.count])).toEqual(
      expect.arrayContaining([
        ['examine', 1],
        ['assign', 2],
        ['answer', 1],
      ]),
    );
    for (const card of cards) {
      const status = new URL(card.href, 'http://gonghui.test').searchParams.get('status');
      const rows = await world.svc.listProposals(staff(), {
        status: (status ?? undefined) as ProposalFilter,
      });
      expect([card.kind, rows.items.length]).toEqual([card.kind, card.count]);
      if (card.kind === 'assign')
        expect(rows.items.map((p) => p.id).sort()).toEqual([accepted, opinion].sort());
    }
  });
});
