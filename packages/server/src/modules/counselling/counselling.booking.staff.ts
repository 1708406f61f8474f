import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { subtreeAsked, unionAsked } from '../org/index.ts';
import { findPersonById, findPersonNames } from '../people/index.ts';
import { bookingSteps } from './counselling.booking.steps.ts';
import { BOOKING } from './counselling.errors.ts';
import { findBooking, listBookingsIn, listOpenSlots, type SessionMode } from './counselling.repository.ts';

/** Staff booking for members who call the hotline, and the bookings of a subtree. */
export function counsellingStaffBookings(db: Db, clock: () => Date) {
  const { book, cancel, publicBooking } = bookingSteps(clock);
  return {
    // ------------------------------------------------------------ union staff (the hotline)
    /** Open slots staff may book for members of their subtree (counsellors of the subtree and above it). */
    /** Open slots from now, or — to record a session held after the fact — from the start of a past day `from`. */
    async openSlots(actor: Actor, orgId?: number, from?: string) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, orgId, 'counselling.read');
        const since = from && from < todayInChina(clock()) ? chinaDayStart(from) : clock();
        const { items, total } = await listOpenSlots(sql, path, since, true);
        return { items: items.map(({ orgPath: _p, ...s }) => s), total };
      });
    },
    /**
     * Staff book for a member of their subtree who called the hotline; or, with `heldOn`, record a session held on
     * a past slot (booked outside the platform), on its day, as held.
     */
    async bookForMember(
      actor: Actor,
      input: { slotId: number; personId: number; mode: SessionMode; heldOn?: string },
    ) {
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, input.personId);
        if (!person?.orgPath || !canAccess(actor, 'counselling.manage', { orgPath: person.orgPath }))
          throw notFound({ zh: '会员', en: 'Member' });
        return book(sql, actor, input, 'hotline');
      });
    },
    /** Bookings of members of a subtree: when, with whom, how — never the note. The read is audited. */
    async listBookings(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const { org, path } = await unionAsked(sql, actor, orgId, 'counselling.read');
        const { items: rows, total } = await listBookingsIn(sql, path);
        const names = await findPersonNames(sql, [...new Set(rows.map((r) => r.personId))]);
        await recordAudit(sql, actor, {
          action: 'counselling.bookings.read',
          entity: 'counselling_booking',
          orgId: org?.id ?? null,
          after: { rows: rows.length },
        });
        return {
          items: rows.map((r) => ({ ...publicBooking(r), personName: names.get(r.personId) ?? '' })),
          total,
        };
      });
    },
    /** Staff cancel at the worker's request, on `effectiveOn` (ADR 40; default today), not before it was booked. */
    async cancelByStaff(actor: Actor, id: number, reason = '', effectiveOn?: string) {
      return db.tx(async (sql) => {
        const b = await findBooking(sql, id);
        if (!b) throw notFound(BOOKING);
        requireAccess(actor, 'counselling.manage', { orgPath: b.orgPath });
        return cancel(sql, actor, b, 'staff', reason.trim(), effectiveOn);
      });
    },
  };
}
