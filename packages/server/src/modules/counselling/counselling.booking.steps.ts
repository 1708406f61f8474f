import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { momentInChina, todayInChina } from '../../shared/dates.ts';
import { chinaDayOf, effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addMessage, type Notice, notifyPerson } from '../messages/index.ts';
import { findPersonById } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { findAssessment } from './counselling.assessment.repository.ts';
import { findCounsellorByUser } from './counselling.counsellors.repository.ts';
import {
  BOOKING,
  counsellingError,
  MAX_BOOKINGS_TO_COME,
  notCounsellor,
  SLOT,
  slotTaken,
  tooManyBookings,
} from './counselling.errors.ts';
import {
  type BookingRow,
  cancelBooking,
  countBookingsToCome,
  findBooking,
  findSlot,
  freeSlot,
  insertBooking,
  markHeld,
  type SessionMode,
  takeSlot,
} from './counselling.repository.ts';

const when = (startsAt: string) => momentInChina(startsAt);

const MODE_ZH: Record<SessionMode, string> = { online: '线上', in_person: '面谈' };

const MODE_EN: Record<SessionMode, string> = { online: 'online', in_person: 'in person' };

/** The signed-in counsellor (a role without counselling.counsel, or no counsellor, is refused). */
export async function counsellorOf(sql: Sql, actor: Actor) {
  requireAccess(actor, 'counselling.counsel');
  const c = await findCounsellorByUser(sql, actor.userId);
  if (!c) throw notCounsellor();
  return c;
}

/** A booking of the signed-in counsellor; another's answers 404 (its existence is not told). */
export async function ownBooking(sql: Sql, actor: Actor, id: number) {
  const c = await counsellorOf(sql, actor);
  const b = await findBooking(sql, id);
  if (!b || b.counsellorId !== c.id) throw notFound(BOOKING);
  return { c, b };
}

/** Whether cancelling the booking now opens its slot again for others: only while the session is still to come. */
export const reopensOnCancel = (b: { startsAt: string }, now: Date) => Date.parse(b.startsAt) > now.getTime();

/** A booking as shown: without the counsellor's account and union, nor the path of the worker's union. */
export const publicBooking = ({ counsellorUserId: _u, counsellorOrgId: _o, orgPath: _p, ...b }: BookingRow) =>
  b;

/**
 * The steps the three sides share: the signed-in counsellor and their booking, the day a session was held,
 * booking and cancelling.
 */
export function bookingSteps(clock: () => Date) {
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
    // a worker booking on the phone holds a few sessions to come at most; staff on the hotline judge for themselves
    if (channel === 'app' && (await countBookingsToCome(sql, person.id, now)) >= MAX_BOOKINGS_TO_COME)
      throw tooManyBookings();
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
    if (reopensOnCancel(b, now)) await freeSlot(sql, b.slotId);
    await addCounts(sql, [
      {
        subject: 'counselling.sessions',
        orgId: b.orgId,
        on: todayInChina(new Date(b.startsAt)),
        dim: b.mode,
        n: -1,
      },
    ]);
    const notice: Notice = {
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
  return { counsellorOf, ownBooking, heldDay, book, cancel, publicBooking };
}
