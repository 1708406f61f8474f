import { describe, expect, it } from 'vitest';
import { periodDays, yearSpan } from './StatsPeriod.tsx';

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

describe('the years of a page of a range of years', () => {
  it('ends on the newest year with figures unless asked, and keeps what is asked', () => {
    expect(yearSpan({}, 2020, 7)).toEqual({ fromYear: 2014, toYear: 2020 });
    expect(yearSpan({ toYear: 2024 }, 2020, 7)).toEqual({ fromYear: 2018, toYear: 2024 });
    expect(yearSpan({ fromYear: 2016 }, 2020, 7)).toEqual({ fromYear: 2016, toYear: 2020 });
    expect(yearSpan({ fromYear: 2016, toYear: 2018 }, 2020, 3)).toEqual({ fromYear: 2016, toYear: 2018 });
  });
});
