import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { auditActions } from '../../../../test/factories.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import { changeLines } from '../../audit/index.ts';
import { reviewOne } from '../applications/index.ts';
import { getProgramDetail } from '../program-admin.service.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { findLedger, getReconciliation, reverseEntry } from './ledger.service.ts';
import { exportPaymentBatch } from './payments.export.ts';
import { cancelBatch, createPaymentBatch, getPaymentBatch, markBatchPaid } from './payments.service.ts';

const w = worldPerFile(createProgramsWorld);

/** A published program with `n` approved entitlements of 1,000.00 yuan in district A. */
async function approvedProgram(n: number, over: Parameters<typeof fixedProgram>[1] = {}) {
  const staff = w.staff(w.districtA);
  const program = await w.publishedProgram(
    staff,
    fixedProgram(w.districtA.id, { intakeModes: ['batch'], ...over }),
  );
  const people = [];
  for (let i = 0; i < n; i++) people.push(await w.person(i % 2 ? w.grassA1 : w.grassA2));
  const r = await w.ctx.services.programs.batch(staff, program.id, {
    personIds: people.map((p) => p.id),
  });
  for (const x of r.results) await reviewOne(w.db, staff, x.applicationId as number, 'approve', {}, TEST_NOW);
  const ledger = await findLedger(w.db, staff, { programId: program.id });
  return { program, people, entries: ledger.items, staff };
}

async function snapshot(programId: number) {
  const { rows } = await w.db.query(
    `select (select count(*) from payment_batches where program_id = $1) as batches,
            (select count(*) from payment_items where program_id = $1) as items,
            (select count(*) from ledger_entries where program_id = $1) as entries,
            (select count(*) from audit_log where entity = 'payment_batch') as audits`,
    [programId],
  );
  return rows[0];
}

describe('the ledger is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on ledger entries at the database', async () => {
    const { entries } = await approvedProgram(1);
    const id = entries[0].id;
    await expect(w.db.query('update ledger_entries set amount_fen = 1 where id = $1', [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(w.db.query('delete from ledger_entries where id = $1', [id])).rejects.toThrow(/append-only/);
    await expect(w.db.query('truncate ledger_entries cascade')).rejects.toThrow(/append-only/);
    const { rows } = await w.db.query<{ amount: number }>(
      'select amount_fen as amount from ledger_entries where id = $1',
      [id],
    );
    expect(rows[0].amount).toBe(100_000);
  });

  it('a correction is a reversing entry with a reason; it gives back the quota place and budget and is not paid', async () => {
    const { program, entries, staff } = await approvedProgram(3, { quota: 3 });
    const target = entries[0];
    expect((await appError(() => reverseEntry(w.db, staff, target.id, '  ', undefined, TEST_NOW))).code).toBe(
      'PROGRAM_INVALID',
    );
    const reversal = await reverseEntry(w.db, staff, target.id, '重复发放，予以冲销', undefined, TEST_NOW);
    // the log says an amount reversed, not the entry's amount taken away
    const { rows: logged } = await w.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'ledger.reverse' and entity_id = $1`,
      [String(target.id)],
    );
    expect(changeLines('ledger_entry', logged[0].before, logged[0].after, { lang: 'zh' })).toEqual([
      '原因：重复发放，予以冲销',
      `冲正台账号：#${reversal?.id}`,
      '冲正金额：¥1,000.00',
    ]);
    expect(reversal).toMatchObject({
      kind: 'reversal',
      amountFen: -100_000,
      reversesId: target.id,
      reason: '重复发放，予以冲销',
    });
    expect(
      (await appError(() => reverseEntry(w.db, staff, target.id, '再次', undefined, TEST_NOW))).code,
    ).toBe('LEDGER_ENTRY_NOT_REVERSIBLE');
    expect(
      (await appError(() => reverseEntry(w.db, staff, reversal?.id as number, 'x', undefined, TEST_NOW)))
        .code,
    ).toBe('LEDGER_ENTRY_NOT_REVERSIBLE');
    expect(
      (await appError(() => reverseEntry(w.db, w.staff(w.grassA1), entries[1].id, 'x', undefined, TEST_NOW)))
        .code,
    ).toBe('NOT_FOUND');
    const detail = await getProgramDetail(w.db, staff, program.id);
    expect(detail.usage.find((u) => u.periodKey === '2026')).toMatchObject({
      quotaUsed: 2,
      budgetUsedFen: 200_000,
    });

    const rec = await getReconciliation(w.db, staff, program.id);
    expect(rec).toMatchObject({
      approvedFen: 300_000,
      reversedFen: 100_000,
      unpaidFen: 200_000,
      paidFen: 0,
      balanced: true,
    });
    const batch = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    expect(batch.itemCount).toBe(2);
    expect(batch.totalFen).toBe(200_000);
    const items = (await getPaymentBatch(w.db, staff, batch.id)).items.map((i) => i.ledgerEntryId);
    expect(items).not.toContain(target.id);
    expect(
      (await appError(() => reverseEntry(w.db, staff, entries[1].id, 'x', undefined, TEST_NOW))).code,
    ).toBe('LEDGER_ENTRY_NOT_REVERSIBLE');
  });
});

describe('who may reverse an entry, as the list says it', () => {
  it('offers 冲正 to the staff of the owner on an open entitlement only; a union below the owner sees its entries, not the button', async () => {
    const { program, entries, staff } = await approvedProgram(3);
    const reversible = async (who: typeof staff) =>
      Object.fromEntries(
        (await findLedger(w.db, who, { programId: program.id })).items.map((e) => [e.id, e.reversible]),
      );
    const [a, b, c] = entries.map((e) => e.id);
    expect(await reversible(staff)).toEqual({ [a]: true, [b]: true, [c]: true });
    // grassroots staff below the owner see their own entries, and the server refuses them the reversal
    const below = w.staff(w.grassA1);
    const theirs = await reversible(below);
    expect(Object.keys(theirs).length).toBeGreaterThan(0);
    expect(Object.values(theirs).every((v) => v === false)).toBe(true);
    const mine = Number(Object.keys(theirs)[0]);
    expect((await appError(() => reverseEntry(w.db, below, mine, 'x', undefined, TEST_NOW))).code).toBe(
      'NOT_FOUND',
    );
    // reversed, a reversal, or in a payment batch: nothing to offer
    const reversal = await reverseEntry(w.db, staff, a, '重复发放', undefined, TEST_NOW);
    await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    expect(await reversible(staff)).toEqual({
      [a]: false,
      [b]: false,
      [c]: false,
      [reversal?.id as number]: false,
    });
  });
});

describe('payment batches', () => {
  it('a retried request with the same key returns the same batch; nothing is ever paid twice', async () => {
    const { program, staff } = await approvedProgram(4);
    const first = await createPaymentBatch(w.db, staff, { programId: program.id }, 'key-abc-1', TEST_NOW);
    expect(first).toMatchObject({ itemCount: 4, totalFen: 400_000, status: 'draft', replayed: false });
    const retry = await createPaymentBatch(w.db, staff, { programId: program.id }, 'key-abc-1', TEST_NOW);
    expect(retry).toMatchObject({ id: first.id, replayed: true });
    const viaBody = await createPaymentBatch(
      w.db,
      staff,
      { programId: program.id, requestId: 'key-abc-1' },
      undefined,
      TEST_NOW,
    );
    expect(viaBody.id).toBe(first.id);
    const other = await approvedProgram(1);
    const reused = await appError(() =>
      createPaymentBatch(w.db, staff, { programId: other.program.id }, 'key-abc-1', TEST_NOW),
    );
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const nothing = await appError(() =>
      createPaymentBatch(w.db, staff, { programId: program.id }, 'key-abc-2', TEST_NOW),
    );
    expect(nothing.code).toBe('PAYMENT_NOTHING_TO_PAY');

    const paid = await markBatchPaid(w.db, staff, first.id, '京卡发放 2026-11', undefined, TEST_NOW);
    expect(paid.status).toBe('paid');
    expect((await markBatchPaid(w.db, staff, first.id, undefined, undefined, TEST_NOW)).status).toBe('paid');
    expect((await appError(() => cancelBatch(w.db, staff, first.id))).code).toBe('PAYMENT_BATCH_STATUS');
    const rec = await getReconciliation(w.db, staff, program.id);
    expect(rec).toMatchObject({ approvedFen: 400_000, paidFen: 400_000, unpaidFen: 0, balanced: true });
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*) as n from payment_batches where program_id = $1',
      [program.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a cancelled batch frees its entitlements for a new batch', async () => {
    const { program, staff } = await approvedProgram(2);
    const b1 = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    await cancelBatch(w.db, staff, b1.id, '金额核对有误');
    const b2 = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    expect(b2.itemCount).toBe(2);
    expect((await getReconciliation(w.db, staff, program.id)).inBatchFen).toBe(200_000);
  });

  it('a crash in the middle of creating a batch leaves nothing behind', async () => {
    const { program, staff } = await approvedProgram(3);
    const before = await snapshot(program.id);
    const recBefore = await getReconciliation(w.db, staff, program.id);
    await expect(
      createPaymentBatch(w.db, staff, { programId: program.id }, 'crash-key', TEST_NOW, {
        afterItems: async (sql, batchId) => {
          const { rows } = await sql.query<{ n: number }>(
            'select count(*) as n from payment_items where batch_id = $1',
            [batchId],
          );
          expect(rows[0].n).toBe(3);
          throw new Error('process killed');
        },
      }),
    ).rejects.toThrow('process killed');
    expect(await snapshot(program.id)).toEqual(before);
    expect(await getReconciliation(w.db, staff, program.id)).toEqual(recBefore);
    const retried = await createPaymentBatch(w.db, staff, { programId: program.id }, 'crash-key', TEST_NOW);
    expect(retried).toMatchObject({ itemCount: 3, replayed: false });
  });

  it('exports the bank sheet: full ID, bank account and 京卡 numbers for roles that may see them (audited), masked otherwise; amounts in yuan', async () => {
    const { program, staff, people } = await approvedProgram(2);
    await w.ctx.services.people.updatePerson(staff, people[0].id, {
      bankAccount: '6222020200112233445',
      jingka: '62146800012345678',
    });
    const batch = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    const full = await exportPaymentBatch(w.db, w.ctx.services.ids, staff, batch.id, TEST_NOW, {
      confirmMissing: true,
    });
    const sheet = await readSheet(full.buffer, full.fileName);
    // named by its program and union and the day, never by its id; full ID numbers are not 脱敏
    const { orgName } = await getPaymentBatch(w.db, staff, batch.id);
    expect(full.fileName).toBe(`${program.name}-${orgName}-发放批次（截至${TEST_TODAY}）.xlsx`);
    expect(sheet.headers.slice(0, 6)).toEqual(['序号', '姓名', '身份证号', '所在工会', '银行卡号', '京卡号']);
    expect(sheet.headers[6]).toBe('金额（元）');
    expect(sheet.rows).toHaveLength(3);
    const ids = sheet.rows.slice(0, 2).map((r) => r.cells[2]);
    for (const id of ids) expect(id).toMatch(/^\d{17}[\dX]$/);
    const first = sheet.rows.find((r) => r.cells[1] === people[0].name);
    expect(first?.cells.slice(4, 6)).toEqual(['6222020200112233445', '62146800012345678']);
    // amounts and their total are numbers (shown 0.00), so that Excel sums them
    expect(sheet.rows.map((r) => r.cells[6])).toEqual(['1000', '1000', '2000']);
    // the federation's sheet is Chinese, its total row too (ADR 154)
    expect(sheet.rows[2].cells[1]).toBe('合计');
    const book = XLSX.read(full.buffer, { type: 'buffer', cellNF: true });
    for (const ref of ['G2', 'G4']) {
      const amount = book.Sheets[book.SheetNames[0]][ref];
      expect({ t: amount.t, z: amount.z }).toEqual({ t: 'n', z: '0.00' });
    }
    expect(await auditActions(w.db, 'payment_batch', batch.id)).toEqual([
      'payment_batch.create',
      'payment_batch.export.id_numbers',
    ]);
    expect((await getPaymentBatch(w.db, staff, batch.id)).status).toBe('exported');

    const masked = await exportPaymentBatch(
      w.db,
      w.ctx.services.ids,
      w.reviewer(w.districtA),
      batch.id,
      TEST_NOW,
      {
        confirmMissing: true,
      },
    );
    const rows = (await readSheet(masked.buffer, masked.fileName)).rows;
    expect(masked.fileName).toMatch(/-发放批次（截至\d{4}-\d{2}-\d{2}，脱敏）\.xlsx$/);
    expect(rows[0].cells[2]).toMatch(/\*/);
    expect(people.map((p) => p.idMasked)).toContain(rows[0].cells[2]);
    const maskedFirst = rows.find((r) => r.cells[1] === people[0].name);
    expect(maskedFirst?.cells.slice(4, 6)).toEqual(['6222***********3445', '6214*********5678']);
  });
});
