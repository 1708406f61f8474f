import { defineModule } from '../../module-manifest.ts';
import { createContestsService } from './contests.compose.ts';
import { contestsRoutes } from './contests.routes.ts';

export { type ContestsService, createContestsService } from './contests.compose.ts';
export { seedContests } from './contests.demo.ts';
export { contestsRoutes } from './contests.routes.ts';
export {
  AWARD_LEVEL_OF,
  CONTEST_LEVELS,
  type ContestLevel,
  SUBJECTS as CONTEST_SUBJECTS,
} from './contests.types.ts';

export const contestsMigrations = new URL('./migrations/', import.meta.url);

export { contestsRecounter } from './contests.recount.repository.ts';
export { contestsUsage } from './contests.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'contests',
  migrations: contestsMigrations,
  services: ({ db, clock }) => ({ contests: createContestsService(db, clock) }),
  routes: (app, s) => contestsRoutes(app, s),
});
