import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { createContestUseCases } from './contests.service.ts';
import { contestStatsWorkbook, getContestStats, type StatsQuery } from './contests.stats.ts';
import { createEntryUseCases } from './entries.service.ts';
import { createResultSheetUseCases } from './results.import.ts';
import { createResultUseCases } from './results.service.ts';

/** The contests module's use cases, one file per area. */
export function createContestsService(db: Db, clock: Clock) {
  return {
    ...createContestUseCases(db, clock),
    ...createEntryUseCases(db, clock),
    ...createResultUseCases(db, clock),
    ...createResultSheetUseCases(db, clock),
    getStats: (actor: Actor, q: StatsQuery) => getContestStats(db, actor, q, todayInChina(clock())),
    async exportStats(actor: Actor, q: StatsQuery) {
      return contestStatsWorkbook(await getContestStats(db, actor, q, todayInChina(clock())));
    },
  };
}

export type ContestsService = ReturnType<typeof createContestsService>;
