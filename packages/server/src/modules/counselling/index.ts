/**
 * Counselling (心理关爱, issue 27): counsellors and trained volunteers per union, slots and bookings (a slot booked
 * once), PHQ-9/GAD-7 self-assessment with crisis flags to the counsellor on duty, and statistics with cells below 5
 * suppressed. Session notes and answers are for the worker and the assigned counsellor only: ADR 0054.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { counsellingRecounter } from './counselling.recount.repository.ts';
import { counsellingRoutes } from './counselling.routes.ts';
import { createCounsellingService } from './counselling.service.ts';
import { counsellingTodo } from './counselling.todo.repository.ts';
import { counsellingUsage } from './counselling.usage.ts';

export { seedCounselling } from './counselling.demo.ts';
export { remindCounsellingBookings } from './counselling.reminders.ts';
export { counsellingRoutes } from './counselling.routes.ts';
export { type CounsellingService, createCounsellingService } from './counselling.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'counselling',
  auditNames: { counselling_counsellor: namedBy('counselling_counsellors', 'name') },
  todo: counsellingTodo,
  menuUsage: counsellingUsage,
  recounter: counsellingRecounter,
  description:
    '`counselling_counsellors`, `counselling_trainings`, `counselling_slots`, `counselling_bookings`, `counselling_assessments`, `counselling_session_counts` — counselling (心理关爱, ADR 54; past sessions brought in as counts per union, kind and month, never names or notes — register `counselling-sessions`, ADR 41): counsellors (the `counsellor` role, with their own account) and trained volunteers per union with training hours and certificates, who is on duty; slots offered weekly or on dates, booked by the worker on the phone or by staff for a hotline caller, the slot taken by one guarded update and held by one live booking (a unique index); cancellation by either side, reminders from the day before (`remindCounsellingBookings`, main.ts); PHQ-9/GAD-7 scored on the server, a session offered from 10, crisis flags (PHQ-9 ≥ 20 or item 9, GAD-7 ≥ 15) to the counsellors on duty of the worker\'s chain at once; session notes and answers read only by the worker and the assigned counsellor (never staff or the administrator; reads audited without text); counts `counselling.sessions`, `.assessments`, `.referrals`, `.volunteers` (state), `.training_hours` through `reporting`, by union and month with cells below 5 shown as "<5" (and a cell that would give one away as "*", ADR 161) and .xlsx',
  dependencyNotes: { auth: "`insertUser` for a counsellor's account" },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ counselling: createCounsellingService(db, clock) }),
  routes: (app, s) => counsellingRoutes(app, s),
  cliRegisters: {
    'counselling-sessions': {
      zh: '心理咨询服务记录',
      doc: '心理咨询服务台账, `/api/counselling/sessions/import`: per union, kind of counsellor and month, 会谈场次 and 服务人数',
      of: (s) => s.counselling.sessionsRegister,
    },
  },
});
