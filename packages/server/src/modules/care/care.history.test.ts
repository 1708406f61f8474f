/**
 * Visits of past winters logged now (ADR 40): the visit's day goes through the one rule for the day of a decision,
 * counts in its year, and its grant is applied for on it, so the grant's approval cannot precede the visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import { type Actor, can, ROLES } from '../../access/access.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { sumCounts } from '../reporting/index.ts';
import { CARE_SUBJECTS } from './care.counts.ts';
import { type CareWorld, createCareWorld } from './care.test-kit.ts';

let w: CareWorld;
beforeAll(async () => {
  // 12:00 on 2026-11-23 in China: the service's today
  w = await createCareWorld(await createTestDb(), fixedClock('2026-11-23T04:00:00Z'));
});
afterAll(async () => w?.db.close());

const visit = (personId: number, visitedOn: string, extra: Record<string, unknown> = {}) => ({
  orgId: w.grass.id,
  recipientKind: 'person' as const,
  personId,
  visitedOn,
  visitors: '工会主席 张强',
  goods: [],
  ...extra,
});
const visitsIn = async (year: number) =>
  (
    await sumCounts(w.db, {
      subject: CARE_SUBJECTS.visits,
      path: w.grass.path,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    })
  ).reduce((n, r) => n + r.n, 0);

describe('a visit of 2021 logged in 2026', () => {
  it('keeps its day, counts in 2021, and its grant is approved no earlier than the visit', async () => {
    const p = await w.ctx.newPerson(w.grass);
    const v = await w.care.visits.logVisit(w.staff(w.grass), visit(p.id, '2021-03-10', { grantFen: 50_000 }));
    expect(v.visitedOn).toBe('2021-03-10');
    // Entered now: the moment of entry is kept apart from the day of the visit.
    expect(chinaDayOf(v.createdAt)).not.toBe('2021-03-10');
    expect([await visitsIn(2021), await visitsIn(2026)]).toEqual([1, 0]);

    const { grant } = await w.care.visits.getVisit(w.staff(w.grass), v.id);
    const programs = w.ctx.services.programs;
    const id = grant?.applicationId as number;
    const early = await rejection(
      programs.review(w.staff(w.town), id, 'approve', { effectiveOn: '2021-03-09' }),
    );
    expect([early.code, early.messages.zh]).toEqual([
      'EFFECTIVE_BEFORE_PRIOR',
      '批准日期 2021-03-09 早于申请日期 2021-03-10',
    ]);
    await programs.review(w.staff(w.town), id, 'approve', { effectiveOn: '2021-03-12' });
  });

  it.each([
    {
      extra: { visitedOn: '2026-11-24' },
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '走访日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      extra: { visitedOn: '2021-11-30', campaign: true },
      code: 'CARE_INVALID',
      zh: '走访日期 2021-11-30 不在活动期间（2021-12-01至2022-01-31）',
    },
  ])('refuses $extra.visitedOn: $zh', async ({ extra, code, zh }) => {
    const p = await w.ctx.newPerson(w.grass);
    const campaignId = extra.campaign ? (await w.newCampaign()).campaign.id : null;
    const e = await rejection(
      w.care.visits.logVisit(w.staff(w.town), visit(p.id, extra.visitedOn, { campaignId })),
    );
    expect([e.code, e.messages.zh, e.details?.field]).toEqual([code, zh, 'visitedOn']);
  });

  it('is logged only by roles that may record a past day', async () => {
    // Whoever may log a visit may back-date it; the others are refused before the day is looked at.
    for (const role of ROLES) {
      const actor = { role } as Actor;
      if (can(actor, 'care.write')) expect(can(actor, 'history.backdate'), role).toBe(true);
    }
    const p = await w.ctx.newPerson(w.grass);
    const e = await rejection(w.care.visits.logVisit(w.reviewer(w.grass), visit(p.id, '2021-03-10')));
    expect(e.kind).toBe('forbidden');
  });
});
