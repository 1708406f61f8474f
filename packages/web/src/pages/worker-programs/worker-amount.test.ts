import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { amountText } from './worker-amount.ts';

const i18n = testI18n({ zh: programsZh, en: programsEn });
type Shown = Parameters<typeof amountText>[1];
const fixed = { amount: { kind: 'fixed', fen: 50_050 }, candidates: [] };
const as = (limitMode: string) => ({ ...fixed, limitMode }) as unknown as Shown;

describe('the amount a worker reads on a program', () => {
  it('says a fixed amount is per person, per record or per application, not 每人/每项', () => {
    expect(amountText(i18n.t, as('per_person_per_period'))).toBe('每人 ¥500.50');
    expect(amountText(i18n.t, as('per_subject'))).toBe('每项记录 ¥500.50');
    expect(amountText(i18n.t, as('none'))).toBe('每次申请 ¥500.50');
    expect(amountText(i18n.getFixedT('en'), as('per_person_per_period'))).toBe('¥500.50 a person');
  });
});
