/**
 * The register of model workers (劳模) and advanced workers (先进工作者, issue 28; ADR 66): titles by level and year,
 * their care read through care, hardship and programs, the studios they lead read through innovation, statistics.
 */
export { seedModelWorkers } from './modelworkers.demo.ts';
export { createModelWorkerRegister, type ModelWorkerRegister } from './modelworkers.import.ts';
export { modelWorkersRoutes } from './modelworkers.routes.ts';
export { createModelWorkersService, type ModelWorkersService } from './modelworkers.service.ts';
/** The one count of studios led by model workers of city level or above, as of a day (issue 41). */
export { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';
export const modelworkersMigrations = new URL('./migrations/', import.meta.url);
export { modelworkersRecounter } from './modelworkers.recount.repository.ts';
export { modelworkersUsage } from './modelworkers.usage.ts';
