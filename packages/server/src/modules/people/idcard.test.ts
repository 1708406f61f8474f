import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdProtector } from './id-protector.ts';
import { maskedIdAgrees, maskIdNumber, normaliseIdNumber, parseIdNumber } from './idcard.ts';

describe('ID-card numbers (GB 11643)', () => {
  it('accepts a valid number and derives birth date and sex', () => {
    const r = parseIdNumber('11010519491231002X');
    expect(r).toEqual({
      ok: true,
      value: { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' },
    });
  });
  it('normalises a lower-case x and spaces', () => {
    expect(parseIdNumber(' 11010519491231002x ').ok).toBe(true);
  });
  it('reads full-width digits and letters, and spaces anywhere', () => {
    const want = { ok: true, value: expect.objectContaining({ number: '11010519491231002X' }) };
    expect(parseIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toEqual(want);
    expect(parseIdNumber('１１０１０５１９４９１２３１００２ｘ')).toEqual(want);
    expect(parseIdNumber('110105 19491231 002X')).toEqual(want);
    expect(parseIdNumber('\u3000110105\u300019491231002x\u00a0')).toEqual(want);
    expect(normaliseIdNumber('１１０１ ０５')).toBe('110105');
  });
  it('names the problem', () => {
    expect(parseIdNumber('110105194912310021')).toEqual({ ok: false, problem: 'check_digit' });
    expect(parseIdNumber('1101051949123100')).toEqual({ ok: false, problem: 'length' });
    expect(parseIdNumber('11010519491331002X')).toEqual({ ok: false, problem: 'birth_date' });
    expect(parseIdNumber('99010519491231002X')).toEqual({ ok: false, problem: 'region' });
    expect(parseIdNumber('1101051949123100AX')).toEqual({ ok: false, problem: 'format' });
  });
  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const valid = '11010519491231002X';
        const digits = valid.split('');
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        const changed = digits.join('');
        return !parseIdNumber(changed).ok;
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
