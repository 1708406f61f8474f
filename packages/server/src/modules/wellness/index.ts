/**
 * 疗休养 and 体检 places over years (双千工程, issue 26): programs, institutions, batches, quotas per lower union,
 * nominations with substitution, attendance, the union's share through the programs ledger, reminders and yearly
 * statistics. Its choices are in docs/adr/0055-wellness-places.md.
 */
export { seedWellness } from './wellness.demo.ts';
export { remindWellness } from './wellness.remind.ts';
export { wellnessRoutes } from './wellness.routes.ts';
export { createWellnessService, type WellnessService } from './wellness.service.ts';
export const wellnessMigrations = new URL('./migrations/', import.meta.url);
export { wellnessRecounter } from './wellness.recount.repository.ts';
export { wellnessTodo } from './wellness.todo.repository.ts';
export { wellnessUsage } from './wellness.usage.ts';
