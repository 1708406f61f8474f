import { describe, expect, it } from 'vitest';
import { asOfForYear, defaultSimulationYear, simulationYears } from './simulation-year.ts';

const contest = { periodStart: '2020-01-01', periodEnd: '2022-12-31', periodUnit: 'year' };

describe('simulation year', () => {
  it('offers the years of a yearly program spanning several, and nothing for one year or a whole period', () => {
    expect(simulationYears(contest)).toEqual([2020, 2021, 2022]);
    expect(simulationYears({ ...contest, periodStart: '2022-01-01' })).toEqual([]);
    expect(simulationYears({ ...contest, periodUnit: 'whole' })).toEqual([]);
  });

  it('defaults to the current year inside the period, else the last year', () => {
    expect(defaultSimulationYear([2020, 2021, 2022], '2021-05-03')).toBe(2021);
    expect(defaultSimulationYear([2020, 2021, 2022], '2026-11-22')).toBe(2022);
  });

  it('evaluates a past year on its last day, the current year today, always within the period', () => {
    expect(asOfForYear(contest, 2020, '2026-11-22')).toBe('2020-12-31');
    expect(asOfForYear(contest, 2021, '2021-05-03')).toBe('2021-05-03');
    expect(asOfForYear({ ...contest, periodEnd: '2022-06-30' }, 2022, '2026-11-22')).toBe('2022-06-30');
  });
});
