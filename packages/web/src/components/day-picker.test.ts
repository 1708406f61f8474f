import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { typedDay, typedToCommit } from './DayPicker.tsx';

const day = (text: string) => typedDay(text)?.format('YYYY-MM-DD') ?? null;

describe('a day typed into a date field', () => {
  it('is read the ways a clerk types 1 March 2025, leading zeros or not', () => {
    for (const text of [
      '2025-03-01',
      '2025-3-1',
      '2025/3/1',
      '2025/03/01',
      '2025.3.1',
      '2025.03.01',
      '20250301',
      '2025年3月1日',
      '2025年03月01日',
    ]) {
      expect(day(text), text).toBe('2025-03-01');
    }
  });

  it('without a year is a day of this year', () => {
    const year = dayjs().year();
    expect(day('3月1日')).toBe(`${year}-03-01`);
    expect(day('03月01日')).toBe(`${year}-03-01`);
  });

  it('is no day when it names none', () => {
    for (const text of ['2025-02-30', '3.1', '下周一', '2025-13-01', '']) expect(day(text), text).toBeNull();
  });
});

describe('a day being typed', () => {
  it('is not taken by the picker while a longer day can still grow out of it (2025/3/1 of 2025/3/12)', () => {
    for (const text of ['2025/3/1', '2025-3-1', '2025.3.1', '2025/11/1']) {
      expect(typedToCommit(text), text).toEqual({ day: typedDay(text) });
    }
    // the picker reads these itself as they are typed: no longer day begins with them
    for (const text of ['2025-03-01', '2025/03/12', '20250301', '2025年3月1日', '3月1日'])
      expect(typedToCommit(text), text).toBeNull();
  });

  it('that names no day is said, not dropped', () => {
    expect(typedToCommit('2025/2/30')).toEqual({ unread: '2025/2/30' });
    expect(typedToCommit('  ')).toBeNull();
  });
});
