import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { readSheet } from '../../../shared/sheet-reader.ts';
import { reviewOne } from '../applications/index.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { findLedger, reverseEntry } from './ledger.service.ts';
import { previewPaymentBatch } from './payment-preview.ts';
import { exportPaymentBatch } from './payments.export.ts';
import { createPaymentBatch, getPaymentBatch } from './payments.service.ts';

const w = worldPerFile(createProgramsWorld);

/** Approved entitlements of 1,000.00 yuan: two in grassroots A1, one in A2. */
async function approved() {
  const staff = w.staff(w.districtA);
  const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id, { intakeModes: ['batch'] }));
  const people = [await w.person(w.grassA1), await w.person(w.grassA1), await w.person(w.grassA2)];
  const r = await w.ctx.services.programs.batch(staff, program.id, {
    personIds: people.map((p) => p.id),
  });
  const ids = r.results.map((x) => x.applicationId as number);
  for (const id of ids) await reviewOne(w.db, staff, id, 'approve', {}, TEST_NOW);
  return { program, staff, ids };
}

describe('payment batch preview', () => {
  it('lists what a batch would pay, per union and in total, and changes nothing', async () => {
    const { program, staff, ids } = await approved();
    const preview = await previewPaymentBatch(w.db, staff, { programId: program.id });
    expect(preview).toMatchObject({ itemCount: 3, totalFen: 300_000, orgId: w.districtA.id });
    expect(preview.items.map((i) => i.applicationId).sort()).toEqual([...ids].sort());
    expect(preview.byUnion.map((u) => [u.orgId, u.itemCount, u.totalFen]).sort()).toEqual(
      [
        [w.grassA1.id, 2, 200_000],
        [w.grassA2.id, 1, 100_000],
      ].sort(),
    );
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from payment_batches where program_id = $1',
      [program.id],
    );
    expect(rows[0].n).toBe(0);
    const narrow = await previewPaymentBatch(w.db, staff, { programId: program.id, orgId: w.grassA2.id });
    expect(narrow).toMatchObject({ itemCount: 1, totalFen: 100_000 });
  });

  it('has the scope of creating: another district’s union is refused', async () => {
    const { program } = await approved();
    const err = await appError(() =>
      previewPaymentBatch(w.db, w.staff(w.districtB), { programId: program.id, orgId: w.districtA.id }),
    );
    expect(err.code).toBe('NOT_FOUND');
  });

  it('creates the batch previewed, with its total; refuses when the payable set changed in between', async () => {
    const { program, staff } = await approved();
    const preview = await previewPaymentBatch(w.db, staff, { programId: program.id });
    const entries = (await findLedger(w.db, staff, { programId: program.id })).items;
    await reverseEntry(w.db, staff, entries[0].id, '重复登记，冲销', undefined, TEST_NOW);
    const expected = {
      applicationIds: preview.items.map((i) => i.applicationId),
      totalFen: preview.totalFen,
    };
    const stale = await appError(() =>
      createPaymentBatch(w.db, staff, { programId: program.id, expected }, undefined, TEST_NOW),
    );
    expect(stale.code).toBe('PAYMENT_PREVIEW_STALE');
    expect(stale.kind).toBe('conflict');
    expect(stale.messages.zh).toContain('3 笔共 3,000.00 元');
    expect(stale.messages.zh).toContain('2 笔共 2,000.00 元');
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*)::int as n from payment_batches where program_id = $1',
      [program.id],
    );
    expect(rows[0].n).toBe(0);

    const again = await previewPaymentBatch(w.db, staff, { programId: program.id });
    const batch = await createPaymentBatch(
      w.db,
      staff,
      {
        programId: program.id,
        expected: { applicationIds: again.items.map((i) => i.applicationId), totalFen: again.totalFen },
      },
      undefined,
      TEST_NOW,
    );
    expect(batch).toMatchObject({ itemCount: 2, totalFen: again.totalFen });
    expect(again.totalFen).toBe(200_000);
  });

  it('flags the people without an account for the batch’s method before the sheet leaves', async () => {
    const { program, staff, ids } = await approved();
    const people = (await previewPaymentBatch(w.db, staff, { programId: program.id })).items;
    const [withBank, withJingka, withNone] = people;
    await w.ctx.services.people.updatePerson(staff, withBank.personId as number, {
      bankAccount: '6222020200112233445',
    });
    await w.ctx.services.people.updatePerson(staff, withJingka.personId as number, {
      jingka: '62146800012345678',
    });

    const byBank = await previewPaymentBatch(w.db, staff, { programId: program.id });
    expect(byBank.method).toBe('bank');
    expect(byBank.withoutAccount.map((m) => m.personId).sort()).toEqual(
      [withJingka.personId, withNone.personId].sort(),
    );
    const byCard = await previewPaymentBatch(w.db, staff, { programId: program.id, method: 'jingka' });
    expect(byCard.withoutAccount.map((m) => m.personId).sort()).toEqual(
      [withBank.personId, withNone.personId].sort(),
    );
    const lacking = byCard.withoutAccount.find((m) => m.personId === withNone.personId);
    expect(lacking).toMatchObject({
      personName: withNone.personName,
      personIdMasked: withNone.personIdMasked,
    });
    expect(lacking?.personIdMasked).toMatch(/\*/);

    const batch = await createPaymentBatch(
      w.db,
      staff,
      { programId: program.id, method: 'jingka' },
      undefined,
      TEST_NOW,
    );
    expect(batch.method).toBe('jingka');
    const detail = await getPaymentBatch(w.db, staff, batch.id);
    expect(detail.withoutAccount.map((m) => m.applicationId).sort()).toEqual(
      ids.filter((id) => id !== withJingka.applicationId).sort(),
    );

    // The export is refused, naming them, and changes nothing …
    const refused = await appError(() =>
      exportPaymentBatch(w.db, w.ctx.services.ids, staff, batch.id, TEST_NOW),
    );
    expect(refused.code).toBe('PAYMENT_ACCOUNT_MISSING');
    expect(refused.kind).toBe('conflict');
    expect(refused.messages.zh).toContain('2 人没有京卡号');
    expect(refused.messages.zh).toContain(withNone.personName as string);
    expect(refused.messages.zh).toContain(withNone.personIdMasked as string);
    expect(refused.messages.en).toContain('2 people have no Jingka card number');
    expect((await getPaymentBatch(w.db, staff, batch.id)).status).toBe('draft');

    // … unless the clerk confirms: the sheet notes who lacks the number.
    const file = await exportPaymentBatch(w.db, w.ctx.services.ids, staff, batch.id, TEST_NOW, {
      confirmMissing: true,
    });
    const sheet = await readSheet(file.buffer, file.fileName);
    expect(sheet.headers[10]).toBe('备注');
    const noteOf = (name: string | null) => sheet.rows.find((r) => r.cells[1] === name)?.cells[10] ?? '';
    expect(noteOf(withNone.personName)).toBe('缺京卡号');
    expect(noteOf(withBank.personName)).toBe('缺京卡号');
    expect(noteOf(withJingka.personName)).toBe('');
    expect((await getPaymentBatch(w.db, staff, batch.id)).status).toBe('exported');
    const { rows } = await w.db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where entity = 'payment_batch' and entity_id = $1 and action like 'payment_batch.export%'`,
      [String(batch.id)],
    );
    expect(rows[0].after).toMatchObject({ withoutAccount: 2, confirmed: true });
  });
});
