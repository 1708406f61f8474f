/**
 * 疗休养 and 体检 places over years (双千工程, issue 26): programs, institutions, batches, quotas per lower union,
 * nominations with substitution, attendance, the union's share through the programs ledger, reminders and yearly
 * statistics. Its choices are in docs/adr/0055-wellness-places.md.
 */
import { defineModule } from '../../module-manifest.ts';
import { wellnessRoutes } from './wellness.routes.ts';
import { createWellnessService } from './wellness.service.ts';

export { seedWellness } from './wellness.demo.ts';
export { remindWellness } from './wellness.remind.ts';
export { wellnessRoutes } from './wellness.routes.ts';
export { createWellnessService, type WellnessService } from './wellness.service.ts';
export const wellnessMigrations = new URL('./migrations/', import.meta.url);
export { wellnessRecounter } from './wellness.recount.repository.ts';
export { wellnessTodo } from './wellness.todo.repository.ts';
export { wellnessUsage } from './wellness.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'wellness',
  migrations: wellnessMigrations,
  services: ({ db, ids, clock }) => ({ wellness: createWellnessService(db, ids, clock) }),
  routes: (app, s) => wellnessRoutes(app, s),
  cliRegisters: {
    wellness: { zh: '疗休养体检推荐记录', of: (s) => s.wellness.register },
  },
});
