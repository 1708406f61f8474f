import { describe, expect, it } from 'vitest';
import en from '../../i18n/programs.en.json';
import zh from '../../i18n/programs.zh.json';
import { submitLabel } from './apply-submit.ts';

const say = (dict: unknown, key: string) =>
  key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], dict);

describe('the apply page’s submit button says what is still to do', () => {
  it('with the photos taken but no certificate chosen, it asks for the certificate instead of saying “submit”', () => {
    const label = submitLabel({ missingEvidence: 0, subjectToChoose: 'certificate', amountToEnter: false });
    expect(label.key).toBe('wp.apply.chooseFirst.certificate');
    expect(say(zh, label.key)).toBe('请先选择证书');
    expect(say(en, label.key)).toBe('Choose the certificate first');
  });

  it('names a record of a kind it has no words for as a record', () => {
    expect(submitLabel({ missingEvidence: 0, subjectToChoose: null, amountToEnter: false }).key).toBe(
      'wp.apply.chooseFirst.any',
    );
    expect(submitLabel({ missingEvidence: 0, subjectToChoose: 'membership', amountToEnter: false }).key).toBe(
      'wp.apply.chooseFirst.any',
    );
  });

  it('counts the missing photos first, asks for the amount when only it is left, and says submit when nothing is', () => {
    expect(submitLabel({ missingEvidence: 2, subjectToChoose: 'certificate', amountToEnter: true })).toEqual({
      key: 'wp.apply.missing',
      count: 2,
    });
    expect(submitLabel({ missingEvidence: 0, subjectToChoose: false, amountToEnter: true }).key).toBe(
      'wp.apply.amountFirst',
    );
    expect(submitLabel({ missingEvidence: 0, subjectToChoose: false, amountToEnter: false }).key).toBe(
      'wp.apply.submit',
    );
  });

  it('has words in both languages for every kind of record', () => {
    for (const kind of ['certificate', 'award', 'training', 'patent', 'any']) {
      expect(say(zh, `wp.apply.chooseFirst.${kind}`)).toMatch(/^请先/);
      expect(say(en, `wp.apply.chooseFirst.${kind}`)).toMatch(/ first$/);
    }
    expect(say(zh, 'wp.apply.amountFirst')).toBeTruthy();
    expect(say(en, 'wp.apply.amountFirst')).toBeTruthy();
  });
});
