import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { counsellingAssessments } from './counselling.assessment.ts';
import { counsellingBookings } from './counselling.booking.ts';
import { counsellingRegister } from './counselling.register.ts';
import { createCounsellingSessionsRegister } from './counselling.sessions.import.ts';
import { counsellingStats } from './counselling.stats.ts';

/**
 * Counselling (心理关爱, issue 27), one file per use case: the register of counsellors and volunteers
 * (`counselling.register.ts`), slots and bookings with the session notes (`counselling.booking.ts`),
 * self-assessment and crisis flags (`counselling.assessment.ts`), statistics with small cells suppressed
 * (`counselling.stats.ts`) and reminders (`counselling.reminders.ts`, a sweep main.ts runs).
 */
export function createCounsellingService(db: Db, clock: Clock) {
  return {
    ...counsellingRegister(db, clock),
    ...counsellingBookings(db, clock),
    assessments: counsellingAssessments(db, clock),
    ...counsellingStats(db, clock),
    /** The sessions kept on paper, in counts only (issue 42). */
    sessionsRegister: createCounsellingSessionsRegister(db, clock),
  };
}

export type CounsellingService = ReturnType<typeof createCounsellingService>;
