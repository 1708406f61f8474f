import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { periodText, statsPeriod } from './period.ts';

const TODAY = '2026-11-23';

describe('a statistics period', () => {
  it('is a year, a range of years, or days; days win; states on the last day or today', () => {
    expect(statsPeriod({ year: 2020 }, TODAY)).toEqual({
      from: '2020-01-01',
      to: '2020-12-31',
      asOf: '2020-12-31',
    });
    expect(statsPeriod({ fromYear: 2016, toYear: 2020 }, TODAY)).toEqual({
      from: '2016-01-01',
      to: '2020-12-31',
      asOf: '2020-12-31',
    });
    expect(statsPeriod({ year: 2026 }, TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-31', asOf: TODAY });
    expect(statsPeriod({ year: 2019, from: '2020-03-01', to: '2020-11-30' }, TODAY)).toEqual({
      from: '2020-03-01',
      to: '2020-11-30',
      asOf: '2020-11-30',
    });
    // One end alone: from 1 January of the end's year, or up to today.
    expect(statsPeriod({ to: '2020-11-30' }, TODAY).from).toBe('2020-01-01');
    expect(statsPeriod({ from: '2019-05-01' }, TODAY)).toEqual({
      from: '2019-05-01',
      to: TODAY,
      asOf: TODAY,
    });
    expect(statsPeriod({}, TODAY)).toEqual({ from: '2026-01-01', to: TODAY, asOf: TODAY });
  });

  it('refuses a start after its end, naming both days in Chinese and English', () => {
    const refused = (() => {
      try {
        statsPeriod({ from: '2020-12-01', to: '2020-11-30' }, TODAY);
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe('STATS_PERIOD_INVALID');
    expect(refused.messages.zh).toContain('2020-12-01');
    expect(refused.messages.en).toContain('2020-11-30');
  });

  it('reads in a title as the clerk says it', () => {
    expect(periodText(statsPeriod({ year: 2020 }, TODAY))).toBe('2020年');
    expect(periodText(statsPeriod({ fromYear: 2016, toYear: 2020 }, TODAY))).toBe('2016—2020年');
    expect(periodText(statsPeriod({ from: '2020-03-01', to: '2020-11-30' }, TODAY))).toBe(
      '2020-03-01至2020-11-30',
    );
  });
});
