import type { Sql } from '../../db/db.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import {
  completePledgeRow,
  insertMilestones,
  insertPledge,
  markPledgeInProgress,
  type NewPledge,
  type PledgeOutcome,
} from './pledges.repository.ts';

/**
 * What 办实事 projects keep in the reporting layer (subjects, by union):
 * - 'pledges.promised' (dim category): projects promised for a year, counted on 1 January of it, fen = budget;
 *   a cancellation takes the project back out;
 * - 'pledges.completed' (dim category, dim2 'in_year' or 'late'): completions on their date, fen = spent;
 * - 'pledges.beneficiaries': workers who benefited, on the completion date;
 * - 'pledges.output' (dim unit): what was delivered (165 个投递员之家), on the completion date;
 * - 'pledges.series' (dim series): completions of a project promised again each year, fen = spent.
 */
export interface PromiseInput extends NewPledge {
  milestones?: { title: string; dueOn: string; doneOn?: string | null }[];
}

/** A project's completion: the day, what was spent, who benefited and what was delivered (the row's outcome). */
export type Completion = PledgeOutcome;

const promised = (p: { orgId: number; year: number; category: string; budgetFen: number }, sign: 1 | -1) => ({
  subject: 'pledges.promised',
  orgId: p.orgId,
  on: `${p.year}-01-01`,
  dim: p.category,
  n: sign,
  fen: sign * p.budgetFen,
});

/** The count of a project promised for its year (1 January of it). */
export const promisedCounts = (p: { orgId: number; year: number; category: string; budgetFen: number }) => [
  promised(p, 1),
];

/** Records a promised project and its milestones, with its count, in the caller's transaction. */
export async function promisePledge(sql: Sql, p: PromiseInput): Promise<number> {
  const id = await insertPledge(sql, p);
  await insertMilestones(sql, id, p.orgId, p.milestones ?? []);
  if (p.milestones?.some((m) => m.doneOn)) {
    await markPledgeInProgress(sql, id, false);
  }
  await addCounts(sql, promisedCounts(p));
  return id;
}

/** Marks a project completed, with its counts, in the caller's transaction. */
export async function completePledge(
  sql: Sql,
  p: { id: number; orgId: number; year: number; category: string; series: string | null },
  c: Completion,
) {
  await completePledgeRow(sql, p.id, c);
  await addCounts(sql, completionCounts(p, c));
}

/** The counts of a project's completion, on its day: completed (in its year or late), reached, delivered, series. */
export function completionCounts(
  p: { orgId: number; year: number; category: string; series: string | null },
  c: Completion,
): CountDelta[] {
  const on = c.completedOn;
  const deltas: CountDelta[] = [
    {
      subject: 'pledges.completed',
      orgId: p.orgId,
      on,
      dim: p.category,
      dim2: on.slice(0, 4) === String(p.year) ? 'in_year' : 'late',
      n: 1,
      fen: c.spentFen,
    },
    { subject: 'pledges.beneficiaries', orgId: p.orgId, on, n: c.beneficiaryCount },
  ];
  if (c.outputQty && c.outputUnit) {
    deltas.push({ subject: 'pledges.output', orgId: p.orgId, on, dim: c.outputUnit, n: c.outputQty });
  }
  if (p.series) {
    deltas.push({ subject: 'pledges.series', orgId: p.orgId, on, dim: p.series, n: 1, fen: c.spentFen });
  }
  return deltas;
}

/** Takes a cancelled project out of the promised count. */
export async function cancelCounts(
  sql: Sql,
  p: { orgId: number; year: number; category: string; budgetFen: number },
) {
  await addCounts(sql, [promised(p, -1)]);
}
