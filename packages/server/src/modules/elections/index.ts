/**
 * Founding a union (组建) and its elections (换届), issue 28: a founding from the workers' application to the union in
 * the tree, committees and their terms, the elections due and overdue, votes counted by the rule (ADR 65).
 */
import { defineModule } from '../../module-manifest.ts';
import { electionsRoutes } from './elections.routes.ts';
import { createElectionsService } from './elections.service.ts';

export { seedElections } from './elections.demo.ts';
export { electionsRoutes } from './elections.routes.ts';
export { createElectionsService, type ElectionsService } from './elections.service.ts';
export const electionsMigrations = new URL('./migrations/', import.meta.url);
export { electionsRecounter } from './elections.recount.repository.ts';
export { electionsUsage } from './elections.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'elections',
  migrations: electionsMigrations,
  // a union founded with a credit code takes its enterprise's coverage under the agreements
  services: ({ db, clock, wiring }) => ({
    elections: createElectionsService(db, clock, { employersChanged: wiring.employersChanged }),
  }),
  routes: (app, s) => electionsRoutes(app, s),
});
