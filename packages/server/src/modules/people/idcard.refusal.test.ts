import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { ID_PROBLEM_TEXT, type IdNumberProblem, idNumberRefusal, parseIdNumber } from './idcard.ts';

/** One number refused for each problem parseIdNumber knows. */
const REFUSED: Record<IdNumberProblem, string> = {
  masked: '110105********002X',
  length: '1101051949123100',
  format: '1101051949123100AX',
  region: '99010519491231002X',
  birth_date: '11010519491331002X',
  check_digit: '110105194912310021',
};
/** Each as its refusal names it: a run of digits that may be an ID number masked, as many stars as digits hidden. */
const SHOWN: Record<IdNumberProblem, string> = {
  masked: '110105********002X',
  length: '110105******3100',
  format: '110105******3100AX',
  region: '990105********002X',
  birth_date: '110105********002X',
  check_digit: '110105********0021',
};

/** Han ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

describe('the refusal of an ID number (the one mould of every register)', () => {
  it('names the cell as typed, its number masked, and says precisely what is wrong, for each problem', () => {
    for (const [problem, raw] of Object.entries(REFUSED) as [IdNumberProblem, string][]) {
      expect(parseIdNumber(raw, TEST_TODAY)).toEqual({ ok: false, problem });
      const why = ID_PROBLEM_TEXT[problem];
      expect(idNumberRefusal(raw, TEST_TODAY), problem).toEqual({
        zh: `「${SHOWN[problem]}」：${why.zh}`,
        en: `"${SHOWN[problem]}": ${why.en}`,
      });
    }
    expect(idNumberRefusal('1101051949123100', TEST_TODAY)).toEqual({
      zh: '「110105******3100」：身份证号应为18位',
      en: '"110105******3100": ID number must have 18 characters',
    });
  });

  it('never shows a number whole, whatever the width of its digits (a wrong check digit, 17 digits)', () => {
    const fullWidth = (s: string) =>
      s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(idNumberRefusal(fullWidth('110105194912310021'), TEST_TODAY)).toEqual({
      zh: '「110105********0021」：身份证号校验位错误',
      en: '"110105********0021": ID number check digit is wrong',
    });
    // 17 digits give the 18th (the check digit): as much as the whole number
    expect(idNumberRefusal('11010519491231002', TEST_TODAY).zh).toBe(
      '「110105*******1002」：身份证号应为18位',
    );
    const wide = fullWidth('110105194912310021');
    expect(idNumberRefusal(wide, TEST_TODAY, `张三 ${wide}`).en).toBe(
      '"张三 110105********0021": ID number check digit is wrong',
    );
  });

  it('keeps each language to itself: no Latin word in the Chinese but the X of a number, no Chinese in the English', () => {
    for (const raw of Object.values(REFUSED)) {
      const { zh, en } = idNumberRefusal(raw, TEST_TODAY);
      expect(zh.replace(/「[^」]*」/, '').match(/[A-Za-z]+/g) ?? [], zh).toEqual(
        raw.endsWith('AX') ? ['X'] : [],
      );
      expect(CJK.test(en.replace(/"[^"]*"/, '')), en).toBe(false);
    }
  });

  it('names the cell as typed (white space as one space, a long cell cut, a number masked), or the text it is given to show', () => {
    expect(idNumberRefusal(' 1101 0519\n4912 3100 ', TEST_TODAY).zh).toBe(
      '「110105******3100」：身份证号应为18位',
    );
    expect(idNumberRefusal(' 1101 05 ', TEST_TODAY).zh).toBe('「1101 05」：身份证号应为18位');
    const long = '1'.repeat(60);
    expect(idNumberRefusal(long, TEST_TODAY).en).toBe(
      `"${'1'.repeat(6)}${'*'.repeat(33)}…": ID number must have 18 characters`,
    );
    expect(idNumberRefusal('11010519491331002X', TEST_TODAY, '张三（11010519491331002X）').zh).toBe(
      '「张三（110105********002X）」：身份证号中的出生日期无效',
    );
    // a birth day after today
    expect(idNumberRefusal('110105202606160024', '2026-06-15').en).toBe(
      '"110105********0024": ID number holds an invalid birth date',
    );
  });

  it('says a number Excel turned into scientific notation lost its last digits, as the member import does', () => {
    expect(idNumberRefusal('1.10114E+17', TEST_TODAY)).toEqual({
      zh: "「1.10114E+17」：Excel 把身份证号存成了数字（科学计数法，如 1.10114E+17），末几位已丢失，无法还原：请把该列设为“文本”格式后重新填写完整的身份证号，或在身份证号前加英文单引号（'）",
      en: `"1.10114E+17": Excel stored the ID number as a number (scientific notation, as 1.10114E+17) and its last digits are lost for good: format the column as Text and type the whole ID number again, or put an apostrophe (') before it`,
    });
    expect(idNumberRefusal(' 1.1011419880305E+17 ', TEST_TODAY).zh).toContain('科学计数法');
  });

  it('asks for a blank cell, and will not refuse a number it accepts', () => {
    expect(idNumberRefusal(' ', TEST_TODAY)).toEqual({ zh: '请填写身份证号', en: 'Give the ID number' });
    expect(() => idNumberRefusal('11010519491231002X', TEST_TODAY)).toThrow(/not refused/);
  });
});
