import { describe, expect, it } from 'vitest';
import { aggregate, rankCategory, weightedTotal } from './ranking.ts';

describe('judging arithmetic', () => {
  it('weights each criterion and keeps hundredths', () => {
    const criteria = [
      { id: 1, weight: 40 },
      { id: 2, weight: 30 },
      { id: 3, weight: 30 },
    ];
    expect(
      weightedTotal(
        criteria,
        new Map([
          [1, 90],
          [2, 80],
          [3, 71],
        ]),
      ),
    ).toBe(8130);
  });

  it('drops the highest and the lowest total from five judges on, not below', () => {
    expect(aggregate([]), 'unscored').toBeNull();
    expect(aggregate([9000, 1000, 5000, 5000])).toBe(5000);
    expect(aggregate([9900, 1000, 5000, 6000, 7000])).toBe(6000);
    expect(aggregate([9900, 1000, 5000, 6000, 7000, 8000])).toBe(6500);
  });

  it('ranks by score, then the tie-break criterion, then the earlier nomination; only scored ones are selected', () => {
    const ranked = rankCategory(
      [
        { id: 1, score: 8000, tie: 7000 },
        { id: 2, score: 8000, tie: 9000 },
        { id: 3, score: 9000, tie: 1000 },
        { id: 4, score: 8000, tie: 9000 },
        { id: 5, score: null, tie: null },
      ],
      5,
    );
    expect(ranked.map((r) => [r.id, r.rank, r.selected])).toEqual([
      [3, 1, true],
      [2, 2, true],
      [4, 3, true],
      [1, 4, true],
      [5, 5, false],
    ]);
    expect(
      rankCategory(
        [
          { id: 1, score: 1, tie: null },
          { id: 2, score: 2, tie: null },
        ],
        1,
      ).map((r) => r.selected),
    ).toEqual([true, false]);
  });
});
