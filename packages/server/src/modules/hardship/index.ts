import { defineModule } from '../../module-manifest.ts';
import { hardshipRoutes } from './hardship.routes.ts';
import { createHardshipService } from './hardship.service.ts';

export { hardshipRecounter } from './hardship.recount.repository.ts';
export { hardshipRoutes } from './hardship.routes.ts';
export { createHardshipService, type HardshipService } from './hardship.service.ts';
export const hardshipMigrations = new URL('./migrations/', import.meta.url);
export { HARDSHIP_DEMO, seedHardship } from './hardship.demo.ts';
/** A worker's hardship files, for the registers that show them (model workers). */
export { hardshipFilesOfPersons } from './hardship.repository.ts';
export { hardshipUsage } from './hardship.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'hardship',
  migrations: hardshipMigrations,
  services: ({ db, ids, clock }) => ({ hardship: createHardshipService(db, ids, clock) }),
  routes: (app, s) => hardshipRoutes(app, s),
  cliRegisters: {
    hardship: { zh: '困难职工档案', of: (s) => s.hardship.register },
  },
});
