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
