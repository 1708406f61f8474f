import { describe, expect, it } from 'vitest';
import zh from '../../i18n/counselling.zh.json';
import { assessmentAdvice } from './assessment-advice.ts';

describe('the advice under an assessment’s score', () => {
  it('offers a session from 10 or on a crisis', () => {
    expect(assessmentAdvice({ band: 'moderate', offer: true, crisis: false })).toBe('offer');
    expect(assessmentAdvice({ band: 'mild', offer: false, crisis: true })).toBe('offer');
  });

  it('says all looks well only of the lowest band, and of a mild score that some symptoms show', () => {
    expect(assessmentAdvice({ band: 'minimal', offer: false, crisis: false })).toBe('fine');
    expect(assessmentAdvice({ band: 'mild', offer: false, crisis: false })).toBe('mild');
    expect(zh.csl.worker.mild).toBeTruthy();
    expect(zh.csl.worker.mild).not.toContain('良好');
  });
});
