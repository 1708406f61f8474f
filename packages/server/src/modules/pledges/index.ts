export { seedPledges } from './pledges.demo.ts';
export { pledgesRoutes } from './pledges.routes.ts';
export { createPledgesService, type PledgesService } from './pledges.service.ts';
export const pledgesMigrations = new URL('./migrations/', import.meta.url);
