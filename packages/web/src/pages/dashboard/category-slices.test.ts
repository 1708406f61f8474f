import { describe, expect, it } from 'vitest';
import { categorySlices } from './charts.tsx';

describe('the dashboard category ring', () => {
  it('draws no slice for a category with nothing approved, so 0 of 0 is never a whole ring', () => {
    expect(categorySlices([{ category: 'subsidy', approved: 0 }] as never)).toEqual([]);
    expect(
      categorySlices([
        { category: 'subsidy', approved: 0 },
        { category: 'relief', approved: 3 },
      ] as never).map((s) => s.category),
    ).toEqual(['relief']);
  });
});
