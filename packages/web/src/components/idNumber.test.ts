import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import { ID_NUMBER_INPUT_MAX, idNumberOf, idNumberProblem } from './idNumber.ts';

const i18n = testI18n();

describe('the ID-number field names its own problem', () => {
  const zhT = i18n.getFixedT('zh');
  const enT = i18n.getFixedT('en');

  it('a valid number has none, also with a lower-case x', () => {
    expect(idNumberProblem(zhT, '11010519491231002X')).toBeNull();
    expect(idNumberProblem(zhT, ' 11010519491231002x ')).toBeNull();
  });

  it('a wrong check digit names the right one, in both languages', () => {
    expect(idNumberProblem(zhT, '110105194912310021')).toBe('校验码错误：第18位应为X');
    expect(idNumberProblem(enT, '110105194912310021')).toBe(
      'Wrong check digit: the 18th character should be X',
    );
  });

  it('length, region and birth date problems are named too', () => {
    expect(idNumberProblem(zhT, '1101051949123100')).toBe('身份证号应为18位（现在是 16 位）');
    expect(idNumberProblem(zhT, '990105194912310028')).toBe('身份证号前两位地区码无效');
    expect(idNumberProblem(zhT, '110105194913310028')).toBe('身份证号第7–14位的出生日期无效');
  });

  it('a number typed in groups, in full-width digits or with a lower-case x is the number, and sent as it', () => {
    const typed = '１１０１０５ 19491231 002x';
    expect(idNumberProblem(zhT, typed)).toBeNull();
    expect(idNumberOf(typed)).toBe('11010519491231002X');
    expect(typed.length).toBeLessThanOrEqual(ID_NUMBER_INPUT_MAX);
    // a short number counts its characters without the spaces
    expect(idNumberProblem(zhT, '110105 1949123100')).toBe('身份证号应为18位（现在是 16 位）');
  });
});
