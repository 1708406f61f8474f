import type { AssessmentResult } from './counselling-api.ts';

/**
 * What the worker is told under a finished assessment's score: a session offered (from 10, or a crisis), a word
 * that some symptoms show (a band above the lowest but below the offer: PHQ-9 or GAD-7 5–9, read 轻度), or that all
 * looks well (the lowest band). A mild score was told 您的状态总体良好 under its own 轻度.
 */
export function assessmentAdvice(result: Pick<AssessmentResult, 'band' | 'offer' | 'crisis'>) {
  if (result.offer || result.crisis) return 'offer' as const;
  return result.band === 'minimal' ? ('fine' as const) : ('mild' as const);
}
