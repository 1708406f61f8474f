import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonById } from '../people/index.ts';
import { bookingSteps, reopensOnCancel } from './counselling.booking.steps.ts';
import { BOOKING } from './counselling.errors.ts';
import {
  findBooking,
  findBookingNote,
  listBookingsOfPerson,
  listOpenSlots,
  type SessionMode,
} from './counselling.repository.ts';

/** The worker's side of bookings, on the phone: offered slots, their own bookings, booking and cancelling. */
export function counsellingWorkerBookings(db: Db, clock: () => Date) {
  const { book, cancel, publicBooking } = bookingSteps(clock);
  return {
    // ------------------------------------------------------------ the worker
    /** The slots offered to the worker (their union's counsellors and those above), from now. */
    async offeredSlots(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, actor.personId as number);
        if (!person?.orgPath) return { items: [], total: 0 };
        const { items, total } = await listOpenSlots(sql, person.orgPath, clock());
        return { items: items.map(({ orgPath: _p, ...s }) => s), total };
      });
    },
    /**
     * The worker's own bookings, nearest first (to come, soonest first; then past): at most 100, and how many; each
     * says whether cancelling it now opens its slot again (the phone's question says so before the worker cancels).
     */
    async myBookings(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const now = clock();
      return db.tx(async (sql) => {
        const { items, total } = await listBookingsOfPerson(sql, actor.personId as number, now);
        return {
          items: items.map((b) => ({ ...publicBooking(b), reopensOnCancel: reopensOnCancel(b, now) })),
          total,
        };
      });
    },
    async bookSelf(actor: Actor, input: { slotId: number; mode: SessionMode; assessmentId?: number | null }) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx((sql) => book(sql, actor, { ...input, personId: actor.personId as number }, 'app'));
    },
    async cancelSelf(actor: Actor, id: number, reason = '') {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const b = await findBooking(sql, id);
        if (!b || b.personId !== actor.personId) throw notFound(BOOKING);
        return cancel(sql, actor, b, 'worker', reason.trim());
      });
    },
    /** The worker's own booking with the counsellor's note (the read is audited, the text never). */
    async myBooking(actor: Actor, id: number) {
      // Only the worker's own: anyone else (an administrator has no person) finds nothing.
      return db.tx(async (sql) => {
        const b = await findBooking(sql, id);
        if (!b || b.personId !== actor.personId) throw notFound(BOOKING);
        const note = await findBookingNote(sql, id);
        await recordAudit(sql, actor, {
          action: 'counselling.note.read',
          entity: 'counselling_booking',
          entityId: b.id,
          orgId: b.orgId,
        });
        return { ...publicBooking(b), note: note.note, noteAt: note.noteAt };
      });
    },
  };
}
