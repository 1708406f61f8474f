import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { momentInChina, todayInChina } from '../../shared/dates.ts';
import { chinaDayOf, chinaDayStart, effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addMessage, notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById, findPersonNames } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { isOnDuty } from './counselling.duty.ts';
import { BOOKING, counsellingError, notCounsellor, SLOT, slotTaken } from './counselling.errors.ts';
import {
  type BookingRow,
  cancelBooking,
  findAssessment,
  findBooking,
  findBookingNote,
  findCounsellorByUser,
  findSlot,
  freeSlot,
  insertBooking,
  insertSlots,
  listAnswersUpTo,
  listBookingsIn,
  listBookingsOfCounsellor,
  listBookingsOfPerson,
  listFlags,
  listOpenSlots,
  listSlotsOfCounsellor,
  markHeld,
  type SessionMode,
  type SlotMode,
  takeSlot,
  withdrawSlot,
  writeNote,
} from './counselling.repository.ts';

/**
 * Bookings (预约): a worker books an open slot on the phone, or staff book for them when they call the hotline; a
 * slot is taken by one guarded update and held by one live booking (a unique index), so two bookings at once give
 * one session. Either side may cancel (the slot opens again). The counsellor of the booking writes the session
 * note, which only they and the worker read (ADR 54); every read is audited, never its text.
 * Counted in `reporting`: `counselling.sessions` on the session's day, by the worker's union, dim the mode
 * (+1 booked, −1 cancelled).
 */
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

const when = (startsAt: string) => momentInChina(startsAt);
const MODE_ZH: Record<SessionMode, string> = { online: '线上', in_person: '面谈' };
const MODE_EN: Record<SessionMode, string> = { online: 'online', in_person: 'in person' };

export function counsellingBookings(db: Db, clock: () => Date) {
  async function counsellorOf(sql: Sql, actor: Actor) {
    requireAccess(actor, 'counselling.counsel');
    const c = await findCounsellorByUser(sql, actor.userId);
    if (!c) throw notCounsellor();
    return c;
  }

  /** A booking of the signed-in counsellor; another's answers 404 (its existence is not told). */
  async function ownBooking(sql: Sql, actor: Actor, id: number) {
    const c = await counsellorOf(sql, actor);
    const b = await findBooking(sql, id);
    if (!b || b.counsellorId !== c.id) throw notFound(BOOKING);
    return { c, b };
  }

  /**
   * The day a session was held, recorded after the fact (ADR 40): the day of its slot, not in the future, and —
   * being past — only by a role holding `history.backdate`.
   */
  function heldDay(actor: Actor, startsAt: string, heldOn: string) {
    const slotDay = chinaDayOf(startsAt);
    const on = effectiveDay(
      actor,
      heldOn,
      { zh: '咨询', en: 'session' },
      [{ day: slotDay, name: { zh: '预约时段日期', en: 'day of the slot' } }],
      { field: 'heldOn', now: clock() },
    );
    if (on.day !== slotDay || Date.parse(startsAt) > clock().getTime())
      throw counsellingError(
        'invalid',
        'SESSION_DAY_NOT_SLOT',
        `咨询日期 ${on.day} 须为已过去的预约时段当日（${slotDay}）`,
        `The session date ${on.day} must be the day of a slot that has passed (${slotDay})`,
        'heldOn',
      );
    return on;
  }

  async function book(
    sql: Sql,
    actor: Actor,
    input: {
      slotId: number;
      personId: number;
      mode: SessionMode;
      assessmentId?: number | null;
      heldOn?: string;
    },
    channel: 'app' | 'hotline',
  ) {
    const now = clock();
    const slot = await findSlot(sql, input.slotId);
    if (!slot || slot.status === 'withdrawn') throw notFound(SLOT);
    const held = input.heldOn === undefined ? null : heldDay(actor, slot.startsAt, input.heldOn);
    const person = await findPersonById(sql, input.personId);
    if (!person?.orgId || !person.orgPath) throw notFound({ zh: '会员', en: 'Member' });
    if (!person.orgPath.startsWith(slot.orgPath))
      throw counsellingError(
        'invalid',
        'SLOT_NOT_OFFERED',
        '该时段不面向此会员所在工会开放',
        "The slot is not offered to the member's union",
        'slotId',
      );
    if (slot.mode !== 'either' && slot.mode !== input.mode)
      throw counsellingError(
        'invalid',
        'MODE',
        `该时段仅限${MODE_ZH[slot.mode]}`,
        `This slot is ${MODE_EN[slot.mode]} only`,
        'mode',
      );
    if (!held && Date.parse(slot.startsAt) <= now.getTime())
      throw counsellingError(
        'conflict',
        'SLOT_PAST',
        '该时段已开始或已过去',
        'The slot has begun or passed',
        'slotId',
      );
    if (input.assessmentId) {
      const a = await findAssessment(sql, input.assessmentId);
      if (!a || a.personId !== person.id) throw notFound({ zh: '测评', en: 'Assessment' });
    }
    // a session held in the past takes its past slot (which starts after the moment before it)
    const takenAfter = held ? new Date(Date.parse(slot.startsAt) - 1) : now;
    if (!(await takeSlot(sql, slot.id, takenAfter))) throw slotTaken();
    const id = await insertBooking(sql, {
      slotId: slot.id,
      counsellorId: slot.counsellorId,
      personId: person.id,
      orgId: person.orgId,
      mode: input.mode,
      channel,
      assessmentId: input.assessmentId ?? null,
      bookedOn: held?.day ?? todayInChina(now),
      bookedBy: actor.userId || null,
    });
    if (!id) throw slotTaken();
    if (held) await markHeld(sql, id);
    await addCounts(sql, [
      {
        subject: 'counselling.sessions',
        orgId: person.orgId,
        on: todayInChina(new Date(slot.startsAt)),
        dim: input.mode,
        n: 1,
      },
    ]);
    const b = (await findBooking(sql, id)) as BookingRow;
    if (b.counsellorUserId)
      await addMessage(sql, b.counsellorUserId, {
        kind: 'counselling.booked',
        title: {
          zh: `新的心理咨询预约：${when(slot.startsAt)}`,
          en: `New counselling booking: ${when(slot.startsAt)}`,
        },
        body: {
          zh: `${person.name}预约了${when(slot.startsAt)}的${MODE_ZH[input.mode]}咨询。`,
          en: `${person.name} booked a session ${MODE_EN[input.mode]} at ${when(slot.startsAt)}.`,
        },
        link: `/counselling/mine/bookings/${id}`,
        entity: 'counselling_booking',
        entityId: id,
      });
    if (channel === 'hotline')
      await notifyPerson(sql, person.id, {
        kind: 'counselling.booked',
        title: { zh: '已为您预约心理咨询', en: 'A counselling session is booked for you' },
        body: {
          zh: `${when(slot.startsAt)}，${slot.counsellorName}，${MODE_ZH[input.mode]}${slot.place ? `，${slot.place}` : ''}。`,
          en: `${when(slot.startsAt)} with ${slot.counsellorName}, ${MODE_EN[input.mode]}${slot.place ? `, ${slot.place}` : ''}.`,
        },
        link: '/m/counselling',
        entity: 'counselling_booking',
        entityId: id,
      });
    await recordAudit(sql, actor, {
      action: 'counselling.book',
      entity: 'counselling_booking',
      entityId: id,
      orgId: person.orgId,
      after: { slotId: slot.id, channel, mode: input.mode, ...(held ? { effectiveOn: held.day } : {}) },
    });
    return { id };
  }

  async function cancel(
    sql: Sql,
    actor: Actor,
    b: BookingRow,
    by: 'worker' | 'counsellor' | 'staff',
    reason: string,
    effectiveOn?: string,
  ) {
    const now = clock();
    const cancelled = effectiveDay(
      actor,
      effectiveOn,
      { zh: '取消预约', en: 'cancellation' },
      [{ day: b.bookedOn, name: { zh: '预约日期', en: 'day it was booked' } }],
      { now },
    );
    if (b.status !== 'booked' || !(await cancelBooking(sql, b.id, by, reason, cancelled.at)))
      throw counsellingError(
        'conflict',
        'NOT_CANCELLABLE',
        '该预约已结束或已取消',
        'The booking is over or cancelled',
      );
    if (Date.parse(b.startsAt) > now.getTime()) await freeSlot(sql, b.slotId);
    await addCounts(sql, [
      {
        subject: 'counselling.sessions',
        orgId: b.orgId,
        on: todayInChina(new Date(b.startsAt)),
        dim: b.mode,
        n: -1,
      },
    ]);
    const notice = {
      kind: 'counselling.cancelled',
      title: {
        zh: `心理咨询预约已取消：${when(b.startsAt)}`,
        en: `Counselling booking cancelled: ${when(b.startsAt)}`,
      },
      body: {
        zh: `${by === 'worker' ? '职工' : by === 'counsellor' ? '咨询师' : '工会'}取消了预约${reason ? `：${reason}` : '。'}`,
        en: `Cancelled by the ${by === 'worker' ? 'worker' : by === 'counsellor' ? 'counsellor' : 'union'}${reason ? `: ${reason}` : '.'}`,
      },
      entity: 'counselling_booking',
      entityId: b.id,
    };
    if (by !== 'worker') await notifyPerson(sql, b.personId, { ...notice, link: '/m/counselling' });
    if (by !== 'counsellor' && b.counsellorUserId)
      await addMessage(sql, b.counsellorUserId, { ...notice, link: '/counselling/mine' });
    await recordAudit(sql, actor, {
      action: 'counselling.cancel',
      entity: 'counselling_booking',
      entityId: b.id,
      orgId: b.orgId,
      after: { by, ...(cancelled.backdated ? { effectiveOn: cancelled.day } : {}) },
    });
    return { ok: true as const };
  }

  const publicBooking = ({ counsellorUserId: _u, counsellorOrgId: _o, orgPath: _p, ...b }: BookingRow) => b;

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

    /** The worker's own bookings, the latest first: at most 100, and how many there are. */
    async myBookings(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { items, total } = await listBookingsOfPerson(sql, actor.personId as number);
        return { items: items.map(publicBooking), total };
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

    // ------------------------------------------------------------ union staff (the hotline)
    /** Open slots staff may book for members of their subtree (counsellors of the subtree and above it). */
    /** Open slots from now, or — to record a session held after the fact — from the start of a past day `from`. */
    async openSlots(actor: Actor, orgId?: number, from?: string) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'counselling.read', { orgPath: path });
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
        const id = orgId ?? actor.orgId;
        const org = id ? await getOrgInScope(sql, actor, id) : null;
        const path = org?.path ?? actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'counselling.read', { orgPath: path });
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
        if (!(await withdrawSlot(sql, id)))
          throw counsellingError(
            'conflict',
            'SLOT_NOT_OPEN',
            '该时段已被预约，请先取消预约',
            'The slot is booked; cancel the booking first',
          );
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
