import { beforeAll, describe, expect, it } from 'vitest';
import { notYours } from '../../shared/errors.ts';
import type { OrgRow } from '../org/index.ts';
import { type CountCell, listKeptCells } from '../reporting/index.ts';
import { insertClaim } from './insurance.claims.repository.ts';
import { isClaimFiledTwice } from './insurance.filing.repository.ts';
import { insuranceRecounter, recountInsuranceCounts } from './insurance.recount.repository.ts';
import { coveredOn } from './insurance.repository.ts';
import { insuranceWorld } from './insurance.test-kit.ts';
import { insuranceTodo } from './insurance.todo.repository.ts';

/**
 * The filing rules of issue 41 (ADR 62): the accident day inside the policy's period, one live claim per accident,
 * and a policy or claim outside the caller's reach answered as one that does not exist.
 */
describe('filing an insurance claim', () => {
  const now = new Date('2026-03-01T09:00:00+08:00');
  const w = insuranceWorld(now);
  let otherUnit: OrgRow;
  let other: OrgRow;
  let [a, b, d, indoor, stranger] = [0, 0, 0, 0, 0];
  let [lastYear, thisYear] = [0, 0];

  const staff = () => w.t.actor('staff', w.post);
  const teamStaff = () => w.t.actor('staff', w.team);
  const otherStaff = () => w.t.actor('staff', other);
  const worker = (personId: number) => w.t.actor('worker', null, personId);
  const claim = (policyId: number, incidentOn: string) => ({
    policyId,
    kind: 'medical' as const,
    incidentOn,
    place: '朝阳路口',
    description: '投递途中摔伤',
    documents: ['诊断证明'],
  });
  const policy = async (policyNo: string, startsOn: string, endsOn: string, holder = staff()) =>
    (
      await w.svc.createPolicy(holder, {
        orgId: holder.orgId as number,
        insurer: '测试保险公司',
        policyNo,
        title: `外勤职工团体意外险${policyNo}`,
        startsOn,
        endsOn,
        premiumFen: 36_500,
        cover: '意外医疗1万元',
        rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
      })
    ).id;
  const NOT_YOURS = { code: 'NOT_FOUND', messages: notYours().messages };

  beforeAll(async () => {
    other = await w.t.newOrg(w.root, 'district');
    otherUnit = await w.t.newOrg(other, 'grassroots');
    [a, b, d] = await Promise.all(
      [1, 2, 3].map(async () => (await w.t.newPerson(w.team, { isOutdoor: true })).id),
    );
    indoor = (await w.t.newPerson(w.team)).id;
    stranger = (await w.t.newPerson(otherUnit, { isOutdoor: true })).id;
    // last year's policy, its cover rows left open when it ended; this year's
    lastYear = await policy('P-2025', '2025-01-01', '2025-12-31');
    await w.svc.sync(staff(), lastYear, '2025-01-01');
    thisYear = await policy('P-2026', '2026-01-01', '2026-12-31');
    await w.svc.sync(staff(), thisYear, '2026-01-01');
  });

  it('refuses an accident outside the policy’s period, naming the day and the period in both languages', async () => {
    const refused = w.svc.fileClaim(worker(a), claim(lastYear, '2026-01-02'));
    await expect(refused).rejects.toMatchObject({
      kind: 'invalid',
      code: 'INSURANCE_ACCIDENT_OUTSIDE_POLICY',
      details: {
        field: 'incidentOn',
        incidentOn: '2026-01-02',
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
      },
    });
    const e = (await refused.catch((x) => x)) as { messages: { zh: string; en: string } };
    expect(e.messages.zh).toContain('出险日期2026-01-02');
    expect(e.messages.zh).toContain('2025-01-01至2025-12-31');
    expect(e.messages.en).toContain('2026-01-02');
    expect(e.messages.en).toContain('2025-01-01 to 2025-12-31');
    // an open cover row of an ended policy covers up to its last day, not after
    expect(await coveredOn(w.db, lastYear, a, '2026-01-02')).toBe(false);
    expect(await coveredOn(w.db, lastYear, a, '2025-12-31')).toBe(true);
    // before a policy starts
    const late = await policy('P-LATE', '2026-02-01', '2027-01-31');
    await w.svc.sync(staff(), late, '2026-02-01');
    await expect(w.svc.fileClaim(worker(a), claim(late, '2026-01-20'))).rejects.toMatchObject({
      code: 'INSURANCE_ACCIDENT_OUTSIDE_POLICY',
      details: { startsOn: '2026-02-01', endsOn: '2027-01-31' },
    });
    // the first and the last day of a period are inside it
    await expect(w.svc.fileClaim(worker(a), claim(lastYear, '2025-12-31'))).resolves.toMatchObject({
      id: expect.any(Number),
    });
    await expect(w.svc.fileClaim(worker(a), claim(late, '2026-02-01'))).resolves.toMatchObject({
      id: expect.any(Number),
    });
  });

  it('takes one live claim per worker, policy and accident day; a returned or rejected one may be filed anew', async () => {
    const day = '2026-02-20';
    const { id: first } = await w.svc.fileClaim(worker(b), claim(thisYear, day));
    const twice = {
      kind: 'conflict',
      code: 'INSURANCE_CLAIM_DUPLICATE',
      details: { field: 'incidentOn', incidentOn: day },
    };
    await expect(w.svc.fileClaim(worker(b), claim(thisYear, day))).rejects.toMatchObject({
      ...twice,
      details: { ...twice.details, claimId: first },
      // said to the worker, not of them as staff are told
      messages: {
        zh: `您${day}的事故已在本保单下申请理赔（2026-03-01提交，审核中），不能重复申请；前一申请被退回或拒赔后方可重新申请`,
        en: expect.stringMatching(
          new RegExp(`^You have already claimed .* on ${day} \\(filed 2026-03-01, under review\\)`),
        ),
      },
    });
    // filed by the staff for the worker: the same accident, said of the worker
    await expect(
      w.svc.fileClaim(staff(), { ...claim(thisYear, day), personId: b, kind: 'disability' }),
    ).rejects.toMatchObject({
      ...twice,
      messages: {
        zh: expect.stringMatching(new RegExp(`^该职工${day}的事故已在本保单下申请理赔`)),
        en: expect.stringContaining("this worker's accident"),
      },
    });
    // another day is another accident
    await w.svc.fileClaim(worker(b), claim(thisYear, '2026-02-21'));
    // returned to the worker: the accident may be claimed again
    await w.svc.review(teamStaff(), first, { action: 'return', reason: '材料不全' });
    const returned = async () =>
      (await insuranceTodo.list(w.db, worker(b), '2026-03-01')).find((g) => g.kind === 'returned')?.count ??
      0;
    expect(await returned()).toBe(1);
    const { id: again } = await w.svc.fileClaim(worker(b), claim(thisYear, day));
    // filed anew: nothing left to do about the returned one, which is never reviewed again
    expect(await returned()).toBe(0);
    await expect(w.svc.fileClaim(worker(b), claim(thisYear, day))).rejects.toMatchObject(twice);
    // rejected by the insurer: again
    await w.svc.review(teamStaff(), again, { action: 'forward' });
    await w.svc.review(staff(), again, { action: 'forward' });
    await w.svc.decide(staff(), again, { action: 'reject', reason: '非意外事故' });
    await w.svc.fileClaim(worker(b), claim(thisYear, day));
    // two at once: one is filed, the other refused in the same words
    const both = await Promise.allSettled([
      w.svc.fileClaim(worker(b), claim(thisYear, '2026-02-25')),
      w.svc.fileClaim(staff(), { ...claim(thisYear, '2026-02-25'), personId: b }),
    ]);
    expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(both.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { ...twice, details: { incidentOn: '2026-02-25' } },
    });
    // the database holds the rule too
    const raw = w.db.tx((sql) =>
      insertClaim(sql, {
        policyId: thisYear,
        personId: b,
        orgId: w.team.id,
        kind: 'medical',
        incidentOn: day,
        place: '朝阳路口',
        description: '重复',
        documents: [],
        filedOn: '2026-03-01',
        filedBy: null,
        stepOrgId: w.team.id,
      }),
    );
    const e = await raw.catch((x) => x);
    expect(isClaimFiledTwice(e)).toBe(true);
    // the counts: every claim filed today counted (returned and rejected ones stay filed), the live ones open
    const { items } = await w.svc.listClaims(staff(), {});
    const ofB = items.filter((c) => c.personId === b);
    expect(ofB.map((c) => c.status).sort()).toEqual(['filed', 'filed', 'filed', 'rejected', 'returned']);
    const stats = await w.svc.stats(staff(), { from: '2026-03-01', to: '2026-03-01' });
    expect(stats.total.claimsFiled).toBe(items.length);
    expect(stats.states.openClaims).toBe(items.filter((c) => c.status === 'filed').length);
    // the kept counts agree with their recount from the claims (the auditors' reconciliation, ADR 73)
    const cells = (list: CountCell[]) => {
      const out: Record<string, number[]> = {};
      for (const c of list) {
        const k = [c.subject, c.orgId, c.day, c.dim, c.dim2].join(' ');
        out[k] = [(out[k]?.[0] ?? 0) + c.n, (out[k]?.[1] ?? 0) + c.fen];
      }
      return out;
    };
    const subjects = Object.keys(insuranceRecounter.subjects);
    const kept = await listKeptCells(w.db, { subjects, path: w.post.path, asOf: '2026-03-01' });
    expect(kept.length).toBeGreaterThan(0);
    expect(cells(kept)).toEqual(cells(await recountInsuranceCounts(w.db, { path: w.post.path })));
  });

  it('answers a policy or claim outside the caller’s reach as one that does not exist', async () => {
    const missing = 2_000_000_000;
    // another district's staff, for their own member; that member on the worker pages; an id that does not exist
    await expect(
      w.svc.fileClaim(otherStaff(), { ...claim(thisYear, '2026-02-10'), personId: stranger }),
    ).rejects.toMatchObject(NOT_YOURS);
    await expect(w.svc.fileClaim(worker(stranger), claim(thisYear, '2026-02-10'))).rejects.toMatchObject(
      NOT_YOURS,
    );
    await expect(w.svc.fileClaim(worker(stranger), claim(missing, '2026-02-10'))).rejects.toMatchObject(
      NOT_YOURS,
    );
    // nor does an accident outside the period tell them the period
    await expect(w.svc.fileClaim(worker(stranger), claim(thisYear, '2025-06-01'))).rejects.toMatchObject(
      NOT_YOURS,
    );
    // the policy's own: a member the rule leaves out is told they were not covered; the union below files
    await expect(w.svc.fileClaim(worker(indoor), claim(thisYear, '2026-02-10'))).rejects.toMatchObject({
      code: 'INSURANCE_NOT_COVERED',
      messages: {
        zh: '出险日期2026-02-10不在您的保障期内',
        en: 'You were not covered by this policy on 2026-02-10',
      },
    });
    await w.svc.fileClaim(teamStaff(), { ...claim(thisYear, '2026-02-10'), personId: a });
    // a member insured by the policy who has since moved to another district still claims for their days of cover
    await w.t.services.people.transferMember(w.t.actor('admin', null), d, otherUnit.id, '2026-02-15');
    await w.svc.getPolicy(staff(), thisYear);
    await w.svc.fileClaim(worker(d), claim(thisYear, '2026-02-10'));
    await w.svc.fileClaim(otherStaff(), { ...claim(thisYear, '2026-02-11'), personId: d });
    await expect(
      w.svc.fileClaim(otherStaff(), { ...claim(thisYear, '2026-02-16'), personId: d }),
    ).rejects.toMatchObject({
      code: 'INSURANCE_NOT_COVERED',
      // staff are told of the worker
      messages: { zh: '出险日期2026-02-16不在该职工的保障期内' },
    });
    // every route by a policy id or a claim id: another district's and one that does not exist answer alike
    const [c] = (await w.svc.listClaims(staff(), { policyId: thisYear })).items;
    for (const id of [thisYear, missing]) {
      await expect(w.svc.getPolicy(otherStaff(), id)).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.sync(otherStaff(), id, '2026-02-01')).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.changes(otherStaff(), id, '2026-02')).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.changesXlsx(otherStaff(), id, '2026-02')).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.insuredXlsx(otherStaff(), id)).rejects.toMatchObject(NOT_YOURS);
    }
    const pdf = { name: '发票.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') };
    for (const id of [c.id, missing]) {
      await expect(w.svc.review(otherStaff(), id, { action: 'forward' })).rejects.toMatchObject(NOT_YOURS);
      await expect(
        w.svc.decide(otherStaff(), id, { action: 'approve', payoutFen: 100 }),
      ).rejects.toMatchObject(NOT_YOURS);
      await expect(
        w.svc.addFile(otherStaff(), id, { document: '诊断证明', self: false, file: pdf }),
      ).rejects.toMatchObject(NOT_YOURS);
      await expect(
        w.svc.addFile(worker(stranger), id, { document: '诊断证明', self: true, file: pdf }),
      ).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.getFile(otherStaff(), id, 1, false)).rejects.toMatchObject(NOT_YOURS);
      await expect(w.svc.getFile(worker(stranger), id, 1, true)).rejects.toMatchObject(NOT_YOURS);
    }
  });

  it('opens each to-do card onto exactly the claims it counts: at my step, and awaiting the insurer’s decision', async () => {
    // on the district's policy: one forwarded to the insurer, one at the district's step
    const sent = (await w.svc.fileClaim(worker(a), claim(thisYear, '2026-02-26'))).id;
    await w.svc.review(teamStaff(), sent, { action: 'forward' });
    await w.svc.review(staff(), sent, { action: 'forward' });
    const atPost = (await w.svc.fileClaim(worker(a), claim(thisYear, '2026-02-27'))).id;
    await w.svc.review(teamStaff(), atPost, { action: 'forward' });
    // on the grassroots union's own policy, in the district's subtree: the union below records its decision
    const own = await policy('P-TEAM-2026', '2026-01-01', '2026-12-31', teamStaff());
    await w.svc.sync(teamStaff(), own, '2026-01-01');
    const ownSent = (await w.svc.fileClaim(worker(a), claim(own, '2026-02-26'))).id;
    await w.svc.review(teamStaff(), ownSent, { action: 'forward' });
    // the list as the claims page asks it for the card's address (show=decision, show=all, or at my step)
    const pageQuery = (href: string) => {
      const show = new URL(href, 'http://gonghui.test').searchParams.get('show');
      if (show === 'all') return {};
      return show === 'decision' ? { awaitingDecision: true } : { awaiting: true };
    };
    for (const [actor, decided] of [
      [staff(), sent],
      [teamStaff(), ownSent],
    ] as const) {
      const desk = await insuranceTodo.list(w.db, actor, '2026-03-01');
      expect(desk.find((g) => g.kind === 'decision')?.count).toBe(1);
      for (const card of desk) {
        const rows = await w.svc.listClaims(actor, { orgId: actor.orgId as number, ...pageQuery(card.href) });
        expect([card.kind, rows.total]).toEqual([card.kind, card.count]);
        expect(rows.items.length).toBe(rows.total);
        if (card.kind === 'decision') expect(rows.items.map((c) => c.id)).toEqual([decided]);
      }
    }
  });
});
