/**
 * Counselling (心理关爱, issue 27): counsellors and trained volunteers per union, slots and bookings (a slot booked
 * once), PHQ-9/GAD-7 self-assessment with crisis flags to the counsellor on duty, and statistics with cells below 5
 * suppressed. Session notes and answers are for the worker and the assigned counsellor only: ADR 0054.
 */
export { seedCounselling } from './counselling.demo.ts';
export { remindCounsellingBookings } from './counselling.reminders.ts';
export { counsellingRoutes } from './counselling.routes.ts';
export { type CounsellingService, createCounsellingService } from './counselling.service.ts';
export const counsellingMigrations = new URL('./migrations/', import.meta.url);
export { counsellingRecounter } from './counselling.recount.repository.ts';
export { counsellingTodo } from './counselling.todo.repository.ts';
export { counsellingUsage } from './counselling.usage.ts';
