import { beforeAll, describe, expect, it } from 'vitest';
import { type CountCell, listKeptCells } from '../reporting/index.ts';
import { insuranceRecounter, recountInsuranceCounts } from './insurance.recount.repository.ts';
import { insuranceWorld, totalsPolicy2016 } from './insurance.test-kit.ts';

/**
 * Issue 42 (ADR 62): a claim of a past year takes its days — filed, each step up the chain, the insurer's decision
 * and the payment — under ADR 40's rules, each step not before the claim's previous one; a year kept as totals
 * (no insured list) takes a claim for a member of the policy's subtree on the accident day; the statistics count
 * each figure on its day, in its year and not in the year it was entered.
 */
describe('an insurance claim of a past year, on its days', () => {
  const now = new Date('2026-03-01T09:00:00+08:00');
  const w = insuranceWorld(now);
  let [a, b, late] = [0, 0, 0];
  let totals2016 = 0;
  let claim2016 = 0;

  const staff = () => w.t.actor('staff', w.post);
  const teamStaff = () => w.t.actor('staff', w.team);
  const worker = (personId: number) => w.t.actor('worker', null, personId);
  const claim = (personId: number, incidentOn: string, filedOn?: string) => ({
    policyId: totals2016,
    personId,
    kind: 'medical' as const,
    incidentOn,
    place: '朝阳路口',
    description: '投递途中摔伤',
    documents: ['诊断证明'],
    ...(filedOn ? { filedOn } : {}),
  });

  beforeAll(async () => {
    a = (await w.t.newPerson(w.team)).id;
    b = (await w.t.newPerson(w.team)).id;
    late = (await w.t.newPerson(w.team, { joinedOn: '2017-01-01' })).id;
    // 2016: a year kept as totals — 120 insured, ¥6,000 premium, no list
    totals2016 = (await w.svc.createPolicy(staff(), totalsPolicy2016(w.post.id, 'P-2016'))).id;
  });

  it('files, forwards, approves and pays a 2016 claim on its 2016 days; a step before the previous one is refused', async () => {
    claim2016 = (await w.svc.fileClaim(staff(), claim(a, '2016-03-02', '2016-03-10'))).id;
    // the first step is the member's union, on a day not before the filing
    await expect(
      w.svc.review(teamStaff(), claim2016, { action: 'forward', effectiveOn: '2016-03-09' }),
    ).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      details: { field: 'effectiveOn', day: '2016-03-09', notBefore: '2016-03-10' },
    });
    await w.svc.review(teamStaff(), claim2016, { action: 'forward', effectiveOn: '2016-03-15' });
    await expect(
      w.svc.review(staff(), claim2016, { action: 'forward', effectiveOn: '2016-03-14' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR', details: { notBefore: '2016-03-15' } });
    await w.svc.review(staff(), claim2016, { action: 'forward', effectiveOn: '2016-03-20' });
    await w.svc.decide(staff(), claim2016, {
      action: 'approve',
      payoutFen: 800_000,
      effectiveOn: '2016-04-10',
    });
    await expect(
      w.svc.decide(staff(), claim2016, { action: 'pay', effectiveOn: '2016-04-09' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR', details: { notBefore: '2016-04-10' } });
    await w.svc.decide(staff(), claim2016, { action: 'pay', effectiveOn: '2016-04-25' });
    const [c] = (await w.svc.listClaims(staff(), { policyId: totals2016 })).items;
    expect(c).toMatchObject({
      status: 'paid',
      filedOn: '2016-03-10',
      forwardedOn: '2016-03-20',
      decidedOn: '2016-04-10',
      paidOn: '2016-04-25',
      payoutFen: 800_000,
      daysOpen: 46,
      overdue: false,
    });
    expect(c.steps.map((s) => s.on)).toEqual(['2016-03-15', '2016-03-20']);
  });

  it('counts the claim in 2016, on its days, asked by the year or by days, and not in the year it was entered', async () => {
    const figures = (s: Awaited<ReturnType<typeof w.svc.stats>>) => ({
      claimsFiled: s.total.claimsFiled,
      claimsPaid: s.total.claimsPaid,
      paidFen: s.total.paidFen,
    });
    const year = await w.svc.stats(staff(), { year: 2016 });
    expect(year.years).toEqual([
      {
        year: 2016,
        policies: 1,
        insured: 120,
        premiumFen: 600_000,
        claimsFiled: 1,
        claimsPaid: 1,
        paidFen: 800_000,
      },
    ]);
    expect(figures(await w.svc.stats(staff(), { from: '2016-01-01', to: '2016-12-31' }))).toEqual(
      figures(year),
    );
    // the days of the filing and of the payment, exactly
    expect(figures(await w.svc.stats(staff(), { from: '2016-03-10', to: '2016-04-25' }))).toEqual(
      figures(year),
    );
    expect(figures(await w.svc.stats(staff(), { from: '2016-03-11', to: '2016-04-24' }))).toEqual({
      claimsFiled: 0,
      claimsPaid: 0,
      paidFen: 0,
    });
    // open between its filing and the insurer's decision
    expect((await w.svc.stats(staff(), { from: '2016-01-01', to: '2016-03-31' })).states.openClaims).toBe(1);
    expect((await w.svc.stats(staff(), { year: 2016 })).states.openClaims).toBe(0);
    // this year: nothing of it
    const thisYear = await w.svc.stats(staff(), {});
    expect(thisYear.from).toBe('2026-01-01');
    expect(figures(thisYear)).toEqual({ claimsFiled: 0, claimsPaid: 0, paidFen: 0 });
    // the kept counts are those recounted from the rows (the auditors' reconciliation, ADR 73)
    const cells = (list: CountCell[]) =>
      list
        .filter((c) => c.n !== 0 || c.fen !== 0)
        .map((c) => [c.subject, c.orgId, c.day, c.dim, c.n, c.fen].join(' '))
        .sort();
    const subjects = Object.keys(insuranceRecounter.subjects);
    const kept = await listKeptCells(w.db, { subjects, path: w.post.path, asOf: '2026-03-01' });
    expect(cells(kept)).toEqual([
      `insurance.claims_filed ${w.post.id} 2016-03-10 medical 1 0`,
      `insurance.claims_paid ${w.post.id} 2016-04-25 medical 1 800000`,
    ]);
    expect(cells(kept)).toEqual(cells(await recountInsuranceCounts(w.db, { path: w.post.path })));
  });

  it('takes a claim on a year kept as totals for a member of its subtree on the accident day, no one else', async () => {
    await expect(w.svc.fileClaim(staff(), claim(b, '2016-07-01', '2016-07-02'))).resolves.toMatchObject({
      id: expect.any(Number),
    });
    // not yet a member on the accident day
    await expect(w.svc.fileClaim(staff(), claim(late, '2016-07-01', '2016-07-02'))).rejects.toMatchObject({
      code: 'INSURANCE_NOT_COVERED',
      details: { field: 'incidentOn' },
    });
    // the accident still inside the period, and once while the claim stands
    await expect(w.svc.fileClaim(staff(), claim(b, '2017-01-02', '2017-01-03'))).rejects.toMatchObject({
      code: 'INSURANCE_ACCIDENT_OUTSIDE_POLICY',
    });
    await expect(w.svc.fileClaim(staff(), claim(b, '2016-07-01', '2016-07-05'))).rejects.toMatchObject({
      code: 'INSURANCE_CLAIM_DUPLICATE',
    });
  });

  it('refuses a filing day before the accident, in the future, or in the past for a role without history.backdate', async () => {
    await expect(w.svc.fileClaim(staff(), claim(b, '2016-08-10', '2016-08-09'))).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      details: { field: 'filedOn', day: '2016-08-09', notBefore: '2016-08-10' },
      messages: {
        zh: expect.stringContaining('出险日期 2016-08-10'),
        en: expect.stringContaining('accident'),
      },
    });
    await expect(w.svc.fileClaim(staff(), claim(b, '2016-08-10', '2026-03-02'))).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    const { personId: _, ...mine } = claim(b, '2016-08-10', '2016-08-11');
    await expect(w.svc.fileClaim(worker(b), mine)).rejects.toMatchObject({
      kind: 'forbidden',
      code: 'BACKDATE_DENIED',
      details: { field: 'filedOn', permission: 'history.backdate' },
    });
    // today is the worker's day: filed now, counted today
    const { filedOn: __, ...today } = mine;
    const { id } = await w.svc.fileClaim(worker(b), today);
    const filed = (await w.svc.listClaims(staff(), { policyId: totals2016 })).items.find((c) => c.id === id);
    expect(filed?.filedOn).toBe('2026-03-01');
  });
});
