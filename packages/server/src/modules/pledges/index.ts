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
