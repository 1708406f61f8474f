export { seedAgreements } from './agreements.demo.ts';
export { agreementsRoutes } from './agreements.routes.ts';
export { type AgreementsService, createAgreementsService } from './agreements.service.ts';
export { AGREEMENT_KINDS, AGREEMENT_LEVELS, CLAUSES } from './agreements.types.ts';
export { recountEnterprises } from './coverage.counts.ts';
export const agreementsMigrations = new URL('./migrations/', import.meta.url);
export { agreementsRecounter } from './agreements.recount.repository.ts';
export { agreementsUsage } from './agreements.usage.ts';
