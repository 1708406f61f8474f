/**
 * Counselling (心理关爱, issue 27): counsellors and trained volunteers per union, slots and bookings (a slot booked
 * once), PHQ-9/GAD-7 self-assessment with crisis flags to the counsellor on duty, and statistics with cells below 5
 * suppressed. Session notes and answers are for the worker and the assigned counsellor only: ADR 0054.
 */
import { defineModule } from '../../module-manifest.ts';
import { counsellingRoutes } from './counselling.routes.ts';
import { createCounsellingService } from './counselling.service.ts';

export { seedCounselling } from './counselling.demo.ts';
export { remindCounsellingBookings } from './counselling.reminders.ts';
export { counsellingRoutes } from './counselling.routes.ts';
export { type CounsellingService, createCounsellingService } from './counselling.service.ts';
export const counsellingMigrations = new URL('./migrations/', import.meta.url);
export { counsellingRecounter } from './counselling.recount.repository.ts';
export { counsellingTodo } from './counselling.todo.repository.ts';
export { counsellingUsage } from './counselling.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'counselling',
  migrations: counsellingMigrations,
  services: ({ db, clock }) => ({ counselling: createCounsellingService(db, clock) }),
  routes: (app, s) => counsellingRoutes(app, s),
  cliRegisters: {
    'counselling-sessions': { zh: '心理咨询服务记录', of: (s) => s.counselling.sessionsRegister },
  },
});
