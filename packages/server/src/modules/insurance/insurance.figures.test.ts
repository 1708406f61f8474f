import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { createProgramReport, seedPrograms } from '../programs/index.ts';
import type { createInsuranceService } from './insurance.service.ts';
import { approvedSprainClaim, openInsuranceWorld, unionPaidPolicy2026 } from './insurance.test-kit.ts';

/**
 * The insurance statistics and the programs dashboard side by side (ADR 62): a policy insures the outdoor workers
 * and the union pays a claim through the programs ledger. The money both pages count agrees on its day; what they
 * count differently (a policy's insured against a program's approvals, a claim recorded paid against the payment
 * batch) is labelled apart on each page.
 */
describe('insurance figures on the insurance statistics and the programs dashboard', () => {
  let db: Db;
  let t: TestContext;
  let now = new Date('2026-03-01T09:00:00+08:00');
  let ins: ReturnType<typeof createInsuranceService>;

  beforeAll(async () => {
    ({ db, t, ins } = await openInsuranceWorld(() => now));
  });
  afterAll(() => db.close());

  it('counts a union-paid claim on the same day with the same money, and labels the rest for what it counts', async () => {
    const root = await t.newRoot();
    const post = await t.newOrg(root, 'industry', '北京邮政工会');
    const unit = await t.newOrg(post, 'grassroots');
    const couriers: number[] = [];
    for (let i = 0; i < 3; i++) couriers.push((await t.newPerson(unit, { isOutdoor: true })).id);
    await t.newPerson(unit);
    await db.tx((sql) =>
      seedPrograms(sql, new Map([['北京邮政工会', post]]), null, { activity: false, now: TEST_NOW }),
    );
    const clerk = t.actor('staff', post);
    const { id: policyId } = await ins.createPolicy(clerk, {
      ...unionPaidPolicy2026(post.id, 'P-FIGURES'),
      rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
    });
    await ins.sync(clerk, policyId, '2026-01-01');
    now = new Date('2026-05-20T09:00:00+08:00');
    const id = await approvedSprainClaim(ins, t, { policyId, courier: couriers[0], unit, clerk });
    await ins.decide(clerk, id, { action: 'pay' });

    const page = await ins.stats(clerk, { orgId: post.id, fromYear: 2026 });
    const dash = await createProgramReport(db, () => now).report(t.actor('admin', null), {
      orgId: post.id,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    const payout = dash.programs.find((p) => p.name.includes('理赔垫付'));
    // the same claim and the same money, on the day it was recorded paid
    expect(page.total).toMatchObject({ insured: 3, claimsPaid: 1, paidFen: 320_000 });
    expect(payout).toMatchObject({ category: 'insurance', approved: 1, approvedFen: 320_000 });
    expect([payout?.approved, payout?.approvedFen]).toEqual([page.total.claimsPaid, page.total.paidFen]);
    // the payment batch has not paid the worker yet: the dashboard's paid amount waits for it, and says so
    expect(payout?.paidFen).toBe(0);
    const noteOf = (notes: { key: string; note: { zh: string; en: string } }[], key: string) =>
      notes.find((n) => n.key === key)?.note;
    const insurancePrograms = noteOf(dash.notes, 'category.insurance');
    expect(insurancePrograms?.zh).toContain('团体意外险统计');
    expect(insurancePrograms?.zh).toContain('不是保单的参保人次或某日的在保人数');
    expect(insurancePrograms?.zh).toContain('已发放金额按发放批次的支付日期');
    expect(insurancePrograms?.en).toContain('group insurance statistics');
    // the insurance page says which of its figures the dashboard counts, and that program enrolments are not its insured
    expect(noteOf(page.notes, 'claimsPaid')?.zh).toContain('理赔垫付');
    expect(noteOf(page.notes, 'paidFen')?.zh).toContain('理赔垫付');
    for (const key of ['insured', 'states.insured'])
      expect(noteOf(page.notes, key)?.zh).toContain('不是保单的参保人');
    // a report without an insurance program has no such note
    const noInsurance = await createProgramReport(db, () => now).report(t.actor('admin', null), {
      orgId: post.id,
      from: '2026-01-01',
      to: '2026-12-31',
      category: 'relief',
    });
    expect(noteOf(noInsurance.notes, 'category.insurance')).toBeUndefined();
  });
});
