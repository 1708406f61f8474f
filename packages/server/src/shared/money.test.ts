import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan } from './money.ts';

describe('formatYuan, the one server formatter', () => {
  it('writes two decimals with thousands separated, by integer arithmetic', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(320_000)).toBe('3,200.00');
    expect(formatYuan(156_700_000)).toBe('1,567,000.00');
    expect(formatYuan(-123_456)).toBe('-1,234.56');
  });

  it('reads back through parseYuan', () => {
    for (const fen of [1, 99, 100_000, 123_456_789]) expect(parseYuan(formatYuan(fen))).toBe(fen);
  });
});

describe('parseYuan', () => {
  it('takes a comma between thousands only: 12,50 is no amount, not 1250 yuan', () => {
    expect(parseYuan('1,200.50')).toBe(120_050);
    expect(parseYuan('1,234,567')).toBe(123_456_700);
    expect(parseYuan('¥1,200元')).toBe(120_000);
    expect(parseYuan('1,200万')).toBe(1_200_000_000);
    for (const typed of ['12,50', '1200,5', '1,2,00', ',100', '1,20.5']) expect(parseYuan(typed)).toBeNull();
  });

  it('reads 元整, as a paid amount is written on a voucher (1000元整, 1,000.00元整)', () => {
    expect(parseYuan('1000元整')).toBe(100_000);
    expect(parseYuan('1,000.00元整')).toBe(100_000);
    expect(parseYuan('3.5万元整')).toBe(3_500_000);
    expect(parseYuan('1000整')).toBeNull();
  });
});
