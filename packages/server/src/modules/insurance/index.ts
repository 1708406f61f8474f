/**
 * Group accident insurance (团体意外伤害医疗保险, issue 27): policies per union and year, the insured kept in step with
 * the member register by a rule, premium by days of cover, claims to the insurer's payout, yearly statistics.
 * Its choices, the filing rules of a claim (issue 41) and claims of past years on their days with their register
 * (issue 42): ADR 62.
 */
import { defineModule } from '../../module-manifest.ts';
import { insuranceRoutes } from './insurance.routes.ts';
import { createInsuranceService } from './insurance.service.ts';

export { seedInsurance } from './insurance.demo.ts';
export { insuranceRoutes } from './insurance.routes.ts';
export { createInsuranceService, type InsuranceService } from './insurance.service.ts';
export const insuranceMigrations = new URL('./migrations/', import.meta.url);
export { insuranceRecounter } from './insurance.recount.repository.ts';
export { insuranceTodo } from './insurance.todo.repository.ts';
export { insuranceUsage } from './insurance.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'insurance',
  migrations: insuranceMigrations,
  services: ({ db, clock, ids }) => ({ insurance: createInsuranceService(db, clock, ids) }),
  routes: (app, s) => insuranceRoutes(app, s),
  cliRegisters: {
    'insurance-claims': { zh: '保险理赔记录', of: (s) => s.insurance.register },
  },
});
