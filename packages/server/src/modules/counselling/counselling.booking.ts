import type { Db } from '../../db/db.ts';
import { counsellingCounsellorBookings } from './counselling.booking.counsellor.ts';
import { counsellingStaffBookings } from './counselling.booking.staff.ts';
import { counsellingWorkerBookings } from './counselling.booking.worker.ts';

/**
 * Bookings (预约): a worker books an open slot on the phone, or staff book for them when they call the hotline; a
 * slot is taken by one guarded update and held by one live booking (a unique index), so two bookings at once give
 * one session. Either side may cancel (the slot opens again). The counsellor of the booking writes the session
 * note, which only they and the worker read (ADR 54); every read is audited, never its text.
 * Counted in `reporting`: `counselling.sessions` on the session's day, by the worker's union, dim the mode
 * (+1 booked, −1 cancelled).
 */
export function counsellingBookings(db: Db, clock: () => Date) {
  return {
    ...counsellingWorkerBookings(db, clock),
    ...counsellingStaffBookings(db, clock),
    ...counsellingCounsellorBookings(db, clock),
  };
}
