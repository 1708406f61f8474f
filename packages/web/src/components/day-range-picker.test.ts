/**
 * A range of days (保险期间, 报名时间, 征集时间, an activity's sessions, the audit log's dates) reads a day typed the ways
 * the single-day picker does, and every range in the web is that one picker: a page that took antd's own range
 * picker read only 2025-03-01 and emptied both boxes on 2025/3/1 (trial 44).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAY_FORMATS, typedDay } from './DayPicker.tsx';
import { rangeFormats, typedRangeCommit, typedRangeEnd } from './DayRangePicker.tsx';

const SRC = join(import.meta.dirname, '..');
const day = (text: string) => typedRangeEnd(text)?.format('YYYY-MM-DD') ?? null;
const moment = (text: string) => typedRangeEnd(text, true)?.format('YYYY-MM-DD HH:mm') ?? null;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return f.endsWith('.tsx') ? [p] : [];
  });
}

describe('a day typed into a box of a range', () => {
  it('is read the ways a clerk types 1 March 2025, as the single-day picker reads it', () => {
    for (const text of [
      '2025-03-01',
      '2025-3-1',
      '2025/3/1',
      '2025/03/01',
      '2025.3.1',
      '2025年3月1日',
      ' 2025/3/1 ',
    ]) {
      expect(day(text), text).toBe('2025-03-01');
      expect(day(text), text).toBe(typedDay(text)?.format('YYYY-MM-DD'));
    }
    expect(rangeFormats(false)).toEqual(DAY_FORMATS);
  });

  it('shows a range as 2025-03-01 (the first format is the one shown)', () => {
    expect(rangeFormats(false)[0]).toBe('YYYY-MM-DD');
    expect(rangeFormats(true)[0]).toBe('YYYY-MM-DD HH:mm');
  });

  it('with a time, reads the day the same ways and the time to the minute', () => {
    for (const text of ['2025-03-01 09:30', '2025/3/1 9:30', '2025.3.1 09:30', '2025年3月1日 9:30'])
      expect(moment(text), text).toBe('2025-03-01 09:30');
  });

  it('is no day when it names none', () => {
    for (const text of ['2025-02-30', '3.1', '下周一', '2025-13-01']) expect(day(text), text).toBeNull();
    expect(moment('2025/3/1 25:00')).toBeNull();
  });

  it('every range picker in the web is DayRangePicker', () => {
    const raw = sources(SRC)
      .filter((p) => !p.endsWith('DayRangePicker.tsx') && /\bRangePicker\b/.test(readFileSync(p, 'utf8')))
      .map((p) => relative(SRC, p));
    expect(raw).toEqual([]);
  });
});

/** The day a box's text is taken as on Enter or on leaving it, or null. */
const taken = (text: string, withTime = false, shown = 'YYYY-MM-DD') => {
  const typed = typedRangeCommit(text, withTime);
  return typed && 'day' in typed ? typed.day.format(shown) : null;
};

describe('a box of a range being typed', () => {
  it('takes 2026/2/28 whole, where the picker took 2026/2/2 and the 8 then made 2026-02-028 (trial 44)', () => {
    expect(taken('2026/2/2')).toBe('2026-02-02');
    expect(taken('2026/2/28')).toBe('2026-02-28');
    expect(typedRangeCommit('2026-02-28')).toBeNull();
    expect(typedRangeCommit('2026/2/30')).toEqual({ unread: '2026/2/30' });
    expect(taken('2025/3/1 9:30', true, 'YYYY-MM-DD HH:mm')).toBe('2025-03-01 09:30');
  });
});
