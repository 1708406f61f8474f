/**
 * Calls for works (作品征集, issue 26): a union asks its subtree for slogans, pictures or files; the branches review
 * what their members send, the organiser picks what is awarded or exhibited, and a gallery shows it. Rules: ADR 63.
 */
import { defineModule } from '../../module-manifest.ts';
import { callsRoutes } from './calls.routes.ts';
import { createCallsService } from './calls.service.ts';

export { seedCalls } from './calls.demo.ts';
export { callsRoutes } from './calls.routes.ts';
export { type CallsService, createCallsService } from './calls.service.ts';
export const callsMigrations = new URL('./migrations/', import.meta.url);
export { callsRecounter } from './calls.recount.repository.ts';
export { callsTodo } from './calls.todo.repository.ts';
export { callsUsage } from './calls.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'calls',
  migrations: callsMigrations,
  services: ({ db, clock }) => ({ calls: createCallsService(db, clock) }),
  routes: (app, s) => callsRoutes(app, s),
});
