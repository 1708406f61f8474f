import { defineModule } from '../../module-manifest.ts';
import { pledgesRoutes } from './pledges.routes.ts';
import { createPledgesService } from './pledges.service.ts';

export { seedPledges } from './pledges.demo.ts';
export { pledgesRoutes } from './pledges.routes.ts';
export {
  type CreatePledgeInput,
  createPledgesService,
  type PledgesService,
  promisePledgeFor,
} from './pledges.service.ts';
export { CATEGORIES as PLEDGE_CATEGORIES, type Category as PledgeCategory } from './pledges.types.ts';
export const pledgesMigrations = new URL('./migrations/', import.meta.url);
export { pledgesRecounter } from './pledges.recount.repository.ts';
export { pledgesUsage } from './pledges.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'pledges',
  migrations: pledgesMigrations,
  services: ({ db, clock }) => ({ pledges: createPledgesService(db, clock) }),
  routes: (app, s) => pledgesRoutes(app, s),
  cliRegisters: {
    pledges: { zh: '办实事项目', of: (s) => s.pledges.register },
  },
});
