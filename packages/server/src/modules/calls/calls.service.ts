import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { createCallGalleries } from './calls.galleries.ts';
import { createCallJudging } from './calls.judging.ts';
import { createCallOrganising } from './calls.organising.ts';
import { createCallStats } from './calls.stats.ts';

/**
 * Calls for works (作品征集, issue 26, ADR 63): a union opens a call to its subtree with categories of works (text,
 * image, file), a window and a count per worker and category; workers send works in on the phone, or a branch's
 * staff for its members; the author's union (the branch) passes each work or returns it with a reason (a returned
 * work may be fixed and sent again inside the window); the organiser marks what is awarded or exhibited (一等奖 …
 * 入展, with an optional score) and publishes a gallery, public or for its members. Counted in the reporting layer
 * by the author's union, dim the category, on the day of each step: `calls.submitted` (dim2 the kind),
 * `calls.passed`, `calls.returned`, `calls.chosen` (dim2 the result).
 */
export function createCallsService(db: Db, clock: Clock) {
  return {
    ...createCallOrganising(db, clock),
    ...createCallJudging(db, clock),
    ...createCallGalleries(db, clock),
    ...createCallStats(db, clock),
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
