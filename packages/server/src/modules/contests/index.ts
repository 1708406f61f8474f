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
