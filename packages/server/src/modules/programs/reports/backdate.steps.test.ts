/**
 * Issue 42, ADR 40: a program's publication and closing, a resubmission on the applicant's behalf and a lottery
 * draw take the day they happened — stored on that day and counted on it; a future day and a day before what
 * they follow are refused in Chinese and English; a role without `history.backdate` may not take a past day.
 */
import { describe, expect, it } from 'vitest';
import { clockOn, TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { chinaDayOf } from '../../../shared/effective.ts';
import { getApplicationDetail, resubmitApplication, reviewOne } from '../applications/index.ts';
import { createClaimsService, drawLottery } from '../claims/index.ts';
import { findLedger } from '../ledger/index.ts';
import { closeProgram, createProgram, getProgramDetail, publishProgram } from '../program-admin.service.ts';
import { appError, certificateProgram, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { getProgramReport } from './stats.service.ts';

const w = worldPerFile(createProgramsWorld);
const now = TEST_NOW;

describe('a program published and closed on past days', () => {
  it('keeps each day; a future day, a close before the publication or the last application, a reviewer are refused', async () => {
    const staff = w.staff(w.districtA);
    const draft = await createProgram(w.db, staff, fixedProgram(w.districtA.id));
    const future = await appError(() =>
      publishProgram(w.db, staff, draft.id, { effectiveOn: '2199-01-01', now }),
    );
    expect(future).toMatchObject({ code: 'EFFECTIVE_IN_FUTURE', kind: 'invalid' });
    expect(future.messages.en).toContain('2199-01-01');
    const reviewer = await appError(() =>
      publishProgram(w.db, w.reviewer(w.districtA), draft.id, { effectiveOn: '2020-01-01', now }),
    );
    expect(reviewer.kind).toBe('forbidden');
    const published = await publishProgram(w.db, staff, draft.id, { effectiveOn: '2020-01-02', now });
    expect(chinaDayOf(published.publishedAt as Date)).toBe('2020-01-02');

    const person = await w.person(w.grassA1);
    await w.ctx.services.programs.batch(w.staff(w.grassA1), draft.id, {
      rows: [{ personId: person.id }],
      appliedOn: '2020-03-10',
    });
    const beforePublished = await appError(() =>
      closeProgram(w.db, staff, draft.id, { effectiveOn: '2019-12-31', now }),
    );
    expect(beforePublished.messages.zh).toBe('结束日期 2019-12-31 早于发布日期 2020-01-02');
    const beforeLast = await appError(() =>
      closeProgram(w.db, staff, draft.id, { effectiveOn: '2020-03-09', now }),
    );
    expect(beforeLast.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(beforeLast.messages.zh).toBe('结束日期 2020-03-09 早于最后一份申请的日期 2020-03-10');
    expect(beforeLast.messages.en).toBe(
      'The closing date 2020-03-09 is before the date of the last application 2020-03-10',
    );
    const closed = await closeProgram(w.db, staff, draft.id, { effectiveOn: '2020-12-31', now });
    expect(closed.status).toBe('closed');
    expect(chinaDayOf(closed.closedAt as Date)).toBe('2020-12-31');
    const detail = await getProgramDetail(w.db, staff, draft.id);
    expect(chinaDayOf(detail.publishedAt as Date)).toBe('2020-01-02');
  });

  it('without a day, today (the service clock)', async () => {
    const staff = w.staff(w.districtA);
    const draft = await createProgram(w.db, staff, fixedProgram(w.districtA.id));
    const p = await publishProgram(w.db, staff, draft.id, { now });
    expect(chinaDayOf(p.publishedAt as Date)).toBe(chinaDayOf(now));
  });
});

describe('a returned application resubmitted on the applicant’s behalf on a past day', () => {
  it('is stored on its day and not before the return; a future day and a reviewer are refused', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), certificateProgram(w.districtA.id));
    const person = await w.person(w.grassA1);
    const cert = await w.certificate(person.id, 3, '2020-03-01');
    const r = await w.ctx.services.programs.batch(w.staff(w.grassA1), program.id, {
      rows: [{ personId: person.id, subjectRecordId: cert.id }],
      appliedOn: '2020-05-10',
    });
    const id = r.results[0].applicationId as number;
    const staff = w.staff(w.grassA1);
    await reviewOne(w.db, staff, id, 'return', { reason: '材料不清', effectiveOn: '2020-05-20' }, now);

    const early = await appError(() =>
      resubmitApplication(w.db, staff, id, { effectiveOn: '2020-05-19' }, now),
    );
    expect(early.messages.zh).toBe('重新提交日期 2020-05-19 早于上一步骤日期 2020-05-20');
    expect(early.messages.en).toBe(
      'The resubmission date 2020-05-19 is before the date of the previous step 2020-05-20',
    );
    const future = await appError(() =>
      resubmitApplication(w.db, staff, id, { effectiveOn: '2199-01-01' }, now),
    );
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    // A role without history.backdate may not resubmit for an applicant at all.
    expect(
      (
        await appError(() =>
          resubmitApplication(w.db, w.reviewer(w.grassA1), id, { effectiveOn: '2020-05-25' }, now),
        )
      ).kind,
    ).toBe('forbidden');

    await resubmitApplication(w.db, staff, id, { effectiveOn: '2020-05-25' }, now);
    const detail = await getApplicationDetail(w.db, w.staff(w.districtA), id);
    expect(detail.status).toBe('submitted');
    expect(detail.events.map((e) => [e.action, e.effectiveOn])).toEqual([
      ['submitted', '2020-05-10'],
      ['returned', '2020-05-20'],
      ['resubmitted', '2020-05-25'],
    ]);
    // The next step may not precede the resubmission.
    const beforeResubmit = await appError(() =>
      reviewOne(w.db, staff, id, 'approve', { effectiveOn: '2020-05-24' }, now),
    );
    expect(beforeResubmit.messages.zh).toBe('批准日期 2020-05-24 早于上一步骤日期 2020-05-25');
  });
});

describe('a lottery drawn on a past day', () => {
  it('approves and entitles its winners on that day, counted in that year; not before the window closed', async () => {
    const staff = w.staff(w.districtA);
    const draft = await createProgram(w.db, staff, {
      ...fixedProgram(w.districtA.id, { amount: { kind: 'fixed', fen: 20_000 } }),
      name: `2020年观影抽签${w.ctx.unique()}`,
      category: 'flash_claim',
      periodUnit: 'whole',
      intakeModes: ['claim'],
      limitMode: 'per_person_per_period',
      quota: 2,
      reviewChain: [],
      claimStartsAt: '2020-06-01T02:00:00Z',
      claimEndsAt: '2020-06-10T02:00:00Z',
      lottery: true,
    });
    await publishProgram(w.db, staff, draft.id, { effectiveOn: '2020-05-20', now });
    const claims = createClaimsService(w.db, { clock: clockOn('2020-06-05') });
    for (let i = 0; i < 3; i++) {
      const p = await w.person(w.grassA1);
      expect((await claims.claim(w.worker(p.id), draft.id)).result).toBe('entered_lottery');
    }

    const early = await appError(() =>
      drawLottery(w.db, staff, draft.id, { effectiveOn: '2020-06-09' }, now),
    );
    expect(early.messages.zh).toBe('抽签日期 2020-06-09 早于抢领结束日期 2020-06-10');
    expect(early.messages.en).toBe(
      'The draw date 2020-06-09 is before the end of the claim window 2020-06-10',
    );
    const future = await appError(() =>
      drawLottery(w.db, staff, draft.id, { effectiveOn: '2199-06-09' }, now),
    );
    expect(future.code).toBe('EFFECTIVE_IN_FUTURE');
    const reviewer = await appError(() =>
      drawLottery(w.db, w.reviewer(w.districtA), draft.id, { effectiveOn: '2020-06-12' }, now),
    );
    expect(reviewer.kind).toBe('forbidden');

    const draw = await drawLottery(
      w.db,
      staff,
      draft.id,
      { seed: 'seed-2020', effectiveOn: '2020-06-12' },
      now,
    );
    expect(draw).toMatchObject({ entries: 3, winners: 2 });
    expect(chinaDayOf(draw.drawnAt)).toBe('2020-06-12');
    const ledger = await findLedger(w.db, staff, { programId: draft.id });
    expect(ledger.items.map((e) => chinaDayOf(e.createdAt))).toEqual(['2020-06-12', '2020-06-12']);

    const june = await getProgramReport(w.db, staff, { from: '2020-06-01', to: '2020-06-30' });
    expect(june.programs.find((p) => p.programId === draft.id)).toMatchObject({
      approved: 2,
      approvedFen: 40_000,
      applications: 2,
    });
    const thisYear = await getProgramReport(w.db, staff, { from: '2026-01-01', to: '2026-12-31' });
    expect(thisYear.programs.find((p) => p.programId === draft.id)?.approved ?? 0).toBe(0);
  });
});
