export { hardshipRecounter } from './hardship.recount.repository.ts';
export { hardshipRoutes } from './hardship.routes.ts';
export { createHardshipService, type HardshipService } from './hardship.service.ts';
export const hardshipMigrations = new URL('./migrations/', import.meta.url);
export { HARDSHIP_DEMO, seedHardship } from './hardship.demo.ts';
/** A worker's hardship files, for the registers that show them (model workers). */
export { hardshipFilesOfPersons } from './hardship.repository.ts';
export { hardshipUsage } from './hardship.usage.ts';
