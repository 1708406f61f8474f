import { describe, expect, it } from 'vitest';
import { maskIdNumbersIn } from './id-mask.ts';

describe('maskIdNumbersIn', () => {
  it('masks a run that may be an ID number as screens show it, whatever the width of its digits', () => {
    expect(maskIdNumbersIn('110105194912310021')).toBe('110105********0021');
    expect(maskIdNumbersIn('１１０１０５１９４９１２３１００２Ｘ')).toBe('110105********002X');
    expect(maskIdNumbersIn('张三（11010519491231002x）')).toBe('张三（110105********002X）');
    expect(maskIdNumbersIn('1101 0519 4912 3100 2X')).toBe('110105********002X');
    // 17 digits give the 18th; 15, an old number
    expect(maskIdNumbersIn('11010519491231002')).toBe('110105*******1002');
    expect(maskIdNumbersIn('110105491231002')).toBe('110105*****1002');
  });

  it('leaves other texts as they are: a phone, a day, an amount, a code after a letter, full-width digits alone', () => {
    for (const text of [
      '13800138000',
      '2019-05-18 至 2019-05-19',
      '１２００元',
      'PDEA2019110100000123',
      '第１２行',
    ])
      expect(maskIdNumbersIn(text)).toBe(text);
  });
});
