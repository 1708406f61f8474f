/**
 * The register of model workers (劳模) and advanced workers (先进工作者, issue 28; ADR 66): titles by level and year,
 * their care read through care, hardship and programs, the studios they lead read through innovation, statistics.
 */
import { defineModule } from '../../module-manifest.ts';
import { createModelWorkerRegister } from './modelworkers.import.ts';
import { modelWorkersRoutes } from './modelworkers.routes.ts';
import { createModelWorkersService } from './modelworkers.service.ts';
import { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';

export { seedModelWorkers } from './modelworkers.demo.ts';
export { createModelWorkerRegister, type ModelWorkerRegister } from './modelworkers.import.ts';
export { modelWorkersRoutes } from './modelworkers.routes.ts';
export { createModelWorkersService, type ModelWorkersService } from './modelworkers.service.ts';
/** The one count of studios led by model workers of city level or above, as of a day (issue 41). */
export { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';
export const modelworkersMigrations = new URL('./migrations/', import.meta.url);
export { modelworkersRecounter } from './modelworkers.recount.repository.ts';
export { modelworkersUsage } from './modelworkers.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'modelworkers',
  migrations: modelworkersMigrations,
  services: ({ db, ids, clock }) => ({
    modelWorkers: createModelWorkersService(db, ids, clock),
    modelWorkersRegister: createModelWorkerRegister(db, ids, clock),
  }),
  wiring: { studiosLed: countStudiosLedByModelWorkers },
  routes: (app, s) =>
    modelWorkersRoutes(app, { modelWorkers: s.modelWorkers, register: s.modelWorkersRegister }),
  cliRegisters: { 'model-workers': { zh: '劳模名册记录', of: (s) => s.modelWorkersRegister } },
});
