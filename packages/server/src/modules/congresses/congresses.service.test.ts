import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createPledgesService } from '../pledges/index.ts';
import { checkProportions } from './congresses.proportions.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressWithSession } from './congresses.test-kit.ts';

describe('workers’ congresses', () => {
  const world = serviceWorld({
    at: '2026-03-02T09:00:00+08:00',
    service: (db, clock) => createCongressesService(db, clock),
    tree: {
      district: 'root/district',
      firm: 'district/grassroots',
      shop: 'firm/branch',
      outside: 'root/district/grassroots',
    },
  });
  let congressId: number;
  let sessionId: number;
  const delegates: { personId: number; delegateId: number }[] = [];

  const staff = () => world.t.actor('staff', world.firm);
  const worker = (personId: number) => world.t.actor('worker', null, personId);
  const at = (day: string) => {
    world.clock.set(`${day}T09:00:00+08:00`);
  };

  beforeAll(async () => {
    await world.db.query('update orgs set worker_count = 100, women_worker_count = 60 where id = $1', [
      world.firm.id,
    ]);
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await world.t.newPerson(world.shop));
    const made = await congressWithSession(world.svc, staff(), {
      orgId: world.firm.id,
      name: '测试公司职工代表大会',
      people,
      delegationOrgId: world.shop.id,
      delegationName: '一车间代表团',
      category: (i) => (i < 5 ? 'frontline' : i < 9 ? 'manager' : 'other'),
    });
    ({ congressId, sessionId } = made);
    delegates.push(...made.delegates);
  });

  it('checks the legal proportions and warns with the figures', () => {
    const r = checkProportions(
      [
        { category: 'frontline', isFemale: true },
        { category: 'manager', isFemale: false },
        { category: 'manager', isFemale: false },
        { category: 'other', isFemale: false },
      ],
      { frontlineMinPct: 50, managerMaxPct: 20 },
      { workers: 100, women: 60 },
    );
    expect(r).toMatchObject({ frontlinePct: 25, managerPct: 50, womenPct: 25, workforceWomenPct: 60 });
    expect(r.warnings.map((w) => w.code)).toEqual(['FRONTLINE_LOW', 'MANAGERS_HIGH', 'WOMEN_LOW']);
    expect(r.warnings[0].zh).toContain('25%');
    expect(
      checkProportions(
        [{ category: 'technician', isFemale: true }],
        { frontlineMinPct: 50, managerMaxPct: 20 },
        {
          workers: null,
          women: null,
        },
      ).warnings,
    ).toEqual([]);
  });

  it('shows the roster with its warnings, and a replacement keeps who, when and why', async () => {
    const c = await world.svc.getCongress(staff(), congressId);
    expect(c.delegates).toHaveLength(12);
    expect(c.proportions).toMatchObject({ total: 12, frontline: 5, managers: 4 });
    expect(c.proportions.warnings.map((w) => w.code)).toContain('FRONTLINE_LOW');
    expect(c.proportions.warnings.map((w) => w.code)).toContain('MANAGERS_HIGH');
    const successor = await world.t.newPerson(world.shop);
    const leaving = delegates[11];
    const { id } = await world.svc.replaceDelegate(staff(), leaving.delegateId, {
      reason: '调离本单位',
      personId: successor.id,
      category: 'frontline',
      effectiveOn: '2026-02-01',
    });
    const after = await world.svc.getCongress(staff(), congressId);
    const old = after.delegates.find((d) => d.id === leaving.delegateId);
    expect(old).toMatchObject({ endedOn: '2026-02-01', endReason: '调离本单位', replacedBy: id });
    expect(after.delegates.find((d) => d.id === id)).toMatchObject({ replaces: leaving.delegateId });
    expect(after.proportions).toMatchObject({ total: 12, frontline: 6 });
    delegates[11] = { personId: successor.id, delegateId: id as number };
    await expect(
      world.svc.getCongress(world.t.actor('staff', world.outside), congressId),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('takes a proposal from filing through co-signing, acceptance, a deadline in working days, answer and rating', async () => {
    at('2026-02-20');
    await expect(
      world.svc.fileProposal(worker(delegates[0].personId), { sessionId, title: '早', body: '窗口未开' }),
    ).rejects.toMatchObject({ code: 'CONGRESS_WINDOW_CLOSED' });
    at('2026-03-02');
    const outsider = await world.t.newPerson(world.shop);
    await expect(
      world.svc.fileProposal(worker(outsider.id), { sessionId, title: '非代表', body: '不能提' }),
    ).rejects.toMatchObject({ code: 'CONGRESS_NOT_DELEGATE' });
    const { id } = await world.svc.fileProposal(worker(delegates[0].personId), {
      sessionId,
      title: '车间增设饮水机',
      body: '夏季车间温度高，建议增设饮水机。',
    });
    await expect(world.svc.cosign(worker(delegates[0].personId), id)).rejects.toMatchObject({
      code: 'CONGRESS_OWN_PROPOSAL',
    });
    await world.svc.cosign(worker(delegates[1].personId), id);
    await expect(world.svc.cosign(worker(delegates[1].personId), id)).rejects.toMatchObject({
      code: 'CONGRESS_ALREADY_COSIGNED',
    });
    await expect(world.svc.examine(staff(), id, { decision: 'accept' })).rejects.toMatchObject({
      code: 'CONGRESS_COSIGNS_SHORT',
    });
    await world.svc.cosign(worker(delegates[2].personId), id);
    at('2026-03-13');
    expect(await world.svc.examine(staff(), id, { decision: 'accept' })).toEqual({ status: 'accepted' });
    // Friday 13 March + 15 working days (no holiday in between) = Friday 3 April
    const { dueOn } = await world.svc.assign(staff(), id, { department: '后勤保障部' });
    expect(dueOn).toBe('2026-04-03');
    at('2026-03-30');
    await world.svc.answer(staff(), id, { answer: '已采购两台饮水机。' });
    await expect(world.svc.rate(worker(delegates[1].personId), id, 'satisfied')).rejects.toMatchObject({
      kind: 'not_found',
    });
    // 不满意 once: back to the department for a second answer
    expect(await world.svc.rate(worker(delegates[0].personId), id, 'dissatisfied')).toEqual({
      status: 'assigned',
    });
    at('2026-04-02');
    await world.svc.answer(staff(), id, { answer: '已增至四台，并安排专人维护。' });
    expect(await world.svc.rate(worker(delegates[0].personId), id, 'dissatisfied')).toEqual({
      status: 'closed',
    });
    const p = await world.svc.getProposal(staff(), id);
    expect(p).toMatchObject({ answers: 2, firstRating: 'dissatisfied', rating: 'dissatisfied', cosigns: 2 });
    expect(p.cosigners).toHaveLength(2);
    const s = await world.svc.congressStats(staff(), { orgId: world.firm.id, year: 2026 });
    expect(s.total).toMatchObject({
      filed: 1,
      accepted: 1,
      answered: 1,
      answeredInTime: 1,
      rated: 1,
      dissatisfied: 1,
    });
    expect(s.total).toMatchObject({ congresses: 1, heldOnTime: 1, sessions: 1 });
    // asked before the session's day, the year has no session held yet
    at('2026-03-10');
    expect(
      (await world.svc.congressStats(staff(), { orgId: world.firm.id, year: 2026 })).total,
    ).toMatchObject({
      congresses: 1,
      heldOnTime: 0,
      sessions: 0,
    });
    at('2026-04-02');
    const xlsx = await world.svc.congressStatsXlsx(staff(), { orgId: world.firm.id, year: 2026 });
    expect(xlsx.buffer.subarray(0, 2).toString()).toBe('PK');
  });

  it('declines with a reason, merges into another, and makes an accepted proposal a 办实事 project linked both ways', async () => {
    at('2026-03-05');
    const file = async (i: number, title: string) =>
      (
        await world.svc.fileProposal(worker(delegates[i].personId), {
          sessionId,
          title,
          body: `${title}的建议`,
        })
      ).id;
    const a = await file(3, '开设职工书屋');
    const b = await file(4, '增加职工书屋藏书');
    const c = await file(5, '调整停车位');
    await expect(world.svc.examine(staff(), c, { decision: 'reject' })).rejects.toMatchObject({
      code: 'CONGRESS_REASON_REQUIRED',
    });
    expect(await world.svc.examine(staff(), c, { decision: 'reject', reason: '属行政事务' })).toEqual({
      status: 'rejected',
    });
    expect(await world.svc.examine(staff(), b, { decision: 'merge', mergeInto: a })).toEqual({
      status: 'merged',
    });
    await expect(
      world.svc.makePledge(staff(), a, { year: 2026, category: 'conditions', budgetFen: 5_000_000 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_PROPOSAL_STATE' });
    for (const j of [6, 7]) await world.svc.cosign(worker(delegates[j].personId), a);
    await world.svc.examine(staff(), a, { decision: 'accept' });
    // made a project on its day (issue 42): not before the acceptance, not in the future
    at('2026-03-09');
    const project = { year: 2026, category: 'conditions' as const, budgetFen: 5_000_000 };
    await expect(
      world.svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-04' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: {
        zh: '转为办实事项目日期 2026-03-04 早于立案日期 2026-03-05',
        en: 'The project date 2026-03-04 is before the day the proposal was accepted 2026-03-05',
      },
    });
    await expect(
      world.svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-10' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    const { pledgeId } = await world.svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-06' });
    const linked = await world.db.query<{ day: string }>(
      `select to_char(linked_on, 'YYYY-MM-DD') as day from congress_proposal_pledges where pledge_id = $1`,
      [pledgeId],
    );
    expect(linked.rows[0].day).toBe('2026-03-06');
    const { pledge } = await createPledgesService(world.db, world.clock).getPledge(staff(), pledgeId);
    expect(pledge).toMatchObject({ title: '开设职工书屋', orgId: world.firm.id, budgetFen: 5_000_000 });
    expect(await world.svc.proposalOfPledge(staff(), pledgeId)).toMatchObject({
      id: a,
      title: '开设职工书屋',
    });
    await expect(world.svc.proposalOfPledge(staff(), pledgeId + 1000)).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(
      world.svc.proposalOfPledge(world.t.actor('staff', world.outside), pledgeId),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(
      world.svc.makePledge(staff(), a, { year: 2026, category: 'conditions', budgetFen: 1 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_ALREADY_PLEDGED' });
  });

  it('counts one ballot of a delegate voting 20 times at once; checks quorum and the majority of all delegates', async () => {
    at('2026-03-20');
    const present = delegates.slice(0, 9).map((d) => d.delegateId);
    expect(await world.svc.setAttendance(staff(), sessionId, present)).toEqual({
      present: 9,
      delegates: 12,
      quorum: true,
    });
    const { id } = await world.svc.addMotion(staff(), sessionId, {
      title: '一届一次职代会决议',
      kind: 'resolution',
    });
    // before the session's day nobody votes
    at('2026-03-19');
    await expect(world.svc.vote(worker(delegates[0].personId), id, 'yes')).rejects.toMatchObject({
      code: 'CONGRESS_VOTING_NOT_OPEN',
    });
    at('2026-03-20');
    const answers = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        world.svc.vote(worker(delegates[0].personId), id, i % 2 ? 'yes' : 'no'),
      ),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status === 'rejected'))
      expect((a as PromiseRejectedResult).reason).toMatchObject({ code: 'CONGRESS_ALREADY_VOTED' });
    await expect(world.svc.vote(worker(delegates[10].personId), id, 'yes')).rejects.toMatchObject({
      code: 'CONGRESS_NOT_PRESENT',
    });
    // 1 ballot so far; 5 more yes and 2 abstain: yes is at most 6 of 12 delegates, not over a half
    for (const i of [1, 2, 3, 4, 5]) await world.svc.vote(worker(delegates[i].personId), id, 'yes');
    for (const i of [6, 7]) await world.svc.vote(worker(delegates[i].personId), id, 'abstain');
    const r = await world.svc.closeMotion(staff(), id);
    expect(r.yes + r.no).toBe(6);
    expect(r).toMatchObject({ delegates: 12, present: 9, abstain: 2 });
    expect(r.result).toBe(r.yes > 6 ? 'passed' : 'failed');
    const { id: second } = await world.svc.addMotion(staff(), sessionId, {
      title: '福利方案',
      kind: 'welfare',
    });
    for (const i of [0, 1, 2, 3, 4, 5, 6]) await world.svc.vote(worker(delegates[i].personId), second, 'yes');
    expect(await world.svc.closeMotion(staff(), second)).toMatchObject({ result: 'passed', yes: 7 });
    const { id: third } = await world.svc.addMotion(staff(), sessionId, {
      title: '集体合同草案',
      kind: 'agreement',
    });
    // two leave before it closes: 7 of 12 is short of two thirds (8)
    await world.svc.setAttendance(staff(), sessionId, present.slice(0, 7));
    expect(await world.svc.closeMotion(staff(), third)).toMatchObject({ result: 'no_quorum', present: 7 });
    // the results are public to the enterprise's members
    const member = await world.t.newPerson(world.shop);
    const mine = await world.svc.mine(worker(member.id));
    expect(mine.congresses[0].seat).toBeNull();
    expect(mine.congresses[0].motions.map((m) => m.result)).toContain('passed');
    expect(mine.congresses[0].proposals).toEqual([]);
    expect(mine.congresses[0].proposalsTotal).toBe(0);
  });

  it('posts 厂务公开 to the members and counts each member’s reading once', async () => {
    at('2026-04-01');
    const { id } = await world.svc.publishDisclosure(staff(), {
      orgId: world.firm.id,
      category: 'finance',
      title: '2025年度工会经费收支情况',
      body: '收入、支出与结余。',
    });
    const member = await world.t.newPerson(world.shop);
    await Promise.all(Array.from({ length: 5 }, () => world.svc.readDisclosure(worker(member.id), id)));
    const other = await world.t.newPerson(world.shop);
    await world.svc.readDisclosure(worker(other.id), id);
    const list = (await world.svc.listDisclosures(staff(), world.firm.id)).items;
    expect(list.find((d) => d.id === id)?.reads).toBe(2);
    const stranger = await world.t.newPerson(world.outside);
    await expect(world.svc.readDisclosure(worker(stranger.id), id)).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect((await world.svc.mine(worker(member.id))).disclosures.find((d) => d.id === id)?.read).toBe(true);
  });
});
