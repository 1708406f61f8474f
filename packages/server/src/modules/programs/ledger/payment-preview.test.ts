import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../../test/test-db.ts';
import type { Db } from '../../../db/db.ts';
import { reviewOne, submitBatch } from '../applications/index.ts';
import {
  appError,
  createProgramsWorld,
  fixedProgram,
  type ProgramsWorld,
  publishedProgram,
} from '../programs.test-kit.ts';
import { findLedger, reverseEntry } from './ledger.service.ts';
import { previewPaymentBatch } from './payment-preview.ts';
import { createPaymentBatch } from './payments.service.ts';

let db: Db;
let w: ProgramsWorld;

beforeAll(async () => {
  db = await createTestDb();
  w = await createProgramsWorld(db);
});
afterAll(async () => db?.close());

/** Approved entitlements of 1,000.00 yuan: two in grassroots A1, one in A2. */
async function approved() {
  const staff = w.staff(w.districtA);
  const program = await publishedProgram(db, staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] }));
  const people = [await w.person(w.grassA1), await w.person(w.grassA1), await w.person(w.grassA2)];
  const r = await submitBatch(db, w.ctx.services.ids, staff, program.id, {
    personIds: people.map((p) => p.id),
  });
  const ids = r.results.map((x) => x.applicationId as number);
  for (const id of ids) await reviewOne(db, staff, id, 'approve');
  return { program, staff, ids };
}

describe('payment batch preview', () => {
  it('lists what a batch would pay, per union and in total, and changes nothing', async () => {
    const { program, staff, ids } = await approved();
    const preview = await previewPaymentBatch(db, staff, { programId: program.id });
    expect(preview).toMatchObject({ itemCount: 3, totalFen: 300_000, orgId: w.districtA.id });
    expect(preview.items.map((i) => i.applicationId).sort()).toEqual([...ids].sort());
    expect(preview.byUnion.map((u) => [u.orgId, u.itemCount, u.totalFen]).sort()).toEqual(
      [
        [w.grassA1.id, 2, 200_000],
        [w.grassA2.id, 1, 100_000],
      ].sort(),
    );
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from payment_batches where program_id = $1',
      [program.id],
    );
    expect(rows[0].n).toBe(0);
    const narrow = await previewPaymentBatch(db, staff, { programId: program.id, orgId: w.grassA2.id });
    expect(narrow).toMatchObject({ itemCount: 1, totalFen: 100_000 });
  });

  it('has the scope of creating: another district’s union is refused', async () => {
    const { program } = await approved();
    const err = await appError(() =>
      previewPaymentBatch(db, w.staff(w.districtB), { programId: program.id, orgId: w.districtA.id }),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(err.code);
  });

  it('creates the batch previewed, with its total; refuses when the payable set changed in between', async () => {
    const { program, staff } = await approved();
    const preview = await previewPaymentBatch(db, staff, { programId: program.id });
    const entries = (await findLedger(db, staff, { programId: program.id })).items;
    await reverseEntry(db, staff, entries[0].id, '重复登记，冲销');
    const expected = {
      applicationIds: preview.items.map((i) => i.applicationId),
      totalFen: preview.totalFen,
    };
    const stale = await appError(() => createPaymentBatch(db, staff, { programId: program.id, expected }));
    expect(stale.code).toBe('PAYMENT_PREVIEW_STALE');
    expect(stale.kind).toBe('conflict');
    expect(stale.messages.zh).toContain('3 笔共 3,000.00 元');
    expect(stale.messages.zh).toContain('2 笔共 2,000.00 元');
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from payment_batches where program_id = $1',
      [program.id],
    );
    expect(rows[0].n).toBe(0);

    const again = await previewPaymentBatch(db, staff, { programId: program.id });
    const batch = await createPaymentBatch(db, staff, {
      programId: program.id,
      expected: { applicationIds: again.items.map((i) => i.applicationId), totalFen: again.totalFen },
    });
    expect(batch).toMatchObject({ itemCount: 2, totalFen: again.totalFen });
    expect(again.totalFen).toBe(200_000);
  });
});
