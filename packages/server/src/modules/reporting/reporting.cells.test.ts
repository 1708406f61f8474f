/**
 * `sumCountCells` (issue 42) sums deltas per cell as `addCounts`' statement does: the same cell once, `on` taken to
 * its cell's day, cells coming to nothing left out, sorted by (subject, union, day, dim, dim2).
 */
import { describe, expect, it } from 'vitest';
import { sumCountCells } from './reporting.repository.ts';

describe('sumCountCells', () => {
  it('merges deltas of a cell, leaves out cells summing to nothing and sorts by the cell', () => {
    const cells = sumCountCells([
      { subject: 'b.x', orgId: 2, on: '2024-03-01', dim: 'k', n: 1 },
      { subject: 'a.x', orgId: 7, on: '2024-05', n: 2, fen: 300 },
      { subject: 'b.x', orgId: 2, on: '2024-03-01', dim: 'k', n: 2 },
      { subject: 'a.x', orgId: 3, on: '2024-01-09', dim: 'k', dim2: 'z', n: 1 },
      { subject: 'a.x', orgId: 3, on: '2024-01-09', dim: 'k', dim2: 'z', n: -1 },
      { subject: 'a.x', orgId: 3, on: '2024-01-09', n: 0, fen: 0 },
      { subject: 'a.x', orgId: 7, on: '2024-05-01', fen: -100 },
    ]);
    expect(cells).toEqual([
      { subject: 'a.x', orgId: 7, on: '2024-05-01', dim: '', dim2: '', n: 2, fen: 200 },
      { subject: 'b.x', orgId: 2, on: '2024-03-01', dim: 'k', dim2: '', n: 3, fen: 0 },
    ]);
  });
});
