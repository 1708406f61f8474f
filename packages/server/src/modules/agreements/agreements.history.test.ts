/**
 * An agreement signed in the past, entered now (ADR 40): its signing day goes through the one rule for the day of a
 * decision, and the agreement counts on its days — signed in 2020, in force from its effective day.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { type Actor, can, ROLES } from '../../access/access.ts';
import { chinaDayOf } from '../../shared/effective.ts';
import { createAgreementsService } from './agreements.service.ts';
import { getAgreementStats } from './agreements.stats.ts';

const w = serviceWorld({
  at: '2026-11-23T04:00:00Z', // 12:00 on 2026-11-23 in China: the service's today
  service: (db, clock) => createAgreementsService(db, clock),
  tree: { district: 'root/district' },
  actors: { staff: ['staff', 'district'] },
});

const agreement = (days: { signedOn: string; effectiveOn?: string; expiresOn?: string }) => ({
  orgId: w.district.id,
  kind: 'women' as const,
  level: 'area' as const,
  title: '区域女职工特殊权益保护专项协议',
  employer: '区域企业联合会',
  expiresOn: '2023-03-31',
  ...days,
});

describe('an agreement signed in the past', () => {
  it('keeps its signing day, counts as signed in 2020 and in force from its effective day', async () => {
    const a = await w.svc.createAgreement(
      w.staff,
      agreement({ signedOn: '2020-03-01', effectiveOn: '2020-04-01' }),
    );
    expect(a).toMatchObject({ signedOn: '2020-03-01', effectiveOn: '2020-04-01', status: 'expired' });
    // Entered now: the moment of entry is kept apart from the day it was signed.
    expect(chinaDayOf(a.createdAt)).not.toBe('2020-03-01');
    /** The district's figures of women workers' agreements over `period`. */
    const womenStats = (period: { year: number } | { to: string }) =>
      getAgreementStats(w.db, w.staff, { orgId: w.district.id, kind: 'women', ...period }, TEST_NOW);
    expect(await womenStats({ year: 2020 })).toMatchObject({ signed: 1, inForce: 1 });
    expect(await womenStats({ to: '2020-03-31' })).toMatchObject({ signed: 1, inForce: 0 });
    expect(await womenStats({ to: '2020-07-01' })).toMatchObject({ signed: 1, inForce: 1 });
  });

  it.each([
    {
      days: { signedOn: '2026-11-24', expiresOn: '2029-11-23' },
      code: 'EFFECTIVE_IN_FUTURE',
      zh: '签订日期 2026-11-24 晚于今天（2026-11-23），不能记录未来的日期',
    },
    {
      days: { signedOn: '2020-03-01', effectiveOn: '2020-02-28' },
      code: 'AGREEMENT_DATES',
      zh: '生效日期 2020-02-28 早于签订日期 2020-03-01',
    },
    {
      days: { signedOn: '2020-03-01', expiresOn: '2020-02-29' },
      code: 'AGREEMENT_DATES',
      zh: '到期日期 2020-02-29 早于生效日期 2020-03-01',
    },
  ])('refuses $days: $zh', async ({ days, code, zh }) => {
    const e = await rejection(w.svc.createAgreement(w.staff, agreement(days)));
    expect([e.code, e.messages.zh]).toEqual([code, zh]);
  });

  it('is entered only by roles that may record a past day', async () => {
    // Whoever may enter an agreement may back-date it; the others are refused before the day is looked at.
    for (const role of ROLES) {
      const actor = { role } as Actor;
      if (can(actor, 'agreements.write')) expect(can(actor, 'history.backdate'), role).toBe(true);
    }
    const reviewer = w.t.actor('reviewer', w.district);
    const e = await rejection(w.svc.createAgreement(reviewer, agreement({ signedOn: '2020-03-01' })));
    expect(e.kind).toBe('forbidden');
  });
});
