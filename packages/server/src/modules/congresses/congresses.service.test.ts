import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createPledgesService } from '../pledges/index.ts';
import { checkProportions } from './congresses.proportions.ts';
import { createCongressesService } from './congresses.service.ts';
import { congressWithSession } from './congresses.test-kit.ts';

describe('workers’ congresses', () => {
  let db: Db;
  let t: TestContext;
  let now = new Date('2026-03-02T09:00:00+08:00');
  let svc: ReturnType<typeof createCongressesService>;
  let district: OrgRow;
  let firm: OrgRow;
  let shop: OrgRow;
  let outside: OrgRow;
  let congressId: number;
  let sessionId: number;
  const delegates: { personId: number; delegateId: number }[] = [];

  const staff = () => t.actor('staff', firm);
  const worker = (personId: number) => t.actor('worker', null, personId);
  const at = (day: string) => {
    now = new Date(`${day}T09:00:00+08:00`);
  };

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    svc = createCongressesService(db, () => now);
    const root = await t.newRoot();
    district = await t.newOrg(root, 'district');
    firm = await t.newOrg(district, 'grassroots');
    shop = await t.newOrg(firm, 'branch');
    outside = await t.newOrg(await t.newOrg(root, 'district'), 'grassroots');
    await db.query('update orgs set worker_count = 100, women_worker_count = 60 where id = $1', [firm.id]);
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await t.newPerson(shop));
    const made = await congressWithSession(svc, staff(), {
      orgId: firm.id,
      name: '测试公司职工代表大会',
      people,
      delegationOrgId: shop.id,
      delegationName: '一车间代表团',
      category: (i) => (i < 5 ? 'frontline' : i < 9 ? 'manager' : 'other'),
    });
    ({ congressId, sessionId } = made);
    delegates.push(...made.delegates);
  });
  afterAll(() => db.close());

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
    const c = await svc.getCongress(staff(), congressId);
    expect(c.delegates).toHaveLength(12);
    expect(c.proportions).toMatchObject({ total: 12, frontline: 5, managers: 4 });
    expect(c.proportions.warnings.map((w) => w.code)).toContain('FRONTLINE_LOW');
    expect(c.proportions.warnings.map((w) => w.code)).toContain('MANAGERS_HIGH');
    const successor = await t.newPerson(shop);
    const leaving = delegates[11];
    const { id } = await svc.replaceDelegate(staff(), leaving.delegateId, {
      reason: '调离本单位',
      personId: successor.id,
      category: 'frontline',
      effectiveOn: '2026-02-01',
    });
    const after = await svc.getCongress(staff(), congressId);
    const old = after.delegates.find((d) => d.id === leaving.delegateId);
    expect(old).toMatchObject({ endedOn: '2026-02-01', endReason: '调离本单位', replacedBy: id });
    expect(after.delegates.find((d) => d.id === id)).toMatchObject({ replaces: leaving.delegateId });
    expect(after.proportions).toMatchObject({ total: 12, frontline: 6 });
    delegates[11] = { personId: successor.id, delegateId: id as number };
    await expect(svc.getCongress(t.actor('staff', outside), congressId)).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('takes a proposal from filing through co-signing, acceptance, a deadline in working days, answer and rating', async () => {
    at('2026-02-20');
    await expect(
      svc.fileProposal(worker(delegates[0].personId), { sessionId, title: '早', body: '窗口未开' }),
    ).rejects.toMatchObject({ code: 'CONGRESS_WINDOW_CLOSED' });
    at('2026-03-02');
    const outsider = await t.newPerson(shop);
    await expect(
      svc.fileProposal(worker(outsider.id), { sessionId, title: '非代表', body: '不能提' }),
    ).rejects.toMatchObject({ code: 'CONGRESS_NOT_DELEGATE' });
    const { id } = await svc.fileProposal(worker(delegates[0].personId), {
      sessionId,
      title: '车间增设饮水机',
      body: '夏季车间温度高，建议增设饮水机。',
    });
    await expect(svc.cosign(worker(delegates[0].personId), id)).rejects.toMatchObject({
      code: 'CONGRESS_OWN_PROPOSAL',
    });
    await svc.cosign(worker(delegates[1].personId), id);
    await expect(svc.cosign(worker(delegates[1].personId), id)).rejects.toMatchObject({
      code: 'CONGRESS_ALREADY_COSIGNED',
    });
    await expect(svc.examine(staff(), id, { decision: 'accept' })).rejects.toMatchObject({
      code: 'CONGRESS_COSIGNS_SHORT',
    });
    await svc.cosign(worker(delegates[2].personId), id);
    at('2026-03-13');
    expect(await svc.examine(staff(), id, { decision: 'accept' })).toEqual({ status: 'accepted' });
    // Friday 13 March + 15 working days (no holiday in between) = Friday 3 April
    const { dueOn } = await svc.assign(staff(), id, { department: '后勤保障部' });
    expect(dueOn).toBe('2026-04-03');
    at('2026-03-30');
    await svc.answer(staff(), id, { answer: '已采购两台饮水机。' });
    await expect(svc.rate(worker(delegates[1].personId), id, 'satisfied')).rejects.toMatchObject({
      kind: 'not_found',
    });
    // 不满意 once: back to the department for a second answer
    expect(await svc.rate(worker(delegates[0].personId), id, 'dissatisfied')).toEqual({ status: 'assigned' });
    at('2026-04-02');
    await svc.answer(staff(), id, { answer: '已增至四台，并安排专人维护。' });
    expect(await svc.rate(worker(delegates[0].personId), id, 'dissatisfied')).toEqual({ status: 'closed' });
    const p = await svc.getProposal(staff(), id);
    expect(p).toMatchObject({ answers: 2, firstRating: 'dissatisfied', rating: 'dissatisfied', cosigns: 2 });
    expect(p.cosigners).toHaveLength(2);
    const s = await svc.congressStats(staff(), { orgId: firm.id, year: 2026 });
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
    expect((await svc.congressStats(staff(), { orgId: firm.id, year: 2026 })).total).toMatchObject({
      congresses: 1,
      heldOnTime: 0,
      sessions: 0,
    });
    at('2026-04-02');
    const xlsx = await svc.congressStatsXlsx(staff(), { orgId: firm.id, year: 2026 });
    expect(xlsx.file.subarray(0, 2).toString()).toBe('PK');
  });

  it('declines with a reason, merges into another, and makes an accepted proposal a 办实事 project linked both ways', async () => {
    at('2026-03-05');
    const file = async (i: number, title: string) =>
      (await svc.fileProposal(worker(delegates[i].personId), { sessionId, title, body: `${title}的建议` }))
        .id;
    const a = await file(3, '开设职工书屋');
    const b = await file(4, '增加职工书屋藏书');
    const c = await file(5, '调整停车位');
    await expect(svc.examine(staff(), c, { decision: 'reject' })).rejects.toMatchObject({
      code: 'CONGRESS_REASON_REQUIRED',
    });
    expect(await svc.examine(staff(), c, { decision: 'reject', reason: '属行政事务' })).toEqual({
      status: 'rejected',
    });
    expect(await svc.examine(staff(), b, { decision: 'merge', mergeInto: a })).toEqual({ status: 'merged' });
    await expect(
      svc.makePledge(staff(), a, { year: 2026, category: 'conditions', budgetFen: 5_000_000 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_PROPOSAL_STATE' });
    for (const j of [6, 7]) await svc.cosign(worker(delegates[j].personId), a);
    await svc.examine(staff(), a, { decision: 'accept' });
    // made a project on its day (issue 42): not before the acceptance, not in the future
    at('2026-03-09');
    const project = { year: 2026, category: 'conditions' as const, budgetFen: 5_000_000 };
    await expect(svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-04' })).rejects.toMatchObject(
      {
        code: 'EFFECTIVE_BEFORE_PRIOR',
        messages: {
          zh: '转为办实事项目日期 2026-03-04 早于立案日期 2026-03-05',
          en: 'The project date 2026-03-04 is before the day the proposal was accepted 2026-03-05',
        },
      },
    );
    await expect(svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-10' })).rejects.toMatchObject(
      {
        code: 'EFFECTIVE_IN_FUTURE',
      },
    );
    const { pledgeId } = await svc.makePledge(staff(), a, { ...project, effectiveOn: '2026-03-06' });
    const linked = await db.query<{ day: string }>(
      `select to_char(linked_on, 'YYYY-MM-DD') as day from congress_proposal_pledges where pledge_id = $1`,
      [pledgeId],
    );
    expect(linked.rows[0].day).toBe('2026-03-06');
    const { pledge } = await createPledgesService(db, () => now).getPledge(staff(), pledgeId);
    expect(pledge).toMatchObject({ title: '开设职工书屋', orgId: firm.id, budgetFen: 5_000_000 });
    expect(await svc.proposalOfPledge(staff(), pledgeId)).toMatchObject({ id: a, title: '开设职工书屋' });
    await expect(svc.proposalOfPledge(staff(), pledgeId + 1000)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(svc.proposalOfPledge(t.actor('staff', outside), pledgeId)).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(
      svc.makePledge(staff(), a, { year: 2026, category: 'conditions', budgetFen: 1 }),
    ).rejects.toMatchObject({ code: 'CONGRESS_ALREADY_PLEDGED' });
  });

  it('counts one ballot of a delegate voting 20 times at once; checks quorum and the majority of all delegates', async () => {
    at('2026-03-20');
    const present = delegates.slice(0, 9).map((d) => d.delegateId);
    expect(await svc.setAttendance(staff(), sessionId, present)).toEqual({
      present: 9,
      delegates: 12,
      quorum: true,
    });
    const { id } = await svc.addMotion(staff(), sessionId, {
      title: '一届一次职代会决议',
      kind: 'resolution',
    });
    // before the session's day nobody votes
    at('2026-03-19');
    await expect(svc.vote(worker(delegates[0].personId), id, 'yes')).rejects.toMatchObject({
      code: 'CONGRESS_VOTING_NOT_OPEN',
    });
    at('2026-03-20');
    const answers = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => svc.vote(worker(delegates[0].personId), id, i % 2 ? 'yes' : 'no')),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status === 'rejected'))
      expect((a as PromiseRejectedResult).reason).toMatchObject({ code: 'CONGRESS_ALREADY_VOTED' });
    await expect(svc.vote(worker(delegates[10].personId), id, 'yes')).rejects.toMatchObject({
      code: 'CONGRESS_NOT_PRESENT',
    });
    // 1 ballot so far; 5 more yes and 2 abstain: yes is at most 6 of 12 delegates, not over a half
    for (const i of [1, 2, 3, 4, 5]) await svc.vote(worker(delegates[i].personId), id, 'yes');
    for (const i of [6, 7]) await svc.vote(worker(delegates[i].personId), id, 'abstain');
    const r = await svc.closeMotion(staff(), id);
    expect(r.yes + r.no).toBe(6);
    expect(r).toMatchObject({ delegates: 12, present: 9, abstain: 2 });
    expect(r.result).toBe(r.yes > 6 ? 'passed' : 'failed');
    const { id: second } = await svc.addMotion(staff(), sessionId, { title: '福利方案', kind: 'welfare' });
    for (const i of [0, 1, 2, 3, 4, 5, 6]) await svc.vote(worker(delegates[i].personId), second, 'yes');
    expect(await svc.closeMotion(staff(), second)).toMatchObject({ result: 'passed', yes: 7 });
    const { id: third } = await svc.addMotion(staff(), sessionId, {
      title: '集体合同草案',
      kind: 'agreement',
    });
    // two leave before it closes: 7 of 12 is short of two thirds (8)
    await svc.setAttendance(staff(), sessionId, present.slice(0, 7));
    expect(await svc.closeMotion(staff(), third)).toMatchObject({ result: 'no_quorum', present: 7 });
    // the results are public to the enterprise's members
    const member = await t.newPerson(shop);
    const mine = await svc.mine(worker(member.id));
    expect(mine.congresses[0].seat).toBeNull();
    expect(mine.congresses[0].motions.map((m) => m.result)).toContain('passed');
    expect(mine.congresses[0].proposals).toEqual([]);
    expect(mine.congresses[0].proposalsTotal).toBe(0);
  });

  it('posts 厂务公开 to the members and counts each member’s reading once', async () => {
    at('2026-04-01');
    const { id } = await svc.publishDisclosure(staff(), {
      orgId: firm.id,
      category: 'finance',
      title: '2025年度工会经费收支情况',
      body: '收入、支出与结余。',
    });
    const member = await t.newPerson(shop);
    await Promise.all(Array.from({ length: 5 }, () => svc.readDisclosure(worker(member.id), id)));
    const other = await t.newPerson(shop);
    await svc.readDisclosure(worker(other.id), id);
    const list = (await svc.listDisclosures(staff(), firm.id)).items;
    expect(list.find((d) => d.id === id)?.reads).toBe(2);
    const stranger = await t.newPerson(outside);
    await expect(svc.readDisclosure(worker(stranger.id), id)).rejects.toMatchObject({ kind: 'not_found' });
    expect((await svc.mine(worker(member.id))).disclosures.find((d) => d.id === id)?.read).toBe(true);
  });
});
