import { describe, expect, it } from 'vitest';
import { chosenPeriod, knownPeriod, levelAfterForm, partOf, shownDeadline } from './return-period.ts';

const q3 = { periodKind: 'quarter' as const, periodFrom: '2025-07-01', periodTo: '2025-09-30', orgId: 7 };

describe('the return editor’s period', () => {
  it('finds the part of a saved quarter or month, and 1 for a year', () => {
    expect(partOf(q3)).toBe(3);
    expect(partOf({ periodKind: 'month', periodFrom: '2025-11-01' })).toBe(11);
    expect(partOf({ periodKind: 'survey_year', periodFrom: '2024-03-01' })).toBe(1);
  });

  it('is a range’s own days', () => {
    expect(knownPeriod('range', 'x', ['2025-01-05', '2025-02-01'], null, null)).toEqual([
      '2025-01-05',
      '2025-02-01',
    ]);
  });

  it('is unknown while a new draft’s period is first read: never empty days', () => {
    expect(knownPeriod('year', chosenPeriod('year', 2025, 1, 7), ['', ''], null, null)).toBeNull();
  });

  it('keeps the days last read for the same choice while they are read again', () => {
    const chosen = chosenPeriod('year', 2025, 1, 7);
    const read = { chosen, from: '2025-01-01', to: '2025-12-31' };
    expect(knownPeriod('year', chosen, ['', ''], read, null)).toEqual(['2025-01-01', '2025-12-31']);
    // another year chosen: the old days do not stand for it
    expect(knownPeriod('year', chosenPeriod('year', 2024, 1, 7), ['', ''], read, null)).toBeNull();
  });

  it('takes a saved return’s days only for the choice it was saved with', () => {
    expect(knownPeriod('quarter', chosenPeriod('quarter', 2025, 3, 7), ['', ''], null, q3)).toEqual([
      '2025-07-01',
      '2025-09-30',
    ]);
    expect(knownPeriod('quarter', chosenPeriod('quarter', 2025, 2, 7), ['', ''], null, q3)).toBeNull();
    expect(knownPeriod('month', chosenPeriod('month', 2025, 7, 7), ['', ''], null, q3)).toBeNull();
    expect(knownPeriod('quarter', chosenPeriod('quarter', 2025, 3, 8), ['', ''], null, q3)).toBeNull();
  });
});

describe('the level a new return goes to', () => {
  it('is the shipped form’s until the clerk picks one, and the clerk’s after, whichever comes first', () => {
    // the grassroots survey sends the default level on to its own
    expect(levelAfterForm(4, false, 4)).toBe(4);
    expect(levelAfterForm(4, false, 3)).toBe(3);
    // 区总工会 picked, then the 基层以上 survey taken: it goes to the districts, not the streets
    expect(levelAfterForm(2, true, 3)).toBe(2);
    // a form of no level of its own (blank, from a sheet) leaves the level as it is
    expect(levelAfterForm(2, false, undefined)).toBe(2);
  });
});

describe('the return editor’s deadline', () => {
  it('is, on a new return the clerk has not touched, the default counted from today: shown, so saved', () => {
    expect(shownDeadline(undefined, '2026-12-11')).toBe('2026-12-11');
    expect(shownDeadline(undefined, undefined)).toBeNull();
  });

  it('is the day the clerk picked, or the saved one, never replaced by the default', () => {
    expect(shownDeadline('2026-12-31', '2026-12-11')).toBe('2026-12-31');
    expect(shownDeadline(null, '2026-12-11')).toBeNull();
  });
});
