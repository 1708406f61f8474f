import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { createIdProtector } from './id-protector.ts';
import { idCheckDigit, maskedIdAgrees, maskIdNumber, normaliseIdNumber, parseIdNumber } from './idcard.ts';

describe('ID-card numbers (GB 11643)', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    const r = parseIdNumber('11010519491231002X', TEST_TODAY);
    expect(r).toEqual({
      ok: true,
      value: { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    });
  });
  it('normalises a lower-case x and spaces', () => {
    expect(parseIdNumber(' 11010519491231002x ', TEST_TODAY).ok).toBe(true);
  });
  it('reads full-width digits and letters, and spaces anywhere', () => {
    const want = { ok: true, value: expect.objectContaining({ number: '11010519491231002X' }) };
    expect(parseIdNumber('１１０１０５１９４９１２３１００２Ｘ', TEST_TODAY)).toEqual(want);
    expect(parseIdNumber('１１０１０５１９４９１２３１００２ｘ', TEST_TODAY)).toEqual(want);
    expect(parseIdNumber('110105 19491231 002X', TEST_TODAY)).toEqual(want);
    expect(parseIdNumber('\u3000110105\u300019491231002x\u00a0', TEST_TODAY)).toEqual(want);
    expect(normaliseIdNumber('１１０１ ０５')).toBe('110105');
  });
  it('leaves out the apostrophe a system writes before the number and the invisible characters a copy brings', () => {
    expect(normaliseIdNumber("'11010519491231002x")).toBe('11010519491231002X');
    expect(normaliseIdNumber('‘11010519491231002X')).toBe('11010519491231002X');
    expect(normaliseIdNumber('11010519491231002X\u200b')).toBe('11010519491231002X');
    expect(normaliseIdNumber('\ufeff11010519491231002X')).toBe('11010519491231002X');
  });
  it('gives a number typed plainly back as it is, and normalises any other (issue 45: read for every row)', () => {
    expect(normaliseIdNumber('11010519491231002X')).toBe('11010519491231002X');
    expect(normaliseIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normaliseIdNumber('11010519491231002X ')).toBe('11010519491231002X');
    expect(normaliseIdNumber('110105********002X')).toBe('110105********002X');
    expect(normaliseIdNumber('1101051949123100２X')).toBe('11010519491231002X');
    expect(idCheckDigit('11010519491231002')).toBe('X');
  });
  it('names the problem', () => {
    expect(parseIdNumber('110105194912310021', TEST_TODAY)).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseIdNumber('1101051949123100', TEST_TODAY)).toEqual({ ok: false, problem: 'length' });
    expect(parseIdNumber('11010519491331002X', TEST_TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    expect(parseIdNumber('99010519491231002X', TEST_TODAY)).toEqual({ ok: false, problem: 'region' });
    expect(parseIdNumber('1101051949123100AX', TEST_TODAY)).toEqual({ ok: false, problem: 'format' });
  });
  it('refuses a birth day after the day it is checked on, and takes one on that day', () => {
    const born = (day: string) => {
      const first = `110105${day.replaceAll('-', '')}002`;
      return `${first}${idCheckDigit(first)}`;
    };
    expect(parseIdNumber(born('2026-06-16'), '2026-06-15')).toEqual({ ok: false, problem: 'birth_date' });
    expect(parseIdNumber(born('2026-06-15'), '2026-06-15').ok).toBe(true);
    expect(parseIdNumber(born('2026-06-16'), '2026-06-16').ok).toBe(true);
  });
  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = '11010519491231002X';
        const digits = valid.split('');
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        const changed = digits.join('');
        return !parseIdNumber(changed, TEST_TODAY).ok;
      }),
    );
  });
  it('masks all but region and last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('masked numbers and row keys, as an export writes them', () => {
  const number = '11010519491231002X';
  it('accepts a masked number whose shown characters are the member’s', () => {
    expect(maskedIdAgrees(maskIdNumber(number), number)).toBe(true);
    expect(maskedIdAgrees('110***********002X', number)).toBe(true);
    expect(maskedIdAgrees('１１０１０５＊＊＊＊＊＊＊＊００２ｘ', number)).toBe(true);
  });
  it('refuses one that shows another character, is cut short, or shows fewer than four', () => {
    expect(maskedIdAgrees('110105********0021', number)).toBe(false);
    expect(maskedIdAgrees('110105*******002X', number)).toBe(false);
    expect(maskedIdAgrees('***************02X', number)).toBe(false);
  });
  const ids = createIdProtector(Buffer.alloc(32, 7));
  it('reads back the row key it signed, and nothing edited', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 48 }), (id) => {
        const key = ids.rowKey(id);
        expect(ids.readRowKey(key)).toBe(id);
        expect(ids.readRowKey(` ${key.toLowerCase()} `)).toBe(id);
        expect(ids.readRowKey(key.replace(/^\d+/, String(id + 1)))).toBeNull();
        expect(ids.readRowKey(key.slice(0, -1))).toBeNull();
      }),
    );
    expect(ids.readRowKey('')).toBeNull();
    expect(ids.readRowKey('0012-ABCDEF0123')).toBeNull();
    expect(createIdProtector(Buffer.alloc(32, 8)).readRowKey(ids.rowKey(5))).toBeNull();
  });
});
