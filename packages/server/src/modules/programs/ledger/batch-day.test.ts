import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import { reviewOne } from '../applications/index.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { exportPaymentBatch } from './payments.export.ts';
import { createPaymentBatch, getPaymentBatch, markBatchPaid } from './payments.service.ts';

const w = worldPerFile(createProgramsWorld);

/** A program with two 2020 applications of district A, approved on `approvedOn` (a past day) by its staff. */
async function approvedIn2020(approvedOn: string[]) {
  const staff = w.staff(w.districtA);
  const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] }));
  const people = [];
  for (const _ of approvedOn) people.push(await w.person(w.grassA1));
  const r = await w.ctx.services.programs.batch(staff, program.id, {
    personIds: people.map((p) => p.id),
    appliedOn: '2020-05-10',
  });
  for (const [i, x] of r.results.entries()) {
    await reviewOne(
      w.db,
      staff,
      x.applicationId as number,
      'approve',
      { effectiveOn: approvedOn[i] },
      TEST_NOW,
    );
  }
  return { program, staff };
}

const batchCount = async (programId: number) =>
  (
    await w.db.query<{ n: number }>('select count(*)::int as n from payment_batches where program_id = $1', [
      programId,
    ])
  ).rows[0].n;

describe('the day a payment batch was made (补录)', () => {
  it('defaults to today', async () => {
    const { program, staff } = await approvedIn2020(['2020-06-15']);
    const batch = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    expect(batch.effectiveOn).toBe(TEST_TODAY);
  });

  it('refuses a future day, a day before the latest approval it pays and a past day without history.backdate; each names both dates and leaves nothing', async () => {
    const { program, staff } = await approvedIn2020(['2020-06-15', '2020-06-20']);

    const future = await appError(() =>
      createPaymentBatch(
        w.db,
        staff,
        { programId: program.id, effectiveOn: '2199-01-01' },
        undefined,
        TEST_NOW,
      ),
    );
    expect(future).toMatchObject({ code: 'EFFECTIVE_IN_FUTURE', kind: 'invalid' });
    expect(future.messages.zh).toContain('建批日期 2199-01-01 晚于今天');

    const early = await appError(() =>
      createPaymentBatch(
        w.db,
        staff,
        { programId: program.id, effectiveOn: '2020-06-18' },
        undefined,
        TEST_NOW,
      ),
    );
    expect(early).toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR', details: { field: 'effectiveOn' } });
    expect(early.messages.zh).toBe('建批日期 2020-06-18 早于其中最晚的批准日期 2020-06-20');
    expect(early.messages.en).toBe(
      'The batch date 2020-06-18 is before the latest approval date in it 2020-06-20',
    );

    // a role without history.backdate (a reviewer) may not back-date
    const denied = await appError(() =>
      createPaymentBatch(
        w.db,
        w.reviewer(w.districtA),
        { programId: program.id, effectiveOn: '2020-07-01' },
        undefined,
        TEST_NOW,
      ),
    );
    expect(denied).toMatchObject({ code: 'BACKDATE_DENIED', kind: 'forbidden' });
    expect(await batchCount(program.id)).toBe(0);

    const batch = await createPaymentBatch(
      w.db,
      staff,
      { programId: program.id, effectiveOn: '2020-06-20' },
      undefined,
      TEST_NOW,
    );
    expect(batch).toMatchObject({ effectiveOn: '2020-06-20', itemCount: 2 });
    expect(batch.createdAt.getTime()).toBeGreaterThan(Date.parse('2025-01-01'));
    const { rows } = await w.db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where entity = 'payment_batch' and entity_id = $1 and action = 'payment_batch.create'`,
      [String(batch.id)],
    );
    expect(rows[0].after).toMatchObject({ effectiveOn: '2020-06-20' });

    // Paid not before the day the batch was made.
    const paidEarly = await appError(() =>
      markBatchPaid(w.db, staff, batch.id, null, '2020-06-19', TEST_NOW),
    );
    expect(paidEarly.messages.zh).toContain('2020-06-19');
    const paid = await markBatchPaid(w.db, staff, batch.id, null, '2020-06-28', TEST_NOW);
    expect(paid.status).toBe('paid');
  });

  it('the sheet shows the approval day of each row, the batch day and the day it was entered', async () => {
    const { program, staff } = await approvedIn2020(['2020-06-15']);
    const batch = await createPaymentBatch(
      w.db,
      staff,
      { programId: program.id, effectiveOn: '2020-06-16' },
      undefined,
      TEST_NOW,
    );
    const file = await exportPaymentBatch(w.db, w.ctx.services.ids, staff, batch.id, TEST_NOW, {
      confirmMissing: true,
    });
    const sheet = await readSheet(file.buffer, file.fileName);
    expect(sheet.headers[9]).toBe('批准日期');
    expect(sheet.rows[0].cells[9]).toBe('2020-06-15');
    const facts = await readSheet(file.buffer, file.fileName, {
      isHeader: (cells) => cells[0] === '项目' && cells[1] === '内容',
    });
    const value = (label: string) => facts.rows.find((r) => r.cells[0].startsWith(label))?.cells[1];
    // entered: the day the database recorded the batch
    const entered = todayInChina(new Date((await getPaymentBatch(w.db, staff, batch.id)).createdAt));
    expect(entered > '2020-06-16').toBe(true);
    // each a day an auditor can sort and filter (a date cell): the batch's day, and later the day it was entered (补录)
    expect(value('建批日期')).toBe('2020-06-16');
    expect(value('录入日期')).toBe(entered);
    expect((await getPaymentBatch(w.db, staff, batch.id)).effectiveOn).toBe('2020-06-16');
  });
});
