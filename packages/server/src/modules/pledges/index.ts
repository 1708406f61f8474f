import { defineModule } from '../../module-manifest.ts';
import { pledgesRecounter } from './pledges.recount.repository.ts';
import { pledgesRoutes } from './pledges.routes.ts';
import { createPledgesService } from './pledges.service.ts';
import { pledgesUsage } from './pledges.usage.ts';

export { seedPledges } from './pledges.demo.ts';
export { pledgesRoutes } from './pledges.routes.ts';
export {
  type CreatePledgeInput,
  createPledgesService,
  type PledgesService,
  promisePledgeFor,
} from './pledges.service.ts';

import { namedBy } from '../../shared/record-names.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'pledges',
  auditNames: { pledge: namedBy('pledges', 'title') },
  todo: { nothingWaits: 'milestones are entered when done, not yet a to-do' },
  menuUsage: pledgesUsage,
  recounter: pledgesRecounter,
  description:
    '`pledges`, `pledge_milestones`, `pledge_evidence` — 办实事 projects a union promises for a year (category, budget, responsible department, milestones, completion with money spent, workers reached, what was delivered, evidence files); a multi-year view for staff and `GET /api/me/pledges` for workers (their union and those above). Reporting subjects `pledges.promised` (dated 1 January of the year), `.completed` (dim2 in_year / late), `.beneficiaries`, `.output` (dim unit), `.series` (a project promised every year); the register of past projects (`pledges.import.ts`, a row per project and milestone) promises and completes each through the same code on its own days',
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ pledges: createPledgesService(db, clock) }),
  routes: (app, s) => pledgesRoutes(app, s),
  cliRegisters: {
    pledges: {
      zh: '办实事项目',
      doc: '办实事项目台账, `/api/pledges/import`: one row per milestone',
      of: (s) => s.pledges.register,
    },
  },
});
