import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertOnce, insertRow } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { readPage } from '../../shared/paged.ts';
import type { Rule } from '../programs/index.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

/** SQL for activities, activity_sessions, activity_signups and activity_attendance only. */

export interface ActivityRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  kind: ActivityKind;
  description: string;
  place: string;
  online: boolean;
  places: number;
  taken: number;
  waiting: number;
  signupFrom: string;
  signupUntil: string;
  feeFen: number;
  rule: Rule | null;
  noShowLimit: number;
  noShowDays: number;
  status: 'open' | 'cancelled';
  sessions: { id: number; startsAt: string; endsAt: string }[];
  /** Brought in from the register of past activities: its day was kept, not its hours (see `insertPastActivities`). */
  dayOnly: boolean;
  /** Places set aside per lower union (empty: every place is open to the whole subtree). */
  quotas: Quota[];
  /** Photos taken at the activity, by id, oldest first. */
  photos: number[];
}

export interface Quota {
  orgId: number;
  orgName: string;
  places: number;
  taken: number;
}

const COLUMNS = `a.id, a.org_id as "orgId", o.name as "orgName", o.path as "orgPath", a.title, a.kind, a.description,
  a.place, a.online, a.places, a.taken,
  (select count(*)::int from activity_signups w where w.activity_id = a.id and w.status = 'waiting') as waiting,
  a.signup_from as "signupFrom", a.signup_until as "signupUntil", a.fee_fen as "feeFen", a.rule,
  a.no_show_limit as "noShowLimit", a.no_show_days as "noShowDays", a.status,
  coalesce((select json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at) order by s.starts_at)
              from activity_sessions s where s.activity_id = a.id), '[]') as sessions,
  a.imported_on is not null as "dayOnly",
  coalesce((select json_agg(json_build_object('orgId', q.org_id, 'orgName', qo.name, 'places', q.places, 'taken', q.taken)
                   order by qo.path)
              from activity_quotas q join orgs qo on qo.id = q.org_id where q.activity_id = a.id), '[]') as quotas,
  coalesce((select json_agg(ph.id order by ph.id) from activity_photos ph where ph.activity_id = a.id), '[]') as photos`;

/** What an activity is created with; its row adds the counts, sessions, quotas and photos. */
export interface NewActivity
  extends Pick<
    ActivityRow,
    | 'orgId'
    | 'title'
    | 'kind'
    | 'description'
    | 'place'
    | 'online'
    | 'places'
    | 'signupFrom'
    | 'signupUntil'
    | 'feeFen'
    | 'rule'
    | 'noShowLimit'
    | 'noShowDays'
  > {
  createdBy: number | null;
}

export async function insertActivity(
  sql: Sql,
  a: NewActivity,
  sessions: { startsAt: string; endsAt: string; code: string }[],
  quotas: { orgId: number; places: number }[] = [],
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into activities (org_id, title, kind, description, place, online, places, signup_from, signup_until, fee_fen,
                             rule, no_show_limit, no_show_days, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14) returning id`,
    [
      a.orgId,
      a.title,
      a.kind,
      a.description,
      a.place,
      a.online,
      a.places,
      a.signupFrom,
      a.signupUntil,
      a.feeFen,
      a.rule === null ? null : JSON.stringify(a.rule),
      a.noShowLimit,
      a.noShowDays,
      a.createdBy,
    ],
  );
  const id = rows[0].id;
  await sql.query(
    `insert into activity_sessions (activity_id, starts_at, ends_at, checkin_code)
     select $1, x.s, x.e, x.c from unnest($2::timestamptz[], $3::timestamptz[], $4::text[]) as x(s, e, c)`,
    [id, sessions.map((s) => s.startsAt), sessions.map((s) => s.endsAt), sessions.map((s) => s.code)],
  );
  if (quotas.length) {
    await sql.query(
      `insert into activity_quotas (activity_id, org_id, places)
       select $1, x.o, x.n from unnest($2::bigint[], $3::int[]) as x(o, n)`,
      [id, quotas.map((q) => q.orgId), quotas.map((q) => q.places)],
    );
    await sql.query(`update activities set quota_total = $2 where id = $1`, [
      id,
      quotas.reduce((t, q) => t + q.places, 0),
    ]);
  }
  return id;
}

const activityRows = selectFrom<ActivityRow>(`${COLUMNS} from activities a join orgs o on o.id = a.org_id`);

export const findActivity = (sql: Sql, id: number) => activityRows.one(sql, 'a.id = $1', [id]);

/** One page of the activities organised in a subtree (staff), newest first, and how many there are in all. */
export async function listActivities(
  sql: Sql,
  path: string,
  status: 'open' | 'cancelled' | undefined,
  page: { page: number; pageSize: number },
) {
  const params = [subtreePattern(path)];
  const where = ['o.path like $1'];
  if (status) {
    params.push(status);
    where.push('a.status = $2');
  }
  const from = 'activities a join orgs o on o.id = a.org_id';
  return readPage<ActivityRow>(
    sql,
    { columns: COLUMNS, from, where, params, orderBy: 'a.signup_from desc, a.id desc' },
    page,
  );
}

/** Activities a member of the union at `path` may see: organised by that union or one above it, not cancelled. */
export async function listOffered(sql: Sql, path: string, since: string) {
  const { rows } = await sql.query<ActivityRow & { countAll: number }>(
    `select ${COLUMNS}, ${COUNT_ALL} from activities a join orgs o on o.id = a.org_id
      where starts_with($1::text, o.path) and a.status = 'open' and a.signup_until >= $2::date
      order by a.signup_until, a.id limit ${OFFERED_CAP}`,
    [path, since],
  );
  return capped(rows);
}

/** Cancels the activity on `on` (its day, ADR 40). */
export async function setCancelled(sql: Sql, id: number, on: string) {
  await sql.query(`update activities set status = 'cancelled', cancelled_on = $2 where id = $1`, [id, on]);
}

/** The day of the activity's latest sign-up (a cancellation may not precede it), null without any. */
export async function lastSignupDay(sql: Sql, id: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(signed_on), 'YYYY-MM-DD') as day from activity_signups where activity_id = $1`,
    [id],
  );
  return rows[0]?.day ?? null;
}

/**
 * Takes one place if one is left (guarded counters, one statement): from the quota of `quotaOrgId`, else from the
 * places no quota holds; the total `taken` moves with it. True when taken.
 */
export async function takePlace(sql: Sql, id: number, quotaOrgId: number | null = null): Promise<boolean> {
  if (quotaOrgId === null) {
    const { rows } = await sql.query(
      `update activities set taken = taken + 1, shared_taken = shared_taken + 1
        where id = $1 and shared_taken < places - quota_total and taken < places returning id`,
      [id],
    );
    return rows.length === 1;
  }
  const { rows } = await sql.query(
    `with q as (update activity_quotas set taken = taken + 1
                 where activity_id = $1 and org_id = $2 and taken < places returning 1)
     update activities set taken = taken + 1 where id = $1 and exists (select 1 from q) returning id`,
    [id, quotaOrgId],
  );
  return rows.length === 1;
}

export async function freePlace(sql: Sql, id: number, quotaOrgId: number | null = null) {
  if (quotaOrgId === null)
    await sql.query(
      `update activities set taken = taken - 1, shared_taken = shared_taken - 1
        where id = $1 and taken > 0 and shared_taken > 0`,
      [id],
    );
  else
    await sql.query(
      `with q as (update activity_quotas set taken = taken - 1
                   where activity_id = $1 and org_id = $2 and taken > 0 returning 1)
       update activities set taken = taken - 1 where id = $1 and exists (select 1 from q)`,
      [id, quotaOrgId],
    );
}

export interface SignupRow {
  id: number;
  activityId: number;
  personId: number;
  personName: string;
  orgId: number;
  orgName: string;
  status: 'confirmed' | 'waiting' | 'cancelled';
  signedOn: string;
  position: number | null;
}

export async function findSignup(sql: Sql, activityId: number, personId: number, lock = false) {
  const { rows } = await sql.query<{ id: number; status: SignupRow['status']; quotaOrgId: number | null }>(
    `select id, status, quota_org_id as "quotaOrgId" from activity_signups where activity_id = $1 and person_id = $2 and status <> 'cancelled'
     ${lock ? 'for update' : ''}`,
    [activityId, personId],
  );
  return rows[0];
}

export async function cancelSignup(sql: Sql, id: number) {
  await sql.query(`update activity_signups set status = 'cancelled', cancelled_at = now() where id = $1`, [
    id,
  ]);
}

/** The first on the waiting list of a pool (a quota, or the shared places), locked: promoted when a place frees. */
export async function firstWaiting(sql: Sql, activityId: number, quotaOrgId: number | null = null) {
  const { rows } = await sql.query<{ id: number; personId: number }>(
    `select id, person_id as "personId" from activity_signups
      where activity_id = $1 and status = 'waiting' and quota_org_id is not distinct from $2::bigint
      order by id limit 1 for update skip locked`,
    [activityId, quotaOrgId],
  );
  return rows[0];
}

export async function promote(sql: Sql, id: number) {
  await sql.query(`update activity_signups set status = 'confirmed', promoted_at = now() where id = $1`, [
    id,
  ]);
}

export async function rosterOf(sql: Sql, activityId: number) {
  const { rows } = await sql.query<SignupRow & { attended: number; quotaOrgName: string | null }>(
    `select s.id, s.activity_id as "activityId", s.person_id as "personId", p.name as "personName", s.org_id as "orgId",
            o.name as "orgName", s.status, s.signed_on as "signedOn",
            (select qo.name from orgs qo where qo.id = s.quota_org_id) as "quotaOrgName",
            case when s.status = 'waiting' then (select count(*)::int from activity_signups w
              where w.activity_id = s.activity_id and w.status = 'waiting' and w.id <= s.id
                and w.quota_org_id is not distinct from s.quota_org_id) end as position,
            (select count(*)::int from activity_attendance t join activity_sessions x on x.id = t.session_id
              where x.activity_id = s.activity_id and t.person_id = s.person_id) as attended
       from activity_signups s join persons p on p.id = s.person_id join orgs o on o.id = s.org_id
      where s.activity_id = $1 and s.status <> 'cancelled'
      order by s.status, s.id limit 5001`,
    [activityId],
  );
  return rows;
}

export async function signupsOfPerson(sql: Sql, personId: number) {
  const { rows } = await sql.query<{
    activityId: number;
    status: SignupRow['status'];
    position: number | null;
  }>(
    `select s.activity_id as "activityId", s.status,
            case when s.status = 'waiting' then (select count(*)::int from activity_signups w
              where w.activity_id = s.activity_id and w.status = 'waiting' and w.id <= s.id
                and w.quota_org_id is not distinct from s.quota_org_id) end as position
       from activity_signups s where s.person_id = $1 and s.status <> 'cancelled'`,
    [personId],
  );
  return rows;
}

export async function sessionByCode(sql: Sql, code: string, at: Date) {
  const { rows } = await sql.query<{ id: number; activityId: number }>(
    `select id, activity_id as "activityId" from activity_sessions
      where checkin_code = $1 and starts_at - interval '2 hours' <= $2 and ends_at + interval '2 hours' >= $2
      order by starts_at limit 1`,
    [code, at],
  );
  return rows[0];
}

export async function sessionCodes(sql: Sql, activityId: number) {
  const { rows } = await sql.query<{ id: number; code: string }>(
    `select id, checkin_code as code from activity_sessions where activity_id = $1 order by starts_at`,
    [activityId],
  );
  return rows;
}

/** Records attendance once; true when it is new. */
export async function attend(
  sql: Sql,
  a: { sessionId: number; personId: number; orgId: number; walkIn: boolean; at: Date },
) {
  return insertOnce(sql, 'activity_attendance', 'session_id, person_id, org_id, walk_in, checked_at', {
    ...a,
    checkedAt: a.at,
  });
}

/** Up to `limit` current members of a subtree (the demo signs them up). */
export async function membersIn(sql: Sql, path: string, limit: number) {
  const { rows } = await sql.query<{ personId: number }>(
    `select m.person_id as "personId" from memberships m join orgs o on o.id = m.org_id
      where o.path like $1 and m.status = 'active' order by m.person_id limit $2`,
    [subtreePattern(path), limit],
  );
  return rows.map((r) => r.personId);
}

/** The most open activities a worker's list shows; it says how many there are in all. */
export const OFFERED_CAP = 200;

export async function insertPhoto(
  sql: Sql,
  p: { activityId: number; mime: string; bytes: Buffer; createdBy: number | null },
) {
  return insertRow(sql, 'activity_photos', 'activity_id, mime, bytes, created_by', p);
}

export async function findPhoto(sql: Sql, activityId: number, photoId: number) {
  const { rows } = await sql.query<{ mime: string; bytes: Buffer }>(
    `select mime, bytes from activity_photos where activity_id = $1 and id = $2`,
    [activityId, photoId],
  );
  return rows[0];
}

/** Activities a person took a place in that have photos (shown on the worker's page after the day). */
export async function joinedWithPhotos(sql: Sql, personId: number) {
  const { rows } = await sql.query<ActivityRow>(
    `select ${COLUMNS} from activities a join orgs o on o.id = a.org_id
      where exists (select 1 from activity_signups s
                     where s.activity_id = a.id and s.person_id = $1 and s.status = 'confirmed')
        and exists (select 1 from activity_photos ph where ph.activity_id = a.id)
      order by a.id desc limit 20`,
    [personId],
  );
  return rows;
}
