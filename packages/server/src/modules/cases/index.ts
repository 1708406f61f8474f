/**
 * Workers' requests (诉求) from every channel: filing (the phone, or staff entering a request taken by phone, at a
 * reception day or a meeting), handling along the union chain with working-day deadlines and escalation, the
 * worker's rating, and statistics through the reporting layer. ADR 0022 sets out deadlines and privacy.
 */
import { defineModule } from '../../module-manifest.ts';
import { casesRoutes } from './cases.routes.ts';
import { createCasesService } from './cases.service.ts';

export { addWorkingDays } from './cases.calendar.ts';
export { seedCases } from './cases.demo.ts';
export { escalateOverdueCases } from './cases.escalation.ts';
export { casesRecounter } from './cases.recount.repository.ts';
export { casesRoutes } from './cases.routes.ts';
export { type CasesService, casesOfPersons, createCasesService } from './cases.service.ts';
export const casesMigrations = new URL('./migrations/', import.meta.url);
export { countCalendarDays } from './cases.golive.repository.ts';
export { casesTodo } from './cases.todo.repository.ts';
export { casesUsage } from './cases.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'cases',
  migrations: casesMigrations,
  services: ({ db, ids, clock }) => ({ cases: createCasesService(db, ids, clock) }),
  routes: (app, s, { db, testRoutes }) => casesRoutes(app, { db, cases: s.cases, testRoutes }),
  cliRegisters: {
    cases: { zh: '诉求台账', of: (s) => s.cases.register },
    holidays: { zh: '节假日安排', of: (s) => s.cases.holidays },
  },
});
