import type { Sql } from '../../db/db.ts';
import { drawIds } from '../../db/draw-ids.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

/** SQL for the activities register (issue 42): past activities, their sign-ups and check-ins, set-based. */

export interface PastActivity {
  orgId: number;
  title: string;
  kind: ActivityKind;
  heldOn: string;
  /** The first day anyone signed up (the sign-up window's start). */
  signupFrom: string;
  places: number;
  taken: number;
  /** An activity kept as totals: its counts; null for one with its list. */
  recorded: { signups: number; attendance: number; signedOn: string } | null;
  people: { personId: number; orgId: number; signedOn: string; attended: boolean }[];
}

/** An activity already on record as a register row compares with it: its kind, its counts or its list. */
export interface HeldActivity {
  kind: string;
  recorded: { signups: number; attendance: number; signedOn: string } | null;
  /** Its sign-ups (not cancelled) by person: the day signed up and whether they came. */
  people: Map<number, { signedOn: string; attended: boolean }>;
}

/** The activities already on record by these organisers, titles and days, by `orgId|title|day`. */
export async function findActivitiesHeld(
  sql: Sql,
  keys: { orgId: number; title: string; heldOn: string }[],
): Promise<Map<string, HeldActivity>> {
  if (!keys.length) return new Map();
  const { rows } = await sql.query<{
    id: number;
    orgId: number;
    title: string;
    day: string;
    kind: string;
    signups: number | null;
    attendance: number | null;
    signedOn: string | null;
  }>(
    `select distinct a.id, a.org_id as "orgId", a.title, (s.starts_at at time zone 'Asia/Shanghai')::date::text as day,
            a.kind, a.recorded_signups as signups, a.recorded_attendance as attendance,
            a.recorded_signed_on::text as "signedOn"
       from activities a join activity_sessions s on s.activity_id = a.id
      where (a.org_id, a.title) in (select * from unnest($1::bigint[], $2::text[]))
        and (s.starts_at at time zone 'Asia/Shanghai')::date = any($3::date[])`,
    [keys.map((k) => k.orgId), keys.map((k) => k.title), [...new Set(keys.map((k) => k.heldOn))]],
  );
  const held = new Map<string, HeldActivity>();
  const byId = new Map<number, HeldActivity>();
  for (const r of rows) {
    const a: HeldActivity = {
      kind: r.kind,
      recorded:
        r.signups === null
          ? null
          : { signups: r.signups, attendance: r.attendance ?? 0, signedOn: r.signedOn ?? r.day },
      people: new Map(),
    };
    held.set(`${Number(r.orgId)}|${r.title}|${r.day}`, a);
    byId.set(Number(r.id), a);
  }
  if (!byId.size) return held;
  const { rows: people } = await sql.query<{
    activityId: number;
    personId: number;
    signedOn: string;
    attended: boolean;
  }>(
    `select g.activity_id as "activityId", g.person_id as "personId", g.signed_on::text as "signedOn",
            exists (select 1 from activity_attendance t join activity_sessions s on s.id = t.session_id
                     where s.activity_id = g.activity_id and t.person_id = g.person_id) as attended
       from activity_signups g
      where g.activity_id = any($1::bigint[]) and g.status <> 'cancelled'`,
    [[...byId.keys()]],
  );
  for (const p of people)
    byId
      .get(Number(p.activityId))
      ?.people.set(Number(p.personId), { signedOn: p.signedOn, attended: p.attended });
  return held;
}

/**
 * The activities, each with one session on its day (09:00–11:00 China time: the hour was not kept, and the answers
 * say so by `dayOnly`, from `imported_on`), their sign-ups
 * (confirmed) and check-ins, in a statement per table. Ids are drawn first, so each row knows its activity.
 */
export async function insertPastActivities(
  sql: Sql,
  list: PastActivity[],
  by: { userId: number | null; on: string; code: () => string },
): Promise<void> {
  if (!list.length) return;
  const ids = await drawIds(sql, 'activities', list.length);
  const id = (i: number) => ids[i];
  const col = <T>(f: (a: PastActivity, i: number) => T) => list.map(f);
  await sql.query(
    `insert into activities (id, org_id, title, kind, place, places, taken, shared_taken, signup_from, signup_until,
                             recorded_signups, recorded_attendance, recorded_signed_on, imported_on, created_by)
     overriding system value
     select u.id, u.org_id, u.title, u.kind, '', u.places, u.taken, u.taken, u.signup_from, u.held_on,
            u.signups, u.attendance, u.signed_on, $12::date, $13
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::date[], $8::date[],
                   $9::int[], $10::int[], $11::date[])
         as u(id, org_id, title, kind, places, taken, signup_from, held_on, signups, attendance, signed_on)`,
    [
      col((_, i) => id(i)),
      col((a) => a.orgId),
      col((a) => a.title),
      col((a) => a.kind),
      col((a) => a.places),
      col((a) => a.taken),
      col((a) => a.signupFrom),
      col((a) => a.heldOn),
      col((a) => a.recorded?.signups ?? null),
      col((a) => a.recorded?.attendance ?? null),
      col((a) => a.recorded?.signedOn ?? null),
      by.on,
      by.userId,
    ],
  );
  const { rows: sessions } = await sql.query<{ id: number; activityId: number }>(
    `insert into activity_sessions (activity_id, starts_at, ends_at, checkin_code)
     select u.a, (u.d::text || ' 09:00:00+08')::timestamptz, (u.d::text || ' 11:00:00+08')::timestamptz, u.c
       from unnest($1::bigint[], $2::date[], $3::text[]) as u(a, d, c)
     returning id, activity_id as "activityId"`,
    [col((_, i) => id(i)), col((a) => a.heldOn), col(() => by.code())],
  );
  const sessionOf = new Map(sessions.map((s) => [Number(s.activityId), Number(s.id)]));
  const people = list.flatMap((a, i) => a.people.map((p) => ({ ...p, activityId: id(i), heldOn: a.heldOn })));
  if (!people.length) return;
  await sql.query(
    `insert into activity_signups (activity_id, person_id, org_id, status, signed_on)
     select u.a, u.p, u.o, 'confirmed', u.d from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::date[])
       as u(a, p, o, d)`,
    [
      people.map((p) => p.activityId),
      people.map((p) => p.personId),
      people.map((p) => p.orgId),
      people.map((p) => p.signedOn),
    ],
  );
  const came = people.filter((p) => p.attended);
  if (!came.length) return;
  await sql.query(
    `insert into activity_attendance (session_id, person_id, org_id, checked_at)
     select u.s, u.p, u.o, (u.d::text || ' 09:00:00+08')::timestamptz
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::date[]) as u(s, p, o, d)`,
    [
      came.map((p) => sessionOf.get(p.activityId)),
      came.map((p) => p.personId),
      came.map((p) => p.orgId),
      came.map((p) => p.heldOn),
    ],
  );
}
