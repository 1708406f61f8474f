export { seedDonations } from './donations.demo.ts';
export { donationsRoutes } from './donations.routes.ts';
export { createDonationsService, type DonationsService } from './donations.service.ts';
export { createFundsService, type FundsService } from './funds.service.ts';
export const donationsMigrations = new URL('./migrations/', import.meta.url);
export { donationsRecounter } from './donations.recount.repository.ts';
export { donationsUsage } from './donations.usage.ts';
