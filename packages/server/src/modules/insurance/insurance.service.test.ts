import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { seedInsurance } from './insurance.demo.ts';
import { createInsuranceService } from './insurance.service.ts';

describe('group accident insurance', () => {
  let db: Db;
  let t: TestContext;
  let now = new Date('2026-03-01T09:00:00+08:00');
  let ins: ReturnType<typeof createInsuranceService>;
  let post: OrgRow;
  let team: OrgRow;
  let other: OrgRow;
  let outdoor: number[];
  let indoor: number;

  beforeAll(async () => {
    db = await createTestDb();
    t = createTestContext(db);
    ins = createInsuranceService(db, () => now);
    const root = await t.newRoot();
    post = await t.newOrg(root, 'industry', `测试邮政工会${t.unique()}`);
    team = await t.newOrg(post, 'grassroots');
    other = await t.newOrg(root, 'district');
    outdoor = [];
    for (let i = 0; i < 3; i++)
      outdoor.push((await t.newPerson(team, { isOutdoor: true, isFrontLine: true })).id);
    indoor = (await t.newPerson(team)).id;
  });
  afterAll(() => db.close());

  const staff = () => t.actor('staff', post);
  const policy = (policyNo: string) =>
    ins.createPolicy(staff(), {
      orgId: post.id,
      insurer: '测试保险公司',
      policyNo,
      title: '2026年度外勤职工团体意外险',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      premiumFen: 36_500,
      cover: '意外医疗1万元',
      rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
    });

  it('insures by the rule from the register, keeps it in step by dated changes, and charges by the days covered', async () => {
    const { id } = await policy('P-1');
    await expect(policy('P-1')).rejects.toMatchObject({ code: 'INSURANCE_POLICY_DUPLICATE' });
    expect(await ins.sync(staff(), id, '2026-01-01')).toMatchObject({ added: 3, removed: 0, insured: 3 });
    expect(await ins.sync(staff(), id, '2026-01-01')).toMatchObject({ added: 0, removed: 0 });
    // one outdoor worker moves to a union outside the policy on 1 July: covered to 30 June
    await t.services.people.transferMember(
      t.actor('admin', null),
      outdoor[0],
      (await t.newOrg(other, 'grassroots')).id,
      '2026-07-01',
    );
    expect(await ins.sync(staff(), id, '2026-07-01')).toMatchObject({ added: 0, removed: 1, insured: 2 });
    const p = await ins.getPolicy(staff(), id);
    // 2 people × 365 days + 181 days (1 January – 30 June) at ¥365 a year: exactly ¥1 a day
    expect(p).toMatchObject({ people: 3, personDays: 2 * 365 + 181, dueFen: (2 * 365 + 181) * 100 });
    await expect(ins.sync(staff(), id, '2027-01-05')).rejects.toMatchObject({
      code: 'INSURANCE_SYNC_OUTSIDE',
    });
    const xlsx = await ins.insuredXlsx(staff(), id);
    const sheet = await readSheet(xlsx.file, xlsx.name);
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows.some((r) => r.cells[7] === '2026-06-30' && r.cells[8] === '会员关系终止')).toBe(true);
    expect(sheet.rows.every((r) => r.cells[2].includes('*'))).toBe(true);
    await expect(ins.getPolicy(t.actor('staff', other), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes a claim from the worker to the insurer’s payout, once, and counts it', async () => {
    const { id: policyId } = await policy('P-2');
    await ins.sync(staff(), policyId, '2026-01-01');
    const worker = t.actor('worker', null, outdoor[1]);
    now = new Date('2026-02-10T09:00:00+08:00');
    const claim = {
      policyId,
      kind: 'medical' as const,
      incidentOn: '2026-02-08',
      place: '朝阳路口',
      description: '雪天路滑摔倒，手腕扭伤',
      documents: ['诊断证明', '医疗费用发票'],
    };
    await expect(ins.fileClaim(t.actor('worker', null, indoor), claim)).rejects.toMatchObject({
      code: 'INSURANCE_NOT_COVERED',
    });
    await expect(ins.fileClaim(worker, { ...claim, documents: ['结婚证'] })).rejects.toMatchObject({
      code: 'INSURANCE_DOCUMENT_UNKNOWN',
    });
    const { id } = await ins.fileClaim(worker, claim);
    now = new Date('2026-03-20T09:00:00+08:00');
    let mine = await ins.myInsurance(worker);
    expect(mine.claims[0]).toMatchObject({ id, status: 'filed', overdue: true, daysOpen: 38 });
    await expect(ins.decide(staff(), id, { action: 'pay' })).rejects.toMatchObject({
      code: 'INSURANCE_CLAIM_STATE',
    });
    await ins.decide(staff(), id, { action: 'forward' });
    await expect(ins.decide(staff(), id, { action: 'approve' })).rejects.toMatchObject({
      code: 'INSURANCE_PAYOUT',
    });
    await ins.decide(staff(), id, { action: 'approve', payoutFen: 500_000 });
    // two clerks record the payment at once: it is recorded once
    const paid = await Promise.allSettled([
      ins.decide(staff(), id, { action: 'pay' }),
      ins.decide(staff(), id, { action: 'pay' }),
    ]);
    expect(paid.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    mine = await ins.myInsurance(worker);
    expect(mine.claims[0]).toMatchObject({ status: 'paid', payoutFen: 500_000, overdue: false });
    expect(mine.policies.map((p) => p.policyId)).toContain(policyId);
    const stats = await ins.stats(staff(), { fromYear: 2026, toYear: 2026 });
    expect(stats.total).toMatchObject({ claimsFiled: 1, claimsPaid: 1, paidFen: 500_000 });
    await expect(ins.listClaims(t.actor('staff', other), {})).resolves.toEqual([]);
  });

  it('gives back the seed’s seven years: ¥3,019,700, about 8,000 insured a year, 13 claims paid, one of ¥5,000', async () => {
    const root = await t.newRoot();
    const postUnion = await t.newOrg(root, 'industry', '北京邮政工会');
    const unit = await t.newOrg(postUnion, 'grassroots');
    for (let i = 0; i < 4; i++) await t.newPerson(unit, { isOutdoor: i % 2 === 0, joinedOn: '2010-01-01' });
    expect(await seedInsurance(db, '2026-03-01')).toEqual({ policies: 8, claims: 13 });
    const clerk = t.actor('staff', postUnion);
    const s = await ins.stats(clerk, { fromYear: 2014, toYear: 2020 });
    expect(s.total).toMatchObject({ policies: 7, premiumFen: 301_970_000, claimsPaid: 13 });
    expect(s.years.every((y) => y.insured >= 7800 && y.insured <= 8100)).toBe(true);
    const claims = await ins.listClaims(clerk, {});
    expect(claims.filter((c) => c.payoutFen === 500_000 && c.description.includes('下雪天'))).toHaveLength(1);
    // any days (issue 23): a claim filed on 2016-03-18 and paid on 2016-04-11; the 2016 policy covered 8,000
    const march = await ins.stats(clerk, { from: '2016-03-01', to: '2016-03-31' });
    expect(march).toMatchObject({ from: '2016-03-01', to: '2016-03-31', asOf: '2016-03-31' });
    expect(march.years).toHaveLength(1);
    expect(march.total).toMatchObject({ policies: 0, claimsFiled: 1, claimsPaid: 0, paidFen: 0 });
    expect(march.states).toEqual({ inForce: 1, insured: 8000, openClaims: 1 });
    const spring = await ins.stats(clerk, { from: '2016-01-01', to: '2016-04-30' });
    expect(spring.total).toMatchObject({ policies: 1, claimsFiled: 1, claimsPaid: 1, paidFen: 360_000 });
    expect(spring.states).toEqual({ inForce: 1, insured: 8000, openClaims: 0 });
    // a range of years still reads as years; states on the last day of 2020 (its policy in force that day)
    const years = await ins.stats(clerk, { fromYear: 2016, toYear: 2020 });
    expect(years).toMatchObject({ from: '2016-01-01', to: '2020-12-31', fromYear: 2016, toYear: 2020 });
    expect(years.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(years.states.inForce).toBe(1);
    await expect(ins.stats(clerk, { from: '2016-05-01', to: '2016-04-01' })).rejects.toMatchObject({
      code: 'STATS_PERIOD_INVALID',
    });
  });
});
