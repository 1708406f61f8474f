import { chinaDayOf, type EffectiveDay, type NotBefore } from '../../shared/effective.ts';

/**
 * What a return's decisions may not precede (ADR 40): the day it was issued, the day a union's return was
 * submitted, the submission's last decision (sent back, marked not reported, reopened).
 */
const dayOfAt = (at: string | Date | null | undefined) => (at ? chinaDayOf(at) : null);

export const afterIssue = (r: { issuedAt: string | null }): NotBefore => ({
  day: dayOfAt(r.issuedAt),
  name: { zh: '下发日期', en: 'issue date' },
});

export const afterSubmission = (sub: { submittedAt: string | null }): NotBefore => ({
  day: dayOfAt(sub.submittedAt),
  name: { zh: '报送日期', en: 'submission date' },
});

export const afterDecision = (sub: { decidedAt: string | null }): NotBefore => ({
  day: dayOfAt(sub.decidedAt),
  name: { zh: '上一次审核日期', en: 'date of the previous decision' },
});

/** The audit row's note of a back-dated decision. */
export const dayOf = (on: EffectiveDay) => (on.backdated ? { after: { effectiveOn: on.day } } : {});
