import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_FILES, SRC } from '../pages/tsx-sources.ts';
import { dayOf, formatClock, formatTime } from './dates.ts';

// Source check: the web app reads today, this year and a moment's day and time in China, as the server does, through
// components/dates.ts — never from the browser's own zone. A machine set to UTC showed a payment of 00:00 in Beijing
// at 16:00 the day before, and a hardship file ending today as ended from midnight UTC.

/** The ways of reading the browser's zone: now as a Date or dayjs, a year or a day taken from one. */
const LOCAL = [/new Date\(\)/, /dayjs\(\)/, /\.getFullYear\(\)/, /toISOString\(\)\.slice\(0, 10\)/];

/** Where a source reads the browser's zone, as `file:line`. */
export function localReads(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (LOCAL.some((r) => r.test(line)) ? [`${file}:${i + 1}`] : []));
}

const SOURCES = SOURCE_FILES.filter((f) => !f.includes('.test.') && !f.endsWith('components/dates.ts'));

describe('the web in China time', () => {
  it('reads today and this year through components/dates.ts only', () => {
    const found = SOURCES.flatMap((f) => localReads(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('finds a local read (its own check)', () => {
    const probe = 'const a = new Date().getFullYear();\nconst b = dayjs(iso);\nconst c = dayjs().format();';
    expect(localReads('probe.ts', probe)).toEqual(['probe.ts:1', 'probe.ts:3']);
  });

  it('writes a moment in China time', () => {
    // 2026-01-25T16:00Z is 2026-01-26 00:00 in Beijing
    expect(formatTime('2026-01-25T16:00:00Z')).toBe('2026-01-26 00:00');
    expect(formatClock('2026-01-25T16:00:05Z', { seconds: true })).toBe('00:00:05');
    expect(dayOf('2026-01-25T16:00:00Z')).toBe('2026-01-26');
  });
});
