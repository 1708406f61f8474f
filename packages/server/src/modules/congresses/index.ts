/**
 * Workers' congresses (职代会 / 职工大会, issue 28): terms and delegates with the legal proportions checked, sessions
 * and attendance, proposals from filing to rating (and into 办实事 projects), votes with quorum and majority, and
 * 厂务公开. Rules and choices: ADR 0064.
 */
import { defineModule } from '../../module-manifest.ts';
import { congressesRoutes } from './congresses.routes.ts';
import { createCongressesService } from './congresses.service.ts';

export { seedCongresses } from './congresses.demo.ts';
export { congressesRoutes } from './congresses.routes.ts';
export { type CongressesService, createCongressesService } from './congresses.service.ts';
export const congressesMigrations = new URL('./migrations/', import.meta.url);
export { congressesRecounter } from './congresses.recount.repository.ts';
export { congressesTodo } from './congresses.todo.repository.ts';
export { congressesUsage } from './congresses.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'congresses',
  migrations: congressesMigrations,
  services: ({ db, clock }) => ({ congresses: createCongressesService(db, clock) }),
  routes: (app, s) => congressesRoutes(app, s),
});
