import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay, type NotBefore } from '../../shared/effective.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type Completion, cancelCounts, completePledge } from './pledges.counts.ts';
import { pledgeErrors } from './pledges.errors.ts';
import {
  cancelPledgeRow,
  findLastMilestoneDone,
  markMilestoneDone,
  markPledgeInProgress,
  type PledgeRow,
} from './pledges.repository.ts';

/**
 * A project's steps after its promise, each on its own day (ADR 40) and in the caller's transaction with the project
 * locked: a milestone reached, the project completed, or given up.
 */

export const trimOrNull = (s: string | null | undefined) => s?.trim() || null;

/** The start of a project's year: no step of it is taken before (a milestone, its completion). */
const yearStart = (p: { year: number }): NotBefore => ({
  day: `${p.year}-01-01`,
  name: { zh: '项目年度首日', en: "first day of the project's year" },
});
const lastMilestone = (day: string | null): NotBefore => ({
  day,
  name: { zh: '最近一个进度节点的完成日期', en: 'day the last milestone was reached' },
});

/** A step on a project still open: a completed or cancelled one refuses to be `doing` (PLEDGE_STATUS). */
export function requireOpen(p: Pick<PledgeRow, 'status'>, doing: Bilingual): void {
  if (p.status === 'completed' || p.status === 'cancelled') throw pledgeErrors.wrongStatus(doing);
}

/** A milestone reached: the project is under way. */
export async function markPledgeMilestone(
  sql: Sql,
  actor: Actor,
  p: PledgeRow,
  milestoneId: number,
  doneOn: string,
  now: Date,
): Promise<void> {
  requireOpen(p, { zh: '更新进度', en: 'updated' });
  effectiveDay(actor, doneOn, { zh: '节点完成', en: 'milestone' }, [yearStart(p)], {
    field: 'doneOn',
    now,
  });
  if (!(await markMilestoneDone(sql, p.id, milestoneId, doneOn))) throw pledgeErrors.milestoneNotFound();
  await markPledgeInProgress(sql, p.id, true);
  await recordAudit(sql, actor, {
    action: 'pledge.milestone',
    entity: 'pledge',
    entityId: p.id,
    orgId: p.orgId,
    after: { milestoneId, doneOn },
  });
}

/** The project is done: what it cost, whom it reached, what it delivered. */
export async function completePledgeWith(
  sql: Sql,
  actor: Actor,
  p: PledgeRow,
  input: Completion,
  now: Date,
): Promise<void> {
  requireOpen(p, { zh: '标记完成', en: 'completed' });
  effectiveDay(
    actor,
    input.completedOn,
    { zh: '完成', en: 'completion' },
    [yearStart(p), lastMilestone(await findLastMilestoneDone(sql, p.id))],
    { field: 'completedOn', now },
  );
  if (!!input.outputQty !== !!trimOrNull(input.outputUnit)) {
    throw pledgeErrors.invalid('outputUnit', {
      zh: '完成数量与单位须同时填写',
      en: 'Give both the quantity delivered and its unit',
    });
  }
  const completion = {
    ...input,
    beneficiaryNote: trimOrNull(input.beneficiaryNote),
    outputUnit: trimOrNull(input.outputUnit),
  };
  await completePledge(sql, p, completion);
  await recordAudit(sql, actor, {
    action: 'pledge.complete',
    entity: 'pledge',
    entityId: p.id,
    orgId: p.orgId,
    after: completion,
  });
}

/** A project given up on `effectiveOn` (default today), not before its last milestone; it leaves the promised count. */
export async function cancelPledgeOn(
  sql: Sql,
  actor: Actor,
  p: PledgeRow,
  reason: string,
  effectiveOn: string | null | undefined,
  now: Date,
): Promise<void> {
  requireOpen(p, { zh: '撤销', en: 'cancelled' });
  const when = effectiveDay(
    actor,
    effectiveOn,
    { zh: '撤销', en: 'cancellation' },
    [lastMilestone(await findLastMilestoneDone(sql, p.id))],
    { now },
  );
  await cancelPledgeRow(sql, p.id, reason.trim(), when.day);
  await cancelCounts(sql, { ...p, budgetFen: Number(p.budgetFen) });
  await recordAudit(sql, actor, {
    action: 'pledge.cancel',
    entity: 'pledge',
    entityId: p.id,
    orgId: p.orgId,
    after: { reason: reason.trim(), ...(when.backdated ? { effectiveOn: when.day } : {}) },
  });
}
