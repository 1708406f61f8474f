import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { markPaidText } from './mark-paid.ts';

const i18n = testI18n({ zh: programsZh, en: programsEn });

describe('marking a batch paid', () => {
  it('asks only whether the bank paid when every payee has an account', () => {
    expect(markPaidText(i18n.t, 0, 'bank')).toBe('确认银行已付款？标记后不可撤销。');
  });

  it('names the payees without an account, who are told they were paid', () => {
    const zh = markPaidText(i18n.t, 1, 'bank');
    expect(zh).toContain('其中 1 人没有银行卡号');
    expect(zh).toContain('“已发放”的消息');
    const en = i18n.getFixedT('en');
    expect(markPaidText(en, 1, 'jingka')).toContain('1 payee has no Jingka card number');
    expect(markPaidText(en, 2, 'bank')).toContain('2 payees have no bank account number');
  });
});
