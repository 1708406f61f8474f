import { describe, expect, it } from 'vitest';
import en from '../../i18n/insurance.en.json';
import zh from '../../i18n/insurance.zh.json';
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

describe('the premium per person in the list', () => {
  it('says what the form asks for, a person’s premium for the whole period, not a year (trial 44)', () => {
    // the form: 人均保费（整个保险期间）; a policy of 18 months read as "/人·年" in the list
    expect(zh.ins.field.premium).toContain('整个保险期间');
    expect(zh.ins.premiumPer.person).toContain('整个保险期间');
    expect(zh.ins.premiumPer.person).not.toContain('年');
    expect(en.ins.field.premium).toContain('whole policy period');
    expect(en.ins.premiumPer.person).toContain('whole policy period');
    expect(en.ins.premiumPer.person).not.toContain('year');
  });
});
