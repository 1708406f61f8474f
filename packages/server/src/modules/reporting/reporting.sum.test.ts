/**
 * `sumCountCells` (issue 42) sums deltas per cell as `addCounts`' statement does: the same cell once, `on` taken to
 * its cell's day, cells coming to nothing left out, sorted by (subject, union, day, dim, dim2).
 */
import { describe, expect, it } from 'vitest';
import { sumCountCells } from './reporting.cells.ts';
import type { CountDelta } from './reporting.repository.ts';

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

/** The cells as a map of joined keys sorted after (what sumCountCells replaced): the reference. */
function byJoinedKeys(deltas: CountDelta[]): CountDelta[] {
  const cells = new Map<string, Required<CountDelta>>();
  for (const d of deltas) {
    if (!d.n && !d.fen) continue;
    const cell = { subject: d.subject, orgId: d.orgId, on: d.on, dim: d.dim ?? '', dim2: d.dim2 ?? '' };
    const key = JSON.stringify(cell);
    const was = cells.get(key) ?? { ...cell, n: 0, fen: 0 };
    was.n += d.n ?? 0;
    was.fen += d.fen ?? 0;
    cells.set(key, was);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...cells.values()]
    .filter((c) => c.n || c.fen)
    .sort(
      (a, b) =>
        cmp(a.subject, b.subject) ||
        a.orgId - b.orgId ||
        cmp(a.on, b.on) ||
        cmp(a.dim, b.dim) ||
        cmp(a.dim2, b.dim2),
    );
}

/** A small deterministic generator, so the test does not depend on chance. */
function* numbers(seed: number) {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2147483648;
    yield x;
  }
}

describe("sumCountCells on a register's deltas", () => {
  it('sums deltas per cell, drops cells that come to nothing and sorts them by the cell', () => {
    const deltas: CountDelta[] = [
      { subject: 'agreements.signed', orgId: 12, on: '2024-03-01', dim: 'general', dim2: 'area', n: 1 },
      { subject: 'agreements.in_force', orgId: 3, on: '2024-03-01', dim: 'general', dim2: 'area', n: 1 },
      { subject: 'agreements.signed', orgId: 12, on: '2024-03-01', dim: 'general', dim2: 'area', n: 1 },
      { subject: 'agreements.in_force', orgId: 3, on: '2024-03-01', dim: 'general', dim2: 'area', n: -1 },
      { subject: 'agreements.measure_cost', orgId: 2, on: '2023-01-05', dim: 'wage', fen: 500 },
      { subject: 'agreements.signed', orgId: 2, on: '2023-01-05', n: 0, fen: 0 },
    ];
    expect(sumCountCells(deltas)).toEqual([
      {
        subject: 'agreements.measure_cost',
        orgId: 2,
        on: '2023-01-05',
        dim: 'wage',
        dim2: '',
        n: 0,
        fen: 500,
      },
      {
        subject: 'agreements.signed',
        orgId: 12,
        on: '2024-03-01',
        dim: 'general',
        dim2: 'area',
        n: 2,
        fen: 0,
      },
    ]);
    expect(sumCountCells([])).toEqual([]);
  });

  it('makes the cells a map of joined keys makes, in the same order', () => {
    const r = numbers(42);
    const pick = <T>(xs: T[]) => xs[(r.next().value as number) % xs.length];
    const deltas: CountDelta[] = Array.from({ length: 5000 }, () => ({
      subject: pick(['agreements.signed', 'agreements.workers', 'agreements.enterprises']),
      orgId: pick([1, 2, 10, 11, 100, 1000]),
      on: pick(['2019-12-31', '2020-01-01', '2020-01-02', '2021-06-30']),
      dim: pick(['general', 'wage', 'women', undefined]),
      dim2: pick(['', 'due', 'other', undefined]),
      n: pick([-2, -1, 0, 1, 2]),
      fen: pick([0, 0, 0, 150, -150]),
    }));
    expect(sumCountCells(deltas)).toEqual(byJoinedKeys(deltas));
  });
});
