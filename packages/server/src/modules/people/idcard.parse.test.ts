import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckDigit, normaliseIdNumber, parseIdNumber } from './idcard.ts';

const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(
    ' ',
  ),
);
const two = (s: string, at: number) => Number(s.slice(at, at + 2));

/** parseIdNumber as it was written with a regular expression and a Date: what the one read in place must answer. */
function byRegExpAndDate(raw: string, today: string) {
  const number = normaliseIdNumber(raw);
  if (number.includes('*')) return { ok: false, problem: 'masked' };
  if (number.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(number)) return { ok: false, problem: 'format' };
  if (!PROVINCES.has(number.slice(0, 2))) return { ok: false, problem: 'region' };
  const y = two(number, 6) * 100 + two(number, 8);
  const m = two(number, 10);
  const d = two(number, 12);
  const date = new Date(Date.UTC(y, m - 1, d));
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (
    y < 1900 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d ||
    birthDate > today
  )
    return { ok: false, problem: 'birth_date' };
  if (idCheckDigit(number.slice(0, 17)) !== number[17]) return { ok: false, problem: 'check_digit' };
  return { ok: true, value: { number, birthDate, gender: Number(number[16]) % 2 === 1 ? 'male' : 'female' } };
}

describe('parseIdNumber read in place', () => {
  const today = fc.constantFrom('2026-06-15', '1999-12-31', '2000-02-29');
  it('answers what the regular expression and the Date answered, for numbers near valid ones', () => {
    const digit = fc.constantFrom(...'0123456789');
    const day = fc.record({
      region: fc.constantFrom('11', '01', '99', '83', '71', '1X'),
      year: fc.integer({ min: 1850, max: 2100 }),
      month: fc.integer({ min: 0, max: 13 }),
      date: fc.integer({ min: 0, max: 32 }),
      order: fc.array(digit, { minLength: 3, maxLength: 3 }),
      last: fc.constantFrom('X', 'x', '0', '5', 'A', '*', ''),
      fix: fc.boolean(),
    });
    fc.assert(
      fc.property(day, today, (p, t) => {
        const first = `${p.region}0105${p.year}${String(p.month).padStart(2, '0')}${String(p.date).padStart(2, '0')}${p.order.join('')}`;
        const raw = p.fix && /^\d{17}$/.test(first) ? first + idCheckDigit(first) : first + p.last;
        expect(parseIdNumber(raw, t)).toEqual(byRegExpAndDate(raw, t));
      }),
      { numRuns: 20_000 },
    );
  });
  it('answers what they answered for any text of ID-number characters', () => {
    const ch = fc.constantFrom(...'0123456789Xx*１Ｘ -'.split(''), '\u3000');
    fc.assert(
      fc.property(fc.array(ch, { minLength: 14, maxLength: 20 }), today, (cs, t) => {
        const raw = cs.join('');
        expect(parseIdNumber(raw, t)).toEqual(byRegExpAndDate(raw, t));
      }),
      { numRuns: 20_000 },
    );
  });
});
