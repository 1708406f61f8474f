import { describe, expect, it } from 'vitest';
import { periodDays } from './StatsPeriod.tsx';

describe('a statistics period as days', () => {
  it('spans a year, a range of years, or the days given (one end alone within its year)', () => {
    expect(periodDays({ year: 2020 })).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(periodDays({ fromYear: 2019, toYear: 2021 })).toEqual({ from: '2019-01-01', to: '2021-12-31' });
    expect(periodDays({ from: '2020-03-01', to: '2020-05-31' })).toEqual({
      from: '2020-03-01',
      to: '2020-05-31',
    });
    expect(periodDays({ from: '2020-03-01' })).toEqual({ from: '2020-03-01', to: '2020-12-31' });
    expect(periodDays({ to: '2020-05-31' })).toEqual({ from: '2020-01-01', to: '2020-05-31' });
    expect(periodDays({})).toEqual({ from: '', to: '' });
  });
});
