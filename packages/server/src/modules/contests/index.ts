import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { createContestUseCases } from './contests.service.ts';
import { contestStatsWorkbook, getContestStats, type StatsQuery } from './contests.stats.ts';
import { createEntryUseCases } from './entries.service.ts';
import { createResultSheetUseCases } from './results.import.ts';
import { createResultUseCases } from './results.service.ts';

export { seedContests } from './contests.demo.ts';
export { contestsRoutes } from './contests.routes.ts';
export {
  AWARD_LEVEL_OF,
  CONTEST_LEVELS,
  type ContestLevel,
  SUBJECTS as CONTEST_SUBJECTS,
} from './contests.types.ts';

import type { Clock } from '../../shared/clock.ts';
export const contestsMigrations = new URL('./migrations/', import.meta.url);

/** The contests module's use cases, one file per area. */
export function createContestsService(db: Db, clock: Clock) {
  return {
    ...createContestUseCases(db, clock),
    ...createEntryUseCases(db, clock),
    ...createResultUseCases(db, clock),
    ...createResultSheetUseCases(db),
    getStats: (actor: Actor, q: StatsQuery) => getContestStats(db, actor, q, todayInChina(clock())),
    async exportStats(actor: Actor, q: StatsQuery) {
      return contestStatsWorkbook(await getContestStats(db, actor, q, todayInChina(clock())));
    },
  };
}

export type ContestsService = ReturnType<typeof createContestsService>;
export { contestsRecounter } from './contests.recount.repository.ts';
export { contestsUsage } from './contests.usage.ts';
