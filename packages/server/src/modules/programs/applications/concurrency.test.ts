import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { dbKind } from '../../../../test/test-db.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { createPaymentBatch, getReconciliation, markBatchPaid } from '../ledger/index.ts';
import { createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { reviewOne } from './review.service.ts';

/**
 * Quota and budget hold under concurrent final approvals by different reviewers. On PostgreSQL the
 * approvals really run at once (one pool connection each); PGlite has one connection, so there they
 * interleave transaction by transaction.
 */
const w = worldPerFile(createProgramsWorld);

async function pending(programId: number, n: number) {
  const people = [];
  for (let i = 0; i < n; i++) people.push(await w.person(i % 2 ? w.grassA1 : w.grassA2));
  const r = await w.ctx.services.programs.batch(w.staff(w.districtA), programId, {
    personIds: people.map((p) => p.id),
    appliedOn: '2026-03-01',
  });
  expect(r.created).toBe(n);
  return r.results.map((x) => x.applicationId as number);
}

async function approveAllAtOnce(ids: number[]) {
  const settled = await Promise.allSettled(
    ids.map((id) => reviewOne(w.db, w.staff(w.districtA), id, 'approve', {}, TEST_NOW)),
  );
  const codes = settled.map((s) =>
    s.status === 'fulfilled' ? 'approved' : (s.reason as { code?: string }).code,
  );
  return codes;
}

describe(`concurrent final approvals (${dbKind()})`, () => {
  it('50 approvals against a quota of 10: exactly 10 approved, the rest refused as quota exhausted', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, { quota: 10, intakeModes: ['batch'] }),
    );
    const ids = await pending(program.id, 50);
    const codes = await approveAllAtOnce(ids);
    expect(codes.filter((c) => c === 'approved')).toHaveLength(10);
    expect(codes.filter((c) => c === 'PROGRAM_QUOTA_EXHAUSTED')).toHaveLength(40);
    const { rows } = await w.db.query<{ approved: number; used: number; entries: number }>(
      `select (select count(*) from applications where program_id = $1 and status = 'approved') as approved,
              (select quota_used from program_usage where program_id = $1 and period_key = '2026') as used,
              (select count(*) from ledger_entries where program_id = $1) as entries`,
      [program.id],
    );
    expect(rows[0]).toEqual({ approved: 10, used: 10, entries: 10 });
    const rec = await getReconciliation(w.db, w.staff(w.districtA), program.id);
    expect(rec).toMatchObject({
      approvedFen: 1_000_000,
      reversedFen: 0,
      paidFen: 0,
      unpaidFen: 1_000_000,
      balanced: true,
    });
  });

  it('30 approvals against a budget for 7: the budget is never exceeded', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, { budgetFen: 7 * 100_000 + 99_999, intakeModes: ['batch'] }),
    );
    const ids = await pending(program.id, 30);
    const codes = await approveAllAtOnce(ids);
    expect(codes.filter((c) => c === 'approved')).toHaveLength(7);
    expect(codes.filter((c) => c === 'PROGRAM_BUDGET_EXCEEDED')).toHaveLength(23);
    const { rows } = await w.db.query<{ used: number; sum: number }>(
      `select (select budget_used_fen from program_usage where program_id = $1 and period_key = '2026') as used,
              (select sum(amount_fen) from ledger_entries where program_id = $1) as sum`,
      [program.id],
    );
    expect(rows[0]).toEqual({ used: 700_000, sum: 700_000 });
  });

  it('two payment batches created at once never share an entitlement; reconciliation balances after paying', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, { intakeModes: ['batch'] }),
    );
    const ids = await pending(program.id, 12);
    await approveAllAtOnce(ids);
    const [a, b] = await Promise.allSettled([
      createPaymentBatch(w.db, w.staff(w.districtA), { programId: program.id }, undefined, TEST_NOW),
      createPaymentBatch(w.db, w.staff(w.districtA), { programId: program.id }, undefined, TEST_NOW),
    ]);
    const made = [a, b]
      .filter((x) => x.status === 'fulfilled')
      .map((x) => (x as PromiseFulfilledResult<{ id: number; itemCount: number }>).value);
    expect(made.reduce((s, x) => s + x.itemCount, 0)).toBe(12);
    const { rows } = await w.db.query<{ items: number; distinct: number }>(
      `select count(*) as items, count(distinct ledger_entry_id) as distinct from payment_items where program_id = $1`,
      [program.id],
    );
    expect(rows[0]).toEqual({ items: 12, distinct: 12 });
    for (const b of made)
      await markBatchPaid(w.db, w.staff(w.districtA), b.id, undefined, undefined, TEST_NOW);
    const rec = await getReconciliation(w.db, w.staff(w.districtA), program.id);
    expect(rec).toMatchObject({ approvedFen: 1_200_000, paidFen: 1_200_000, unpaidFen: 0, balanced: true });
  });
});
