import { describe, expect, it } from 'vitest';
import { suppressSmall, suppressTable } from './small-cells.ts';

describe('small-cell suppression', () => {
  it('hides 1 to 4 as "<5", shows 0 and 5 or more', () => {
    expect([0, 1, 4, 5, 219].map(suppressSmall)).toEqual([0, '<5', '<5', 5, 219]);
  });

  it('hides the smallest other non-zero cell of a column whose one hidden cell its total would give away', () => {
    // trial 44, finding 3: 12, 5, <5 with 合计 20 gave 3 away
    const rows = [
      { month: '2025-03', n: 12, m: 0 },
      { month: '2025-04', n: 5, m: 7 },
      { month: '2025-05', n: 3, m: 9 },
      { month: '2025-06', n: 0, m: 2 },
    ];
    const { rows: shown, total } = suppressTable(rows, { n: 20, m: 18 }, ['n', 'm']);
    expect(shown.map((r) => [r.month, r.n, r.m])).toEqual([
      ['2025-03', 12, 0],
      ['2025-04', '*', '*'],
      ['2025-05', '<5', 9],
      ['2025-06', 0, '<5'],
    ]);
    expect(total).toEqual({ n: 20, m: 18 });
  });

  it('hides nothing more where two cells are hidden already, or the total is hidden itself', () => {
    const twice = suppressTable([{ n: 12 }, { n: 3 }, { n: 2 }], { n: 17 }, ['n']);
    expect(twice.rows.map((r) => r.n)).toEqual([12, '<5', '<5']);
    const small = suppressTable([{ n: 0 }, { n: 3 }], { n: 3 }, ['n']);
    expect(small.rows.map((r) => r.n)).toEqual([0, '<5']);
    expect(small.total).toEqual({ n: '<5' });
  });

  it('leaves no column with exactly one hidden cell under a shown total', () => {
    for (let seed = 1; seed < 400; seed++) {
      const values = Array.from({ length: 1 + (seed % 6) }, (_, i) => ((seed * (i + 7) * 37) % 23) - 6).map(
        (v) => Math.max(0, v),
      );
      const sum = values.reduce((a, b) => a + b, 0);
      const { rows, total } = suppressTable(
        values.map((n) => ({ n })),
        { n: sum },
        ['n'],
      );
      const hidden = rows.filter((r) => typeof r.n !== 'number').length;
      if (typeof total.n === 'number') expect(hidden === 0 || hidden >= 2, `${values}`).toBe(true);
      // what is shown is the count itself
      rows.forEach((r, i) => {
        if (typeof r.n === 'number') expect(r.n).toBe(values[i]);
      });
    }
  });
});
