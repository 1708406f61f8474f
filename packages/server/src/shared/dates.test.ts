/**
 * Dates as clerks write them (parseDateText). A day written YYYY-MM-DD, as nearly every import cell is, is read where
 * it stands and given back as it is (issue 45: a million-row member sheet made new texts for each); it must read as
 * the general way reads it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from './dates.ts';

/** What the general way makes of y-m-d: the day, or null when there is none such from 1900 to 2200. */
function expected(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    y > 2200 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== m - 1 ||
    date.getUTCDate() !== d
  )
    return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

describe('a date written YYYY-MM-DD', () => {
  it('is itself when it is a day, null when it is not', () => {
    expect(parseDateText('2020-02-29')).toBe('2020-02-29');
    expect(parseDateText('2021-02-29')).toBeNull();
    expect(parseDateText('2000-02-29')).toBe('2000-02-29');
    expect(parseDateText('1900-02-29')).toBeNull();
    expect(parseDateText('1899-12-31')).toBeNull();
    expect(parseDateText('2200-12-31')).toBe('2200-12-31');
    expect(parseDateText('2201-01-01')).toBeNull();
    expect(parseDateText('2020-13-01')).toBeNull();
    expect(parseDateText('2020-00-10')).toBeNull();
    expect(parseDateText('2020-04-31')).toBeNull();
    expect(parseDateText('2020-04-00')).toBeNull();
  });

  it('reads as the other spellings of the same day do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1880, max: 2220 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const two = (n: number) => String(n).padStart(2, '0');
          const want = expected(y, m, d);
          expect(parseDateText(`${y}-${two(m)}-${two(d)}`)).toBe(want);
          expect(parseDateText(`${y}/${two(m)}/${two(d)}`)).toBe(want);
          expect(parseDateText(`${y}年${m}月${d}日`)).toBe(want);
        },
      ),
    );
  });

  it('is still read the general way when written otherwise', () => {
    expect(parseDateText(' 2020-03-15 ')).toBe('2020-03-15');
    expect(parseDateText('２０２０-０３-１５')).toBe('2020-03-15');
    expect(parseDateText('2020-03-15 08:30')).toBe('2020-03-15');
    expect(parseDateText('2020-3-5')).toBe('2020-03-05');
    expect(parseDateText('2020-03-1x')).toBeNull();
    expect(parseDateText('2020年3月5号')).toBe('2020-03-05');
    expect(parseDateText('2020年2月30号')).toBeNull();
    // spaced as a word processor spaces digits among Chinese (2024 年 1 月 20 日)
    expect(parseDateText('2024 年 1 月 20 日')).toBe('2024-01-20');
    expect(parseDateText('2024年 1 月 20日')).toBe('2024-01-20');
    expect(parseDateText('2024 - 1 - 20')).toBeNull();
  });
});

describe('a date written with a time or a day of the week after it', () => {
  it('is the day: a time after a space or ISO’s T without a zone, a weekday held to the day', () => {
    for (const text of [
      '2024-03-05T00:00:00',
      '2024-03-05T23:59:59.999',
      '2024-03-05 18:05',
      '2024年03月05日 星期二',
      '2024年3月5日星期二',
      '2024-03-05（周二）',
      '2024/3/5 (礼拜二)',
    ])
      expect(parseDateText(text), text).toBe('2024-03-05');
    expect(parseDateText('2024-03-10 星期天')).toBe('2024-03-10');
    // another day of the week, or a time with a zone (another day in China, perhaps): no day
    for (const text of [
      '2024-03-05（周三）',
      '2024年03月05日 星期日',
      '2024-03-04T16:00:00Z',
      '2024-03-05T08:00+08:00',
    ])
      expect(parseDateText(text), text).toBeNull();
  });
});
