import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonById } from '../people/index.ts';
import { listAnswersUpTo, listFlags } from './counselling.assessment.repository.ts';
import { bookingSteps } from './counselling.booking.steps.ts';
import { isOnDuty } from './counselling.duty.ts';
import { BOOKING, counsellingError, SLOT } from './counselling.errors.ts';
import {
  findBookingNote,
  findSlot,
  insertSlots,
  listBookingsOfCounsellor,
  listSlotsOfCounsellor,
  type SlotMode,
  withdrawSlot,
  writeNote,
} from './counselling.repository.ts';

/** What staff book, and counsellors offer: dated slots or a weekly pattern. */
export interface SlotsInput {
  mode: SlotMode;
  place?: string;
  /** Dated slots. */
  slots?: { startsAt: string; endsAt: string }[];
  /** Or a weekly pattern: these weekdays (1 Monday … 7 Sunday) at this time, from one day to another. */
  weekly?: { weekdays: number[]; time: string; minutes: number; from: string; until: string };
}

const DAY_MS = 86_400_000;

/** The dated slots a weekly pattern gives (China time), at most 200. */
export function expandWeekly(w: NonNullable<SlotsInput['weekly']>): { startsAt: string; endsAt: string }[] {
  const out: { startsAt: string; endsAt: string }[] = [];
  const last = Date.parse(`${w.until}T00:00:00Z`);
  for (let d = Date.parse(`${w.from}T00:00:00Z`); d <= last && out.length < 200; d += DAY_MS) {
    const day = new Date(d);
    const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay();
    if (!w.weekdays.includes(weekday)) continue;
    const start = new Date(`${day.toISOString().slice(0, 10)}T${w.time}:00+08:00`);
    out.push({
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + w.minutes * 60_000).toISOString(),
    });
  }
  return out;
}

/** The counsellor's side: their slots, their bookings and the session note. */
export function counsellingCounsellorBookings(db: Db, clock: () => Date) {
  const { counsellorOf, ownBooking, cancel, publicBooking } = bookingSteps(clock);
  return {
    // ------------------------------------------------------------ the counsellor
    /** The signed-in counsellor's slots, bookings (with the worker's name and phone) and crisis flags to follow. */
    async counsellorHome(actor: Actor) {
      return db.tx(async (sql) => {
        const c = await counsellorOf(sql, actor);
        const now = clock();
        const { items: bookings, total: bookingsTotal } = await listBookingsOfCounsellor(sql, c.id);
        // crisis flags (name, phone, score) only to a counsellor on duty (ADR 54, issue 41)
        const { items: flags, total: flagsTotal } = isOnDuty(c)
          ? await listFlags(sql, c.orgPath, new Date(now.getTime() - 30 * DAY_MS))
          : { items: [], total: 0 };
        const slots = await listSlotsOfCounsellor(sql, c.id, new Date(now.getTime() - DAY_MS));
        const ids = [...new Set([...bookings.map((b) => b.personId), ...flags.map((f) => f.personId)])];
        const people = new Map<number, { name: string; phone: string | null }>();
        for (const pid of ids) {
          const p = await findPersonById(sql, pid);
          if (p) people.set(pid, { name: p.name, phone: p.phone });
        }
        const { orgPath: _p, userId: _u, ...me } = c;
        return {
          counsellor: me,
          slots: slots.items.map(({ orgPath: _o, ...s }) => s),
          slotsTotal: slots.total,
          bookingsTotal,
          flagsTotal,
          bookings: bookings.map((b) => ({
            ...publicBooking(b),
            personName: people.get(b.personId)?.name ?? '',
            personPhone: people.get(b.personId)?.phone ?? null,
          })),
          flags: flags.map(({ orgPath: _o, ...f }) => ({
            ...f,
            personName: people.get(f.personId)?.name ?? '',
            personPhone: people.get(f.personId)?.phone ?? null,
          })),
        };
      });
    },
    async addSlots(actor: Actor, input: SlotsInput) {
      return db.tx(async (sql) => {
        const c = await counsellorOf(sql, actor);
        const dated = [...(input.slots ?? []), ...(input.weekly ? expandWeekly(input.weekly) : [])];
        if (!dated.length)
          throw counsellingError(
            'invalid',
            'NO_SLOTS',
            '请至少给出一个时段',
            'Give at least one slot',
            'slots',
          );
        const now = clock().getTime();
        for (const s of dated) {
          const start = Date.parse(s.startsAt);
          const end = Date.parse(s.endsAt);
          if (!(end > start) || end - start > 8 * 3600_000)
            throw counsellingError(
              'invalid',
              'SLOT_TIMES',
              '每个时段须在开始后结束，且不超过8小时',
              'Each slot must end after it starts, within 8 hours',
              'slots',
            );
          if (start <= now)
            throw counsellingError(
              'invalid',
              'SLOT_PAST',
              '不能开放已过去的时段',
              'A slot cannot be in the past',
              'slots',
            );
        }
        const added = await insertSlots(
          sql,
          c.id,
          c.orgId,
          dated.map((s) => ({ ...s, mode: input.mode, place: input.place?.trim() ?? '' })),
        );
        await recordAudit(sql, actor, {
          action: 'counselling.slots.add',
          entity: 'counselling_counsellor',
          entityId: c.id,
          orgId: c.orgId,
          after: { added },
        });
        return { added };
      });
    },
    async withdrawSlot(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const c = await counsellorOf(sql, actor);
        const s = await findSlot(sql, id);
        if (!s || s.counsellorId !== c.id) throw notFound(SLOT);
        if (!(await withdrawSlot(sql, id))) {
          // withdrawn already (another tab, a second press) or booked meanwhile: say which
          const withdrawn = (await findSlot(sql, id))?.status === 'withdrawn';
          throw counsellingError(
            'conflict',
            'SLOT_NOT_OPEN',
            withdrawn ? '该时段已撤回' : '该时段已被预约，请先取消预约',
            withdrawn ? 'The slot is withdrawn already' : 'The slot is booked; cancel the booking first',
          );
        }
        await recordAudit(sql, actor, {
          action: 'counselling.slot.withdraw',
          entity: 'counselling_counsellor',
          entityId: c.id,
          orgId: c.orgId,
          after: { slotId: id },
        });
        return { ok: true as const };
      });
    },
    /**
     * A live or held booking of the counsellor's, with its note and the worker's latest assessments and answers
     * (reads audited). The answers are those given up to now while the booking is live, up to the session's end
     * once it is held; a cancelled booking is closed to the counsellor, note and answers alike (404, as another's
     * booking is: ADR 54, issue 41).
     */
    async counsellorBooking(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const { b } = await ownBooking(sql, actor, id);
        if (b.status === 'cancelled') throw notFound(BOOKING);
        const person = await findPersonById(sql, b.personId);
        const note = await findBookingNote(sql, id);
        const until = b.status === 'done' ? b.endsAt : clock();
        const assessments = (await listAnswersUpTo(sql, b.personId, until, 10)).map(
          ({ orgPath: _p, ...rest }) => rest,
        );
        await recordAudit(sql, actor, {
          action: 'counselling.note.read',
          entity: 'counselling_booking',
          entityId: b.id,
          orgId: b.orgId,
          after: { assessments: assessments.map((a) => a.id) },
        });
        return {
          ...publicBooking(b),
          personName: person?.name ?? '',
          personPhone: person?.phone ?? null,
          note: note.note,
          noteAt: note.noteAt,
          assessments,
        };
      });
    },
    async writeNote(actor: Actor, id: number, input: { note: string; done?: boolean }) {
      return db.tx(async (sql) => {
        const { b } = await ownBooking(sql, actor, id);
        if (b.status === 'cancelled')
          throw counsellingError('conflict', 'NOT_CANCELLABLE', '该预约已取消', 'The booking is cancelled');
        // a session is held once it has begun: marked held before, the worker read 已咨询 of one still to come
        if (input.done && Date.parse(b.startsAt) > clock().getTime())
          throw counsellingError(
            'conflict',
            'NOT_STARTED',
            '咨询尚未开始，开始后才能标记已咨询；记录可先保存',
            'The session has not begun: mark it held once it has; the note can be saved now',
          );
        await writeNote(sql, b.id, input.note, clock(), input.done ?? false);
        await recordAudit(sql, actor, {
          action: 'counselling.note.write',
          entity: 'counselling_booking',
          entityId: b.id,
          orgId: b.orgId,
          after: { done: input.done ?? false },
        });
        return { ok: true as const };
      });
    },
    async cancelByCounsellor(actor: Actor, id: number, reason = '') {
      return db.tx(async (sql) => {
        const { b } = await ownBooking(sql, actor, id);
        return cancel(sql, actor, b, 'counsellor', reason.trim());
      });
    },
  };
}
