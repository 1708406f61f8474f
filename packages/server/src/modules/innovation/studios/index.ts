/**
 * Studios (ADR 16, 42): workers' innovation studios, their members and level history, recognition up the union
 * chain, projects and grants, annual re-evaluation, statistics and the studios register. Uses the module root
 * only; the alliance demo and the model workers register read studios through this surface.
 */
export { seedStudiosDemo } from './studios.demo.ts';
export { DEMO_STUDIOS, type StudioSpec } from './studios.demo-alliance.ts';
export { createStudioGrantImport } from './studios.grants.import.ts';
export { createStudioImport } from './studios.import.ts';
export {
  findStudiosByIds,
  listStudioChoices,
  listStudiosOnDay,
  type StudioOnDay,
  type StudioRef,
  studiosLedByPersons,
} from './studios.leaders.repository.ts';
export { studioCount } from './studios.levels.ts';
export { studiosRoutes } from './studios.routes.ts';
export type { StudiosLedCount, StudiosLedCounter } from './studios.stats.ts';
export { createStudiosService, type StudiosService } from './studios.use-cases.ts';
