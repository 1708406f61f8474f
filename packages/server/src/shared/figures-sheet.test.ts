import { describe, expect, it } from 'vitest';
import { periodLine, periodWords, unionLine } from './figures-sheet.ts';

describe('the period line of every statistics sheet', () => {
  it('says the days, and 计至 the as-of day only while the period has not ended', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(periodLine({ ...year, asOf: '2026-11-30' })).toEqual([
      '统计期间',
      '2026-01-01至2026-12-31，计至2026-11-30',
    ]);
    expect(periodLine({ ...year, asOf: '2026-12-31' })).toEqual(['统计期间', '2026-01-01至2026-12-31']);
    expect(periodLine({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' })).toEqual([
      '统计期间',
      '2025-01-01至2025-12-31',
    ]);
    expect(periodLine(year)).toEqual(['统计期间', '2026-01-01至2026-12-31']);
  });

  it('writes a period with an open end as it is, counted to its day', () => {
    expect(periodLine({ from: null, to: null, asOf: '2026-11-30' })).toEqual([
      '统计期间',
      '全部期间，计至2026-11-30',
    ]);
    expect(periodWords({ from: '2026-01-01', to: null })).toBe('2026-01-01起');
    expect(periodWords({ from: null, to: '2026-06-30' })).toBe('至2026-06-30');
  });

  it('names the union, or every union the caller sees', () => {
    expect(unionLine('昌平区总工会')).toEqual(['统计单位', '昌平区总工会']);
    expect(unionLine(null)).toEqual(['统计单位', '全部工会']);
    expect(unionLine('')).toEqual(['统计单位', '全部工会']);
  });
});
