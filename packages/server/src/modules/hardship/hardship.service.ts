import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import type { IdProtector } from '../people/index.ts';
import { createHardshipFiles } from './hardship.files.ts';
import { createHardshipFiling } from './hardship.filing.ts';
import { createHardshipImport } from './hardship.import.ts';
import { createHardshipReview } from './hardship.review.ts';
import { exportHardshipStats, getHardshipStats } from './hardship.stats.ts';

/**
 * Hardship files. Each step (opening, verification, review, closing) happens on its own day (ADR 40): not in the
 * future, not before the steps it follows, a past day needs history.backdate; the counts are dated by it and the
 * moment it was entered is kept in its event and the audit log.
 */
export function createHardshipService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      getHardshipStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      exportHardshipStats(db, actor, q, todayInChina(clock())),
    ...createHardshipFiling(db, ids, clock),
    ...createHardshipReview(db, ids, clock),
    ...createHardshipFiles(db, ids, clock),
    /** The hardship files register (困难职工档案台账): template, dry run and import (issue 23). */
    register: createHardshipImport(db, ids, clock),
  };
}

export type HardshipService = ReturnType<typeof createHardshipService>;
