import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { auditActions } from '../../../../test/factories.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { findLedger } from '../ledger/index.ts';
import { getProgramDetail } from '../program-admin.service.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { applyAsWorker, findApplications, getApplicationDetail } from './applications.service.ts';
import { reviewBulk, reviewOne } from './review.service.ts';

const w = worldPerFile(createProgramsWorld);

/** A worker's application to a program from the phone, with no files. */
const applies = (personId: number, programId: number) =>
  applyAsWorker(w.db, w.worker(personId), { programId, files: [] }, TEST_NOW);
/** District A's published fixed subsidy, reviewed grassroots → town → district. */
const threeStepProgram = () =>
  w.publishedProgram(w.staff(w.districtA), fixedProgram(w.districtA.id, { reviewChain: [4, 3, 2] }));

describe('review chain', () => {
  it('climbs grassroots → town → district; each step only for the union at that level, final approval writes the ledger', async () => {
    const program = await threeStepProgram();
    const person = await w.person(w.grassA1);
    const app = await applies(person.id, program.id);
    expect(app.stepOrgId).toBe(w.grassA1.id);

    const early = await appError(() =>
      reviewOne(w.db, w.staff(w.districtA), app.id, 'approve', {}, TEST_NOW),
    );
    expect(early.code).toBe('NOT_YOUR_STEP');
    expect(early.kind).toBe('forbidden');
    const sibling = await appError(() =>
      reviewOne(w.db, w.reviewer(w.grassA2), app.id, 'approve', {}, TEST_NOW),
    );
    expect(sibling.code).toBe('NOT_FOUND');

    const s1 = await reviewOne(w.db, w.reviewer(w.grassA1), app.id, 'approve', {}, TEST_NOW);
    expect(s1).toMatchObject({ status: 'submitted', step: 1, stepOrgId: w.town.id });
    const townQueue = await findApplications(
      w.db,
      w.reviewer(w.town),
      { mine: true, programId: program.id },
      TEST_NOW,
    );
    expect(townQueue.items.map((a) => a.id)).toEqual([app.id]);
    const districtQueue = await findApplications(
      w.db,
      w.staff(w.districtA),
      {
        mine: true,
        programId: program.id,
      },
      TEST_NOW,
    );
    expect(districtQueue.total).toBe(0);

    const s2 = await reviewOne(w.db, w.staff(w.town), app.id, 'approve', {}, TEST_NOW);
    expect(s2).toMatchObject({ step: 2, stepOrgId: w.districtA.id });
    const done = await reviewOne(
      w.db,
      w.staff(w.districtA),
      app.id,
      'approve',
      { reason: '材料齐全' },
      TEST_NOW,
    );
    expect(done.status).toBe('approved');
    expect(done.decidedAt).not.toBeNull();
    expect(
      (await appError(() => reviewOne(w.db, w.staff(w.districtA), app.id, 'approve', {}, TEST_NOW))).code,
    ).toBe('APPLICATION_STATUS');

    const ledger = await findLedger(w.db, w.staff(w.districtA), { programId: program.id });
    expect(ledger.items).toHaveLength(1);
    expect(ledger.items[0]).toMatchObject({
      kind: 'entitlement',
      amountFen: 100_000,
      personId: person.id,
      paymentStatus: 'unpaid',
    });
    const detail = await getProgramDetail(w.db, w.staff(w.districtA), program.id);
    expect(detail.usage.find((u) => u.periodKey === app.periodKey)).toMatchObject({
      quotaUsed: 1,
      budgetUsedFen: 100_000,
    });
    const events = (await getApplicationDetail(w.db, w.staff(w.districtA), app.id)).events;
    expect(events.map((e) => [e.action, e.orgId])).toEqual([
      ['submitted', w.grassA1.id],
      ['approved_step', w.grassA1.id],
      ['approved_step', w.town.id],
      ['approved', w.districtA.id],
    ]);
    expect(await auditActions(w.db, 'application', app.id)).toEqual([
      'application.submit',
      'application.approve_step',
      'application.approve_step',
      'application.approve',
    ]);
  });

  it('skips the levels the applicant’s union does not have', async () => {
    const program = await threeStepProgram();
    const person = await w.person(w.grassDirect);
    const app = await applies(person.id, program.id);
    expect(app.stepOrgId).toBe(w.grassDirect.id);
    const next = await reviewOne(w.db, w.staff(w.grassDirect), app.id, 'approve', {}, TEST_NOW);
    expect(next).toMatchObject({ step: 2, stepOrgId: w.districtA.id });
  });

  it('a town reviewer in one district cannot see or act on an application of another district', async () => {
    const program = await w.publishedProgram(w.admin, fixedProgram(w.root.id, { reviewChain: [4, 2] }));
    const inB = await w.person(w.grassB);
    const app = await applies(inB.id, program.id);
    const townReviewer = w.reviewer(w.town);
    expect((await appError(() => reviewOne(w.db, townReviewer, app.id, 'approve', {}, TEST_NOW))).code).toBe(
      'NOT_FOUND',
    );
    expect((await appError(() => getApplicationDetail(w.db, townReviewer, app.id))).code).toBe('NOT_FOUND');
    const queue = await findApplications(w.db, townReviewer, { programId: program.id }, TEST_NOW);
    expect(queue.total).toBe(0);
    const bulk = await reviewBulk(w.db, townReviewer, { ids: [app.id], action: 'approve' }, TEST_NOW);
    expect(bulk.results[0]).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const { rows } = await w.db.query<{ status: string; step: number }>(
      'select status, step from applications where id = $1',
      [app.id],
    );
    expect(rows[0]).toEqual({ status: 'submitted', step: 0 });
  });

  it('finds an application by part of the applicant name wherever it stands, only in the reviewer subtree', async () => {
    const program = await w.publishedProgram(w.admin, fixedProgram(w.root.id, { reviewChain: [4, 2] }));
    const mine = await w.person(w.grassA1, { name: '赵申请红' });
    const theirs = await w.person(w.grassB, { name: '钱申请红' });
    const app = await applies(mine.id, program.id);
    await applies(theirs.id, program.id);
    const found = (q: string) =>
      findApplications(w.db, w.staff(w.districtA), { programId: program.id, q }, TEST_NOW);
    expect((await found('申请红')).items.map((x) => x.id)).toEqual([app.id]);
    expect((await found('赵申请')).items.map((x) => x.id)).toEqual([app.id]);
    expect((await found('孙申请')).total).toBe(0);
  });

  it('bulk: each id in its own transaction; refused ids do not undo the others', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, { reviewChain: [4] }),
    );
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await w.person(w.grassA1);
      ids.push((await applies(p.id, program.id)).id);
    }
    const elsewhere = await w.person(w.grassA2);
    const other = await applies(elsewhere.id, program.id);
    const r = await reviewBulk(
      w.db,
      w.staff(w.grassA1),
      {
        ids: [...ids, other.id, 99_999_999],
        action: 'approve',
      },
      TEST_NOW,
    );
    expect(r.succeeded).toBe(3);
    expect(r.failed).toBe(2);
    expect(r.results.map((x) => x.code ?? x.status)).toEqual([
      'approved',
      'approved',
      'approved',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    const rejected = await reviewBulk(
      w.db,
      w.staff(w.grassA2),
      { ids: [other.id], action: 'reject' },
      TEST_NOW,
    );
    expect(rejected.results[0].code).toBe('PROGRAM_INVALID');
    const withReason = await reviewBulk(
      w.db,
      w.staff(w.grassA2),
      {
        ids: [other.id],
        action: 'reject',
        reason: '不符合',
      },
      TEST_NOW,
    );
    expect(withReason.results[0]).toMatchObject({ ok: true, status: 'rejected' });
  });

  it('a tier chosen on merit is required at the final approval and sets the amount', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, {
        reviewChain: [2],
        amount: {
          kind: 'tier',
          by: 'choice',
          tiers: [
            { key: 'first', fen: 10_000_000, label: '一等' },
            { key: 'second', fen: 5_000_000, label: '二等' },
          ],
        },
      }),
    );
    const p = await w.person(w.grassA1);
    const app = await applies(p.id, program.id);
    expect(app.amountFen).toBeNull();
    // the reviewer's page offers the tiers to choose from
    expect((await getApplicationDetail(w.db, w.staff(w.districtA), app.id)).choiceTiers).toEqual([
      { key: 'first', label: '一等', fen: 10_000_000 },
      { key: 'second', label: '二等', fen: 5_000_000 },
    ]);
    const err = await appError(() => reviewOne(w.db, w.staff(w.districtA), app.id, 'approve', {}, TEST_NOW));
    expect(err.code).toBe('APPLICATION_CHOICE_REQUIRED');
    expect(err.messages.zh).toMatch(/一等/);
    const ok = await reviewOne(
      w.db,
      w.staff(w.districtA),
      app.id,
      'approve',
      { choiceKey: 'second' },
      TEST_NOW,
    );
    expect(ok).toMatchObject({ status: 'approved', amountFen: 5_000_000, choiceKey: 'second' });
  });
});
