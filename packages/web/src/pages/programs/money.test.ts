import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatFen, yuanToFen } from './money.ts';

describe('yuan typed by staff becomes integer fen', () => {
  it.each([
    ['0', 0],
    ['1', 100],
    ['0.1', 10],
    ['0.29', 29],
    ['1234.5', 123450],
    ['1,234.56', 123456],
    ['¥ 300000', 30000000],
    ['19.99', 1999],
    ['1.005', null],
    ['-1', null],
    ['abc', null],
    ['', null],
  ])('%s → %s', (text, fen) => {
    const got = yuanToFen(text);
    expect(got).toBe(fen);
    if (got !== null) expect(Number.isInteger(got)).toBe(true);
  });

  it('round-trips every cent of a few yuan exactly', () => {
    for (let fen = 0; fen < 2000; fen++) expect(yuanToFen(fenToYuanText(fen))).toBe(fen);
  });

  it('formats fen for display', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(-10000)).toBe('-¥100.00');
    expect(formatFen(null)).toBe('—');
  });
});
