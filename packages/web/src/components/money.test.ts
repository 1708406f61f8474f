import { describe, expect, it } from 'vitest';
import { fenToYuanText, formatFen, parseYuan, yuanToFen } from './money.ts';

describe('yuan typed by staff becomes integer fen', () => {
  it.each([
    ['0', 0],
    ['1', 100],
    ['0.1', 10],
    ['0.29', 29],
    ['1234.5', 123450],
    ['1,234.56', 123456],
    ['1，234，567', 123456700],
    ['1,200.', 120000],
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

describe('typed amounts are read exactly or refused with the reason', () => {
  it.each([
    ['abc12.345', 'format'],
    ['1e5元', 'format'],
    ['1e5', 'format'],
    ['12.345', 'decimals'],
    ['0.001', 'decimals'],
    ['-5', 'negative'],
    ['-0.5', 'negative'],
    ['1000000000.01', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
    ['12.3.4', 'format'],
    ['Infinity', 'format'],
    ['0x10', 'format'],
    ['', 'required'],
    ['   ', 'required'],
    // a comma separates thousands only: these are no amount, not 1250, 12005 or 1200 yuan
    ['12,50', 'comma'],
    ['1200,5', 'comma'],
    ['1,2,00', 'comma'],
    ['1,200,5', 'comma'],
  ])('%s is refused: %s', (text, problem) => {
    expect(parseYuan(text)).toEqual({ ok: false, problem });
  });

  it.each([
    ['100元', 10000],
    ['￥1,234.5', 123450],
    ['１２３４．５６', 123456],
    ['1000000000', 100_000_000_000],
    ['.5', null],
  ])('%s reads as %s fen', (text, fen) => {
    const got = parseYuan(text);
    if (fen === null) expect(got.ok).toBe(false);
    else expect(got).toEqual({ ok: true, value: fen });
  });

  it('an empty field is "no value" only where the field allows it', () => {
    expect(parseYuan('', { emptyAllowed: true })).toEqual({ ok: true, value: null });
    expect(parseYuan('abc', { emptyAllowed: true })).toEqual({ ok: false, problem: 'format' });
  });
});
