import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { typedDay } from './DayPicker.tsx';

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
