import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialToDate } from './sheet-dates.ts';

/** The day of a serial as Date writes it: what serialToDate answered before it counted the days itself. */
function byDate(serial: number, date1904: boolean): string {
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return '1900-02-29';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

describe('serialToDate', () => {
  it('gives the day Date gives, in either system, for every day of the years 1900 to 2200', () => {
    const read: string[] = [];
    const expected: string[] = [];
    for (let serial = -1000; serial <= 110_000; serial++) {
      read.push(serialToDate(serial, false), serialToDate(serial + 0.75, true));
      expected.push(byDate(serial, false), byDate(serial + 0.75, true));
    }
    expect(read).toEqual(expected);
  });
  it('gives the day Date gives for any serial, far from today too (years before 1000, after 9999)', () => {
    fc.assert(
      fc.property(fc.double({ min: -9e7, max: 9e7, noNaN: true }), fc.boolean(), (serial, date1904) => {
        expect(serialToDate(serial, date1904)).toBe(byDate(serial, date1904));
      }),
      { numRuns: 20_000 },
    );
    for (const serial of [60, 59.5, 61, 0, -693_594, -693_595, 2_958_465, 2_958_466])
      expect(serialToDate(serial, false)).toBe(byDate(serial, false));
  });
});
