import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { createPaymentBatch, markBatchPaid } from '../ledger/index.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { applyAsWorker, getApplicationDetail } from './applications.service.ts';
import { getMyApplication, getMyApplicationFile, listMyApplications, listMyPayments } from './me.service.ts';
import { reviewOne } from './review.service.ts';

const w = worldPerFile(createProgramsWorld);

describe('the worker sees where the money stands', () => {
  it('approved → in a batch → paid, with the amount, the batch date and the payment date', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, fixedProgram(w.districtA.id));
    const person = await w.person(w.grassA1);
    const worker = w.worker(person.id);
    const app = await applyAsWorker(w.db, worker, { programId: program.id, files: [] }, TEST_NOW);
    expect((await getMyApplication(w.db, worker, app.id)).payment).toBeNull();
    await reviewOne(w.db, staff, app.id, 'approve', {}, TEST_NOW);
    expect((await getMyApplication(w.db, worker, app.id)).payment).toMatchObject({
      status: 'unpaid',
      amountFen: 100_000,
      batchId: null,
    });
    // 我的款项: not paid yet, so no paid day
    const entry = async () =>
      (await listMyPayments(w.db, worker, {})).items.find((e) => e.applicationId === app.id);
    expect((await entry())?.paidAt).toBeNull();
    const batch = await createPaymentBatch(w.db, staff, { programId: program.id }, undefined, TEST_NOW);
    expect((await getMyApplication(w.db, worker, app.id)).payment?.status).toBe('in_batch');
    await markBatchPaid(w.db, staff, batch.id, '京卡发放', undefined, TEST_NOW);
    const paid = (await getMyApplication(w.db, worker, app.id)).payment;
    expect(paid).toMatchObject({ status: 'paid', amountFen: 100_000, batchId: batch.id });
    expect(paid?.paidAt).toBeInstanceOf(Date);
    expect(paid?.batchCreatedAt).toBeInstanceOf(Date);
    // and once paid, the day it was paid, not only the day it was granted
    expect((await entry())?.paidAt).toEqual(paid?.paidAt);
    const mine = await listMyApplications(w.db, worker, {});
    expect(mine.items.find((a) => a.id === app.id)?.paymentStatus).toBe('paid');
    expect((await getApplicationDetail(w.db, staff, app.id)).payment?.status).toBe('paid');
  });

  it('the worker reads the photo of their own application; another worker cannot', async () => {
    const staff = w.staff(w.districtA);
    const proof = { key: 'hardship_proof', zh: '困难证明', en: 'hardship proof' };
    const program = await w.publishedProgram(
      staff,
      fixedProgram(w.districtA.id, { requiredEvidence: [proof] }),
    );
    const owner = w.worker((await w.person(w.grassA1)).id);
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9]);
    const app = await applyAsWorker(
      w.db,
      owner,
      {
        programId: program.id,
        files: [{ key: proof.key, name: '证明.jpg', mime: 'image/jpeg', data: photo }],
      },
      TEST_NOW,
    );
    const fileId = (await getMyApplication(w.db, owner, app.id)).files[0].id;
    const f = await getMyApplicationFile(w.db, owner, app.id, fileId);
    expect(f.mime).toBe('image/jpeg');
    expect(f.data.equals(photo)).toBe(true);
    const stranger = w.worker((await w.person(w.grassA1)).id);
    expect((await appError(() => getMyApplicationFile(w.db, stranger, app.id, fileId))).code).toBe(
      'NOT_FOUND',
    );
  });
});
