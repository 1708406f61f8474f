import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import type { IdProtector } from '../people/index.ts';
import { createModelWorkerChanges } from './modelworkers.changes.ts';
import { createModelWorkerEntry } from './modelworkers.entry.ts';
import type { HonourInput } from './modelworkers.honours.ts';
import { createModelWorkerReading } from './modelworkers.reading.ts';
import { getModelWorkerStats, modelWorkerStatsXlsx } from './modelworkers.stats.ts';

export type { HonourInput };

/**
 * The register of model workers (劳模, issue 28): who holds which title of which level and year, their union, contact
 * and health, the studio they lead, and — through the person when they are a member — their hardship file, the
 * visits made to them (care) and their program applications (health checks, pension top-ups). Counted in the
 * reporting layer: `modelworkers.workers`, a state by level (dim) on the day registered, moved when a higher title
 * comes; `modelworkers.honours`, a flow on 1 January of each title's year (dim level, dim2 kind).
 */
export function createModelWorkersService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      getModelWorkerStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      modelWorkerStatsXlsx(db, actor, q, todayInChina(clock())),
    ...createModelWorkerEntry(db, ids, clock),
    ...createModelWorkerReading(db),
    ...createModelWorkerChanges(db, clock),
  };
}

export type ModelWorkersService = ReturnType<typeof createModelWorkersService>;
