import { describe, expect, it } from 'vitest';
import { simulationLimits } from './simulation-limits.ts';

const fixed = (fen: number) => ({ kind: 'fixed', fen }) as const;

describe('simulation limits', () => {
  it('says when more qualify than the quota and the cost is above the budget', () => {
    const sim = { qualifying: 391, costFen: 19_569_550, quota: 10, budgetFen: 500_000 };
    expect(simulationLimits(sim, fixed(50_050))).toEqual([
      { key: 'overQuota', qualifying: 391, quota: 10 },
      { key: 'overBudget', costFen: 19_569_550, budgetFen: 500_000 },
      // 10 × ¥500.50 = ¥5,005.00 > ¥5,000.00: the budget covers 9 approvals.
      { key: 'quotaOverBudget', quota: 10, amountFen: 50_050, budgetFen: 500_000, fits: 9 },
    ]);
  });

  it('says nothing within the limits, or without them', () => {
    const sim = { qualifying: 8, costFen: 400_400, quota: 10, budgetFen: 500_500 };
    expect(simulationLimits(sim, fixed(50_050))).toEqual([]);
    expect(
      simulationLimits({ ...sim, qualifying: 500, quota: null, budgetFen: null }, fixed(50_050)),
    ).toEqual([]);
  });

  it('compares quota and budget only for a fixed amount', () => {
    const sim = { qualifying: 1, costFen: 100, quota: 10, budgetFen: 1_000 };
    expect(simulationLimits(sim, { kind: 'fee_share', percent: 100 } as never)).toEqual([]);
  });
});
