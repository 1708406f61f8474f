import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import type { Actor } from '../../../access/access.ts';
import { chinaDayOf } from '../../../shared/effective.ts';
import { getApplicationDetail, reviewBulk, reviewOne } from '../applications/index.ts';
import { createPaymentBatch, findLedger, markBatchPaid, reverseEntry } from '../ledger/index.ts';
import { appError, certificateProgram, createProgramsWorld } from '../programs.test-kit.ts';
import { getProgramReport } from './stats.service.ts';

const w = worldPerFile(createProgramsWorld);

/** A 2020 certificate subsidy application of a member of grassA1, entered today for `appliedOn`. */
async function pastApplication(program: { id: number }, appliedOn: string) {
  const person = await w.person(w.grassA1);
  const cert = await w.certificate(person.id, 3, '2020-03-01');
  const r = await w.ctx.services.programs.batch(w.staff(w.grassA1), program.id, {
    rows: [{ personId: person.id, subjectRecordId: cert.id }],
    appliedOn,
  });
  const id = r.results[0].applicationId;
  if (!id) throw new Error(JSON.stringify(r.results[0]));
  return id;
}

describe('decisions recorded on the day they happened (补录)', () => {
  it('a 2020 application approved up the chain and paid in 2020 counts in 2020, not in the year it was typed', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), certificateProgram(w.districtA.id));
    const id = await pastApplication(program, '2020-05-10');
    /** The application approved by `actor` as of `day`. */
    const approveOn = (actor: Actor, day: string) =>
      reviewOne(w.db, actor, id, 'approve', { effectiveOn: day }, TEST_NOW);

    // The rules, each naming both dates.
    const future = await appError(() => approveOn(w.staff(w.grassA1), '2199-01-01'));
    expect(future).toMatchObject({ code: 'EFFECTIVE_IN_FUTURE', kind: 'invalid' });
    expect(future.messages.zh).toContain('2199-01-01');
    const early = await appError(() => approveOn(w.staff(w.grassA1), '2020-05-09'));
    expect(early).toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR', details: { field: 'effectiveOn' } });
    expect(early.messages.zh).toBe('批准日期 2020-05-09 早于申请日期 2020-05-10');
    expect(early.messages.en).toBe('The approval date 2020-05-09 is before the application date 2020-05-10');
    const reviewer = await appError(() => approveOn(w.reviewer(w.grassA1), '2020-05-20'));
    expect(reviewer).toMatchObject({ code: 'BACKDATE_DENIED', kind: 'forbidden' });

    await approveOn(w.staff(w.grassA1), '2020-05-20');
    const beforeStep = await appError(() => approveOn(w.staff(w.town), '2020-05-15'));
    expect(beforeStep.messages.zh).toBe('批准日期 2020-05-15 早于上一步骤日期 2020-05-20');
    await approveOn(w.staff(w.town), '2020-06-01');
    const done = await approveOn(w.staff(w.districtA), '2020-06-15');
    expect(done.status).toBe('approved');
    expect(chinaDayOf(done.decidedAt as Date)).toBe('2020-06-15');

    const detail = await getApplicationDetail(w.db, w.staff(w.districtA), id);
    expect(detail.events.map((e) => [e.action, e.effectiveOn])).toEqual([
      ['submitted', '2020-05-10'],
      ['approved_step', '2020-05-20'],
      ['approved_step', '2020-06-01'],
      ['approved', '2020-06-15'],
    ]);
    // Entered now: the moment of entry is kept apart from the day.
    expect(chinaDayOf(detail.events[3].at)).not.toBe('2020-06-15');
    const [entry] = (await findLedger(w.db, w.staff(w.districtA), { programId: program.id })).items;
    expect(chinaDayOf(entry.createdAt)).toBe('2020-06-15');
    const audit = await w.db.query<{ after: unknown }>(
      `select after from audit_log where entity = 'application' and entity_id = $1 and action = 'application.approve'`,
      [String(id)],
    );
    expect(audit.rows[0].after).toMatchObject({ effectiveOn: '2020-06-15' });

    // Payment: not before the approval it pays.
    const batch = await createPaymentBatch(
      w.db,
      w.staff(w.districtA),
      {
        programId: program.id,
        effectiveOn: '2020-06-20',
      },
      undefined,
      TEST_NOW,
    );
    const paidEarly = await appError(() =>
      markBatchPaid(w.db, w.staff(w.districtA), batch.id, null, '2020-06-14', TEST_NOW),
    );
    expect(paidEarly.messages.zh).toBe('发放日期 2020-06-14 早于其中最晚的批准日期 2020-06-15');
    const paid = await markBatchPaid(
      w.db,
      w.staff(w.districtA),
      batch.id,
      'BANK-2020-07',
      '2020-07-01',
      TEST_NOW,
    );
    expect(chinaDayOf(paid.paidAt as Date)).toBe('2020-07-01');

    const y2020 = await getProgramReport(w.db, w.staff(w.districtA), {
      from: '2020-01-01',
      to: '2020-12-31',
    });
    const row = y2020.programs.find((p) => p.programId === program.id);
    expect(row).toMatchObject({ approved: 1, approvedFen: 50_000, paidFen: 50_000, applications: 1 });
    // A period of days across the month's edge reads the raw rows: June 15 alone.
    const june15 = await getProgramReport(w.db, w.staff(w.districtA), {
      from: '2020-06-15',
      to: '2020-06-15',
    });
    expect(june15.programs.find((p) => p.programId === program.id)).toMatchObject({ approved: 1 });
    // … and none in the year the approval was entered (the moment its history row was written)
    const entered = await w.db.query<{ year: string }>(
      `select to_char(max(e.at) at time zone 'Asia/Shanghai', 'YYYY') as year
         from application_events e join applications a on a.id = e.application_id where a.program_id = $1`,
      [program.id],
    );
    const thisYear = entered.rows[0].year;
    expect(Number(thisYear)).toBeGreaterThan(2020);
    const now = await getProgramReport(w.db, w.staff(w.districtA), {
      from: `${thisYear}-01-01`,
      to: `${thisYear}-12-31`,
    });
    expect(now.programs.find((p) => p.programId === program.id)?.approved ?? 0).toBe(0);
  });

  it('bulk review and a reversal take the day too; a rejection is dated by its day', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      certificateProgram(w.districtA.id, { reviewChain: [4] }),
    );
    const a = await pastApplication(program, '2021-03-01');
    const b = await pastApplication(program, '2021-03-02');
    const bulk = await reviewBulk(
      w.db,
      w.staff(w.grassA1),
      {
        ids: [a, b],
        action: 'approve',
        effectiveOn: '2021-03-01',
      },
      TEST_NOW,
    );
    // b was applied for on the 2nd: approving it on the 1st is refused, a goes through.
    expect(bulk.results.map((r) => [r.id, r.ok, r.code ?? null])).toEqual([
      [a, true, null],
      [b, false, 'EFFECTIVE_BEFORE_PRIOR'],
    ]);
    const rejected = await reviewOne(
      w.db,
      w.staff(w.grassA1),
      b,
      'reject',
      {
        reason: '证书不符',
        effectiveOn: '2021-03-05',
      },
      TEST_NOW,
    );
    expect(chinaDayOf(rejected.decidedAt as Date)).toBe('2021-03-05');
    const [entry] = (await findLedger(w.db, w.staff(w.districtA), { programId: program.id })).items;
    const refused = await appError(() =>
      reverseEntry(w.db, w.staff(w.districtA), entry.id, '重复发放', '2021-02-28', TEST_NOW),
    );
    expect(refused.messages.zh).toBe('冲销日期 2021-02-28 早于批准日期 2021-03-01');
    const reversal = await reverseEntry(
      w.db,
      w.staff(w.districtA),
      entry.id,
      '重复发放',
      '2021-04-01',
      TEST_NOW,
    );
    expect(chinaDayOf(reversal?.createdAt as Date)).toBe('2021-04-01');
    const march = await getProgramReport(w.db, w.staff(w.districtA), {
      from: '2021-03-01',
      to: '2021-03-31',
    });
    expect(march.programs.find((p) => p.programId === program.id)).toMatchObject({
      approved: 1,
      rejected: 1,
      approvedFen: 50_000,
    });
    const april = await getProgramReport(w.db, w.staff(w.districtA), {
      from: '2021-04-01',
      to: '2021-04-30',
    });
    expect(april.programs.find((p) => p.programId === program.id)?.approvedFen).toBe(-50_000);
  });

  it('a batch entered for a past day needs the permission and no future day', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), certificateProgram(w.districtA.id));
    const person = await w.person(w.grassA1);
    await w.certificate(person.id, 3);
    const future = await appError(() =>
      w.ctx.services.programs.batch(w.staff(w.grassA1), program.id, {
        personIds: [person.id],
        appliedOn: '2199-12-31',
      }),
    );
    expect(future).toMatchObject({ code: 'EFFECTIVE_IN_FUTURE', details: { field: 'appliedOn' } });
  });
});
