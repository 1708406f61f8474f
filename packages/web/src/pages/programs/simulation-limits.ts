import type { Simulation } from './programs-api.ts';
import type { AmountRule } from './rule-vocabulary.ts';

/** A limit of the saved program that the simulated applications would run into, with its message's figures. */
export type LimitNote =
  | { key: 'overQuota'; qualifying: number; quota: number }
  | { key: 'overBudget'; costFen: number; budgetFen: number }
  | { key: 'quotaOverBudget'; quota: number; amountFen: number; budgetFen: number; fits: number };

type Limits = Pick<Simulation, 'qualifying' | 'costFen' | 'quota' | 'budgetFen'>;

/**
 * What a simulation says against the program's quota and budget: more qualify than there are places, the cost is
 * above the budget, or a fixed amount times the quota is above the budget (the last places can never be
 * approved). The server refuses an approval past either limit; the clerk should learn it before publishing.
 */
export function simulationLimits(sim: Limits, amount: AmountRule): LimitNote[] {
  const notes: LimitNote[] = [];
  const { quota, budgetFen } = sim;
  if (quota !== null && sim.qualifying > quota) {
    notes.push({ key: 'overQuota', qualifying: sim.qualifying, quota });
  }
  if (budgetFen !== null && sim.costFen > budgetFen) {
    notes.push({ key: 'overBudget', costFen: sim.costFen, budgetFen });
  }
  if (quota !== null && budgetFen !== null && amount.kind === 'fixed' && amount.fen > 0) {
    const fits = Math.floor(budgetFen / amount.fen);
    if (fits < quota) notes.push({ key: 'quotaOverBudget', quota, amountFen: amount.fen, budgetFen, fits });
  }
  return notes;
}
