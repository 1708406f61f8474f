import { describe, expect, it } from 'vitest';
import { policyPremium } from './policy-premium.ts';

describe('the premium a policy is shown with (issue 42)', () => {
  it('is a year kept as totals’ premium in all, not a figure labelled per person', () => {
    // 顺义's 2018 brought in as totals: 700 insured, 35,000 yuan; its premium per person 50 yuan
    expect(policyPremium({ premiumFen: 5_000, recordedPremiumFen: 3_500_000 })).toEqual({
      fen: 3_500_000,
      per: 'policy',
    });
    // written before migration 009: the total as the premium per person too; still shown as the total
    expect(policyPremium({ premiumFen: 3_500_000, recordedPremiumFen: 3_500_000 }).per).toBe('policy');
  });

  it('is a listed policy’s premium per person', () => {
    expect(policyPremium({ premiumFen: 6_000, recordedPremiumFen: null })).toEqual({
      fen: 6_000,
      per: 'person',
    });
  });
});
