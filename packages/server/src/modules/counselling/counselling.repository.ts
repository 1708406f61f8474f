import { subtreeCondition, subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';

/**
 * SQL for counselling_slots and counselling_bookings only (with read-only joins on orgs); counsellors and their
 * trainings in counselling.counsellors.repository.ts, assessments in counselling.assessment.repository.ts, each
 * beside what it serves. Note text and assessment answers are selected only
 * by the functions that say so (`findBookingWithNote`, `findAssessment`), which the service calls after checking
 * the reader is the worker or the assigned counsellor.
 */

/** The most rows each list holds; each says how many there are in all. */
export const LIST_CAP = {
  counsellors: 2000,
  slots: 500,
  openSlots: 300,
  bookings: 500,
  flags: 200,
  myBookings: 100,
  myAssessments: 100,
} as const;

export type CounsellorKind = 'counsellor' | 'volunteer';
export type SlotMode = 'online' | 'in_person' | 'either';
export type SessionMode = 'online' | 'in_person';
export type BookingStatus = 'booked' | 'done' | 'cancelled';

// ---------------------------------------------------------------- slots

export interface SlotRow {
  id: number;
  counsellorId: number;
  counsellorName: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  startsAt: string;
  endsAt: string;
  mode: SlotMode;
  place: string;
  status: 'open' | 'booked' | 'withdrawn';
}

const SLOT = `s.id, s.counsellor_id as "counsellorId", c.name as "counsellorName", s.org_id as "orgId", o.name as "orgName",
  o.path as "orgPath", s.starts_at as "startsAt", s.ends_at as "endsAt", s.mode, s.place, s.status`;
const SLOT_FROM = `counselling_slots s join counselling_counsellors c on c.id = s.counsellor_id join orgs o on o.id = s.org_id`;

/** Adds slots; a slot already offered at the same start is skipped. Returns how many were added. */
export async function insertSlots(
  sql: Sql,
  counsellorId: number,
  orgId: number,
  slots: { startsAt: string; endsAt: string; mode: SlotMode; place: string }[],
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into counselling_slots (counsellor_id, org_id, starts_at, ends_at, mode, place)
     select $1, $2, x.s, x.e, x.m, x.p
       from unnest($3::timestamptz[], $4::timestamptz[], $5::text[], $6::text[]) as x(s, e, m, p)
     on conflict (counsellor_id, starts_at) where status <> 'withdrawn' do nothing
     returning id`,
    [
      counsellorId,
      orgId,
      slots.map((s) => s.startsAt),
      slots.map((s) => s.endsAt),
      slots.map((s) => s.mode),
      slots.map((s) => s.place),
    ],
  );
  return rows.length;
}

const slotRows = selectFrom<SlotRow>(`${SLOT} from ${SLOT_FROM}`);

export const findSlot = (sql: Sql, id: number) => slotRows.one(sql, 's.id = $1', [id]);

export async function listSlotsOfCounsellor(sql: Sql, counsellorId: number, since: Date) {
  const { rows } = await sql.query<SlotRow & { countAll: number }>(
    `select ${SLOT}, ${COUNT_ALL} from ${SLOT_FROM}
      where s.counsellor_id = $1 and s.ends_at >= $2 and s.status <> 'withdrawn'
      order by s.starts_at limit ${LIST_CAP.slots}`,
    [counsellorId, since],
  );
  return capped(rows);
}

/**
 * Open slots a member of the union at `path` may book: offered by counsellors of that union or a union above it
 * (and, with `below`, of the unions below it too — staff booking for members of their subtree), from `since`.
 */
export async function listOpenSlots(sql: Sql, path: string, since: Date, below = false) {
  const { rows } = await sql.query<SlotRow & { countAll: number }>(
    `select ${SLOT}, ${COUNT_ALL} from ${SLOT_FROM}
      where s.status = 'open' and s.starts_at > $2 and c.active
        and (starts_with($1::text, o.path) ${below ? 'or o.path like $3' : ''})
      order by s.starts_at, s.id limit ${LIST_CAP.openSlots}`,
    below ? [path, since, subtreePattern(path)] : [path, since],
  );
  return capped(rows);
}

/**
 * How many sessions to come a member has booked (booked, not yet begun). Their bookings are taken one at a time
 * (a lock per member until the transaction ends), so two bookings at once cannot both pass a cap on the count.
 */
export async function countBookingsToCome(sql: Sql, personId: number, now: Date): Promise<number> {
  await sql.query('select pg_advisory_xact_lock(6540, $1::int)', [personId]);
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from counselling_bookings b join counselling_slots s on s.id = b.slot_id
      where b.person_id = $1 and b.status = 'booked' and s.starts_at > $2`,
    [personId, now],
  );
  return rows[0].n;
}

/** Takes an open slot that has not started: one guarded update, so of two bookings at once one gets it. */
export async function takeSlot(sql: Sql, id: number, now: Date): Promise<boolean> {
  const { rows } = await sql.query(
    `update counselling_slots set status = 'booked' where id = $1 and status = 'open' and starts_at > $2 returning id`,
    [id, now],
  );
  return rows.length === 1;
}

export async function freeSlot(sql: Sql, id: number) {
  await sql.query(`update counselling_slots set status = 'open' where id = $1 and status = 'booked'`, [id]);
}

export async function withdrawSlot(sql: Sql, id: number): Promise<boolean> {
  const { rows } = await sql.query(
    `update counselling_slots set status = 'withdrawn' where id = $1 and status = 'open' returning id`,
    [id],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------- bookings

export interface BookingRow {
  id: number;
  slotId: number;
  counsellorId: number;
  counsellorName: string;
  counsellorUserId: number | null;
  counsellorOrgId: number;
  personId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  startsAt: string;
  endsAt: string;
  place: string;
  mode: SessionMode;
  channel: 'app' | 'hotline';
  status: BookingStatus;
  assessmentId: number | null;
  bookedOn: string;
  cancelledBy: 'worker' | 'counsellor' | 'staff' | null;
  cancelReason: string;
  hasNote: boolean;
}

const BOOKING = `b.id, b.slot_id as "slotId", b.counsellor_id as "counsellorId", c.name as "counsellorName",
  c.user_id as "counsellorUserId", c.org_id as "counsellorOrgId", b.person_id as "personId", b.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", s.starts_at as "startsAt", s.ends_at as "endsAt", s.place, b.mode,
  b.channel, b.status, b.assessment_id as "assessmentId", b.booked_on as "bookedOn", b.cancelled_by as "cancelledBy",
  b.cancel_reason as "cancelReason", (b.note <> '') as "hasNote"`;
const BOOKING_FROM = `counselling_bookings b join counselling_slots s on s.id = b.slot_id
  join counselling_counsellors c on c.id = b.counsellor_id join orgs o on o.id = b.org_id`;

/** Books a slot; null when the slot already holds a live booking (the unique index). */
export async function insertBooking(
  sql: Sql,
  b: {
    slotId: number;
    counsellorId: number;
    personId: number;
    orgId: number;
    mode: SessionMode;
    channel: 'app' | 'hotline';
    assessmentId: number | null;
    bookedOn: string;
    bookedBy: number | null;
  },
): Promise<number | null> {
  const id = await insertRowUnlessTaken(
    sql,
    'counselling_bookings',
    'slot_id, counsellor_id, person_id, org_id, mode, channel, assessment_id, booked_on, booked_by',
    b,
    "(slot_id) where status <> 'cancelled'",
  );
  return id ?? null;
}

const bookingRows = selectFrom<BookingRow>(`${BOOKING} from ${BOOKING_FROM}`);

export const findBooking = (sql: Sql, id: number) => bookingRows.one(sql, 'b.id = $1', [id]);

/** The session note with its booking — only for the worker or the booking's counsellor (the service checks). */
export async function findBookingNote(sql: Sql, id: number) {
  const { rows } = await sql.query<{ note: string; noteAt: string | null }>(
    `select note, note_at as "noteAt" from counselling_bookings where id = $1`,
    [id],
  );
  return rows[0];
}

/**
 * The person's bookings, nearest first: those still to come from the soonest, then those past from the latest (the
 * list put the furthest booking first, the next session at the bottom); the first `cap`, and how many in all.
 */
export async function listBookingsOfPerson(
  sql: Sql,
  personId: number,
  now: Date,
  cap: number = LIST_CAP.myBookings,
) {
  const { rows } = await sql.query<BookingRow & { countAll: number }>(
    `select ${BOOKING}, ${COUNT_ALL} from ${BOOKING_FROM} where b.person_id = $1
      order by s.starts_at < $2, case when s.starts_at >= $2 then s.starts_at end, s.starts_at desc, b.id
      limit ${Number(cap)}`,
    [personId, now],
  );
  return capped(rows);
}

export async function listBookingsOfCounsellor(sql: Sql, counsellorId: number) {
  const { rows } = await sql.query<BookingRow & { countAll: number }>(
    `select ${BOOKING}, ${COUNT_ALL} from ${BOOKING_FROM} where b.counsellor_id = $1
      order by s.starts_at desc limit ${LIST_CAP.bookings}`,
    [counsellorId],
  );
  return capped(rows);
}

/** Bookings of members of a subtree (staff: when, with whom, which channel — never the note). */
export async function listBookingsIn(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<BookingRow & { countAll: number }>(
    `select ${BOOKING}, ${COUNT_ALL} from ${BOOKING_FROM} where ${subtreeCondition({ path }, 'o.path', params)}
      order by s.starts_at desc limit ${LIST_CAP.bookings}`,
    params,
  );
  return capped(rows);
}

/** Whether the counsellor holds a booking (not cancelled) with the person: they are that worker's counsellor. */
export async function isAssignedCounsellor(sql: Sql, counsellorId: number, personId: number) {
  const { rows } = await sql.query(
    `select 1 from counselling_bookings where counsellor_id = $1 and person_id = $2 and status <> 'cancelled' limit 1`,
    [counsellorId, personId],
  );
  return rows.length > 0;
}

export async function cancelBooking(
  sql: Sql,
  id: number,
  by: 'worker' | 'counsellor' | 'staff',
  reason: string,
  at: Date,
): Promise<boolean> {
  const { rows } = await sql.query(
    `update counselling_bookings set status = 'cancelled', cancelled_by = $2, cancel_reason = $3, cancelled_at = $4
      where id = $1 and status = 'booked' returning id`,
    [id, by, reason, at],
  );
  return rows.length === 1;
}

/** A booking of a session already held (recorded after the fact): done. */
export async function markHeld(sql: Sql, id: number) {
  await sql.query(`update counselling_bookings set status = 'done' where id = $1 and status = 'booked'`, [
    id,
  ]);
}

export async function writeNote(sql: Sql, id: number, note: string, at: Date, done: boolean) {
  await sql.query(
    `update counselling_bookings set note = $2, note_at = $3, status = case when $4 then 'done' else status end
      where id = $1 and status <> 'cancelled'`,
    [id, note, at, done],
  );
}

/** Live bookings starting before `until` and after `now`, not yet reminded; locked so two sweeps remind once. */
export async function lockDueReminders(sql: Sql, now: Date, until: Date) {
  const { rows } = await sql.query<{
    id: number;
    personId: number;
    counsellorUserId: number | null;
    counsellorName: string;
    startsAt: string;
    mode: SessionMode;
    place: string;
  }>(
    `select b.id, b.person_id as "personId", c.user_id as "counsellorUserId", c.name as "counsellorName",
            s.starts_at as "startsAt", b.mode, s.place
       from counselling_bookings b join counselling_slots s on s.id = b.slot_id
       join counselling_counsellors c on c.id = b.counsellor_id
      where b.status = 'booked' and b.reminded_at is null and s.starts_at > $1 and s.starts_at < $2
      order by s.starts_at limit 1000
      for update of b skip locked`,
    [now, until],
  );
  return rows;
}

export async function markReminded(sql: Sql, ids: number[], at: Date) {
  await sql.query('update counselling_bookings set reminded_at = $2 where id = any($1::bigint[])', [ids, at]);
}
