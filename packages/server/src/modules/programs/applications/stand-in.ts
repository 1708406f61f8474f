import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { findOrgsWithReviewers } from '../../auth/index.ts';
import { addWorkingDays } from '../../cases/index.ts';
import { lastStepDay } from '../application-events.repository.ts';
import { findProgramById } from '../programs.repository.ts';
import type { ProgramRow } from '../programs.types.ts';
import { loadReviewSteps } from '../review-chain.repository.ts';
import { unionAbove } from '../review-chain.ts';
import { listApplications, listWaitingBelow } from './applications.repository.ts';

/**
 * Chains that never stall (ADR 58). A union of a review chain with no account that can review would stop every
 * application at its step; a union whose reviewers let one wait would stop it too. The union above (the next
 * step's union, or the owner at the last step) may then take the step (代为审核): at once for a union without
 * reviewers, after the program's `standInDays` working days (the cases' working-day calendar) otherwise. The
 * step is recorded as taken by the union above.
 */
export interface StandIn {
  /** The union whose step is taken, and the union taking it. */
  forOrgId: number;
  forOrgName: string;
  byOrgId: number;
  byOrgName: string;
  /** Why: the step's union has no reviewer account, or the application waited there too long. */
  reason: 'no_reviewer' | 'overdue';
  /** The day the application reached the step, and the first day the union above may take it. */
  since: string;
  from: string;
}

/** What a queue row says of a step its union may take: for whom, why, since when. */
export type StandInSummary = Pick<StandIn, 'forOrgName' | 'byOrgName' | 'reason' | 'since' | 'from'>;

/** The application facts the stand-in rule reads. */
export interface WaitingApplication {
  id: number;
  orgId: number;
  step: number;
  stepOrgId: number | null;
  stepOrgName: string | null;
  appliedOn: string;
}

/**
 * Who may take the application's current step for its union, and from which day (null when no union is above
 * it). `hasReviewer` may be passed when already known (a queue checks many applications of the same unions).
 */
export async function findStandIn(
  sql: Sql,
  app: WaitingApplication,
  program: Pick<
    ProgramRow,
    | 'reviewChain'
    | 'ownerOrgId'
    | 'ownerOrgPath'
    | 'ownerOrgLevel'
    | 'ownerOrgName'
    | 'applicantType'
    | 'standInDays'
  >,
  hasReviewer?: boolean,
): Promise<StandIn | null> {
  if (app.stepOrgId === null) return null;
  const { ancestors, steps } = await loadReviewSteps(sql, program, app.orgId);
  const byOrgId = unionAbove(steps, app.step, app.stepOrgId, program.ownerOrgId);
  if (byOrgId === null) return null;
  const byOrgName =
    ancestors.find((a) => Number(a.id) === byOrgId)?.name ??
    (byOrgId === program.ownerOrgId ? program.ownerOrgName : '');
  const staffed = hasReviewer ?? (await findOrgsWithReviewers(sql, [app.stepOrgId])).has(app.stepOrgId);
  const since = (await lastStepDay(sql, app.id)) ?? app.appliedOn;
  return {
    forOrgId: app.stepOrgId,
    forOrgName: app.stepOrgName ?? '',
    byOrgId,
    byOrgName,
    reason: staffed ? 'overdue' : 'no_reviewer',
    since,
    from: staffed ? await addWorkingDays(sql, since, program.standInDays) : since,
  };
}

/** Whether the actor's union may take the step on `now`'s day (China time). */
export function mayStandIn(actor: Actor, standIn: StandIn | null, now: Date): boolean {
  return standIn !== null && actor.orgId === standIn.byOrgId && standIn.from <= todayInChina(now);
}

/** What the history and the audit log keep of a step taken by the union above. */
export const standInRecord = (s: StandIn) => ({
  forOrgId: s.forOrgId,
  forOrgName: s.forOrgName,
  byOrgId: s.byOrgId,
  byOrgName: s.byOrgName,
  reason: s.reason,
  since: s.since,
});

/**
 * The queue of the union above: the applications waiting at the step of a union below that the actor's union
 * may take on `now`'s day, each with the union it stands in for and why, oldest step first. Of the 1,000
 * longest waiting below.
 */
export async function findStandInApplications(
  sql: Sql,
  actor: Actor,
  q: { programId?: number; page: number; pageSize: number },
  now: Date,
) {
  if (!actor.orgId || !actor.scopePath) return { items: [], total: 0 };
  const waiting = await listWaitingBelow(sql, actor.scopePath, q.programId);
  const staffed = await findOrgsWithReviewers(sql, [...new Set(waiting.map((w) => w.stepOrgId))]);
  const programs = new Map<number, ProgramRow | undefined>();
  const today = todayInChina(now);
  const found = new Map<number, StandIn>();
  for (const w of waiting) {
    // a staffed union's step is taken only after at least as many calendar days as working days
    const hasReviewer = staffed.has(w.stepOrgId);
    if (!programs.has(w.programId)) programs.set(w.programId, await findProgramById(sql, w.programId));
    const program = programs.get(w.programId);
    if (!program || (hasReviewer && daysBetween(w.since, today) < program.standInDays)) continue;
    const s = await findStandIn(sql, w, program, hasReviewer);
    if (s && mayStandIn(actor, s, now)) found.set(w.id, s);
  }
  const ids = [...found.keys()];
  const pageIds = ids.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const rows = pageIds.length
    ? (await listApplications(sql, { scope: actor, ids: pageIds, page: 1, pageSize: pageIds.length })).items
    : [];
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    const s = found.get(id) as StandIn;
    return row
      ? [
          {
            ...row,
            standIn: {
              forOrgName: s.forOrgName,
              byOrgName: s.byOrgName,
              reason: s.reason,
              since: s.since,
              from: s.from,
            },
          },
        ]
      : [];
  });
  return { items, total: ids.length };
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
