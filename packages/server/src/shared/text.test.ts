import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closestTexts,
  editDistance,
  normaliseOptionalText,
  normaliseSlow,
  normaliseText,
  quotedName,
  typedName,
} from './text.ts';

describe('normaliseText', () => {
  it('makes full-width brackets, letters and digits ordinary', () => {
    expect(normaliseText('计算机辅助设计（ＣＡＤ）')).toBe('计算机辅助设计(CAD)');
    expect(normaliseText('计算机辅助设计（CAD）')).toBe(normaliseText('计算机辅助设计(CAD)'));
    expect(normaliseText('２０２０年第１期')).toBe('2020年第1期');
  });
  it('trims and collapses white space, including the ideographic space', () => {
    expect(normaliseText('  Computer\u3000\u3000Aided   Design\t')).toBe('Computer Aided Design');
    expect(normaliseText('\u00a0电工\u00a0')).toBe('电工');
  });
  it('drops spaces next to Chinese characters and inside brackets, keeps them between Latin words', () => {
    expect(normaliseText('计算机辅助设计 （CAD） ')).toBe('计算机辅助设计(CAD)');
    expect(normaliseText('电工 初级')).toBe('电工初级');
    expect(normaliseText('CAD 制图')).toBe('CAD制图');
    expect(normaliseText('Design ( CAD )')).toBe('Design (CAD)');
  });
  it('unifies dashes', () => {
    expect(normaliseText('电工—初级')).toBe('电工-初级');
    expect(normaliseText('电工–初级')).toBe('电工-初级');
    expect(normaliseText('电工－初级')).toBe('电工-初级');
    expect(normaliseText('电工 - 初级')).toBe('电工-初级');
  });
  it('answers what the steps answer, whether or not a text is taken as already normal', () => {
    const alphabet = fc.constantFrom(
      ...'aZ1 ~!\u3000\t（）()[]{}【】—–－-,，:：、。电工计算机㐀鿿ＡＢ１２\u00a0\u2e80\u3003\u3400\u9fff\uf900\u0301'.split(
        '',
      ),
      '\u2014\u2014',
      '\ud840\udc00',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normaliseText(text)).toBe(normaliseSlow(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of [
      'Computer Aided Design',
      'a (b)',
      'a ( b',
      'a b',
      ' a',
      'a ',
      'a  b',
      '张三',
      'e\u0301',
    ])
      expect(normaliseText(text)).toBe(normaliseSlow(text));
  });
  it('is idempotent', () => {
    const alphabet = fc.constantFrom(
      ...'aZ1 \u3000\t（）()[]【】—–－-,，:：电工计算机ＡＢ１２'.split(''),
      '\u00a0',
      '\u2014\u2014',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const once = normaliseText(parts.join(''));
        expect(normaliseText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s{2}/);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
      }),
    );
  });
  it('makes blank optional text null', () => {
    expect(normaliseOptionalText(' \u3000 ')).toBeNull();
    expect(normaliseOptionalText(null)).toBeNull();
    expect(normaliseOptionalText('（初级）')).toBe('(初级)');
  });
});

describe('typedName', () => {
  it('drops the spaces a phone keyboard puts beside Chinese characters and keeps the rest as typed', () => {
    expect(typedName(' 孙 丽娜 ')).toBe('孙丽娜');
    expect(typedName('孙\u3000丽娜')).toBe('孙丽娜');
    expect(typedName('赵（小）敏')).toBe('赵（小）敏');
    expect(typedName('阿依古丽·买买提')).toBe('阿依古丽·买买提');
    expect(typedName('  John   Smith ')).toBe('John Smith');
  });
});

describe('closestTexts', () => {
  it('counts edits by code point', () => {
    expect(editDistance('计算机', '计算器')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('finds the nearest names, best first, and no unrelated one', () => {
    const names = ['计算机辅助设计(CAD)', '电工(初级)', '焊工(中级)', '计算机操作'];
    expect(closestTexts('计算机辅助设计(CAM)', names)).toEqual(['计算机辅助设计(CAD)']);
    expect(closestTexts('电工初级', names)[0]).toBe('电工(初级)');
    expect(closestTexts('养老护理', names)).toEqual([]);
  });
});

describe('a name quoted in a Chinese message', () => {
  it('is put in 「」 unless it carries its own', () => {
    expect(quotedName('职工疗休养')).toBe('「职工疗休养」');
    expect(quotedName('「双千工程」职工疗休养')).toBe('「双千工程」职工疗休养');
    expect(quotedName('2026年「金秋助学」')).toBe('2026年「金秋助学」');
    // a lone mark is not a quotation of its own
    expect(quotedName('「未完')).toBe('「「未完」');
  });
});
