/**
 * Workers' requests (诉求) from every channel: filing (the phone, or staff entering a request taken by phone, at a
 * reception day or a meeting), handling along the union chain with working-day deadlines and escalation, the
 * worker's rating, and statistics through the reporting layer. ADR 0022 sets out deadlines and privacy.
 */
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
