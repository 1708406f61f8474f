import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { claimNextStep } from './claim-outcome.ts';

describe('a flash claim’s card after the worker’s tap', () => {
  const i18n = testI18n({ zh: programsZh, en: programsEn });
  const open = { claimEndsAt: '2027-01-02T10:09:00.000Z', state: 'open' as const };

  it('says, once entered in a lottery, when the draw is and how the worker learns the result', async () => {
    await i18n.changeLanguage('zh');
    expect(claimNextStep(i18n.t, 'entered_lottery', open)).toBe(
      '报名截止（2027-01-02 18:09）后由工会统一摇号；中签会收到消息通知，结果也会显示在这里。',
    );
    await i18n.changeLanguage('en');
    expect(claimNextStep(i18n.t, 'entered_lottery', open)).toBe(
      'The union holds the draw after entries close (2027-01-02 18:09); winners get a message, and the result shows here.',
    );
  });

  it('says nothing more where nothing is awaited: a grant, a refusal, a lottery drawn', () => {
    expect(claimNextStep(i18n.t, 'granted', open)).toBeNull();
    expect(claimNextStep(i18n.t, 'sold_out', open)).toBeNull();
    expect(claimNextStep(i18n.t, null, open)).toBeNull();
    expect(claimNextStep(i18n.t, 'entered_lottery', { ...open, state: 'drawn' })).toBeNull();
  });
});
