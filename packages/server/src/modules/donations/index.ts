import { defineModule } from '../../module-manifest.ts';
import { donationsRoutes } from './donations.routes.ts';
import { createDonationsService } from './donations.service.ts';
import { createFundsService } from './funds.service.ts';

export { seedDonations } from './donations.demo.ts';
export { donationsRoutes } from './donations.routes.ts';
export { createDonationsService, type DonationsService } from './donations.service.ts';
export { createFundsService, type FundsService } from './funds.service.ts';
export const donationsMigrations = new URL('./migrations/', import.meta.url);
export { donationsRecounter } from './donations.recount.repository.ts';
export { donationsUsage } from './donations.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'donations',
  migrations: donationsMigrations,
  services: ({ db, clock }) => ({
    donations: createDonationsService(db, clock),
    funds: createFundsService(db, clock),
  }),
  routes: (app, s) => donationsRoutes(app, s),
  cliRegisters: { donations: { zh: '捐赠记录', of: (s) => s.donations.register } },
});
