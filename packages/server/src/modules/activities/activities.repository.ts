import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { auditInsertSql } from '../audit/index.ts';
import type { Rule } from '../programs/index.ts';
import { countUpsertSql } from '../reporting/index.ts';

/** SQL for activities, activity_sessions, activity_signups and activity_attendance only. */

export type ActivityKind = 'sports' | 'family' | 'class' | 'social' | 'show' | 'volunteer' | 'other';

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
  coalesce((select json_agg(json_build_object('orgId', q.org_id, 'orgName', qo.name, 'places', q.places, 'taken', q.taken)
                   order by qo.path)
              from activity_quotas q join orgs qo on qo.id = q.org_id where q.activity_id = a.id), '[]') as quotas,
  coalesce((select json_agg(ph.id order by ph.id) from activity_photos ph where ph.activity_id = a.id), '[]') as photos`;

export interface NewActivity {
  orgId: number;
  title: string;
  kind: ActivityKind;
  description: string;
  place: string;
  online: boolean;
  places: number;
  signupFrom: string;
  signupUntil: string;
  feeFen: number;
  rule: Rule | null;
  noShowLimit: number;
  noShowDays: number;
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

export async function findActivity(sql: Sql, id: number): Promise<ActivityRow | undefined> {
  const { rows } = await sql.query<ActivityRow>(
    `select ${COLUMNS} from activities a join orgs o on o.id = a.org_id where a.id = $1`,
    [id],
  );
  return rows[0];
}

/** One page of the activities organised in a subtree (staff), newest first, and how many there are in all. */
export async function listActivities(
  sql: Sql,
  path: string,
  status: 'open' | 'cancelled' | undefined,
  page: { page: number; pageSize: number },
) {
  const params = [subtreePattern(path)];
  let from = 'activities a join orgs o on o.id = a.org_id where o.path like $1';
  if (status) {
    params.push(status);
    from += ' and a.status = $2';
  }
  const { rows } = await sql.query<ActivityRow>(
    `select ${COLUMNS} from ${from} order by a.signup_from desc, a.id desc
      limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}`,
    params,
  );
  const total = await sql.query<{ n: number }>(`select count(*)::int as n from ${from}`, params);
  return { items: rows, total: Number(total.rows[0].n) };
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

export async function setStatus(sql: Sql, id: number, status: 'cancelled') {
  await sql.query(`update activities set status = $2 where id = $1`, [id, status]);
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
  const { rows } = await sql.query(
    `insert into activity_attendance (session_id, person_id, org_id, walk_in, checked_at) values ($1, $2, $3, $4, $5)
     on conflict do nothing returning 1`,
    [a.sessionId, a.personId, a.orgId, a.walkIn, a.at],
  );
  return rows.length === 1;
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

/** A sign-up by its id (the handle participants of a 联谊 know each other by). */
export async function signupById(sql: Sql, id: number) {
  const { rows } = await sql.query<{
    id: number;
    activityId: number;
    personId: number;
    status: SignupRow['status'];
  }>(
    `select id, activity_id as "activityId", person_id as "personId", status from activity_signups where id = $1`,
    [id],
  );
  return rows[0];
}

/** Locks two sign-ups in id order, so that two people marking each other at once see each other's mark. */
export async function lockPair(sql: Sql, a: number, b: number) {
  await sql.query(`select id from activity_signups where id = any($1::bigint[]) order by id for update`, [
    [a, b],
  ]);
}

/** The most participants a 联谊's list shows; it says how many there are in all. */
export const PARTICIPANTS_CAP = 1000;
/** The most open activities a worker's list shows; it says how many there are in all. */
export const OFFERED_CAP = 200;

/**
 * The other confirmed participants of an activity as `personId` sees them: the sign-up's handle, name, union, whether
 * `personId` marked them and whether they marked `personId` (the service reveals the latter only when mutual).
 */
export async function participantsFor(sql: Sql, activityId: number, personId: number) {
  const { rows } = await sql.query<{
    signupId: number;
    name: string;
    orgName: string;
    marked: boolean;
    markedMe: boolean;
    countAll: number;
  }>(
    `select s.id as "signupId", p.name, o.name as "orgName", ${COUNT_ALL},
            exists (select 1 from activity_interests i
                     where i.activity_id = s.activity_id and i.from_person = $2 and i.to_person = s.person_id) as marked,
            exists (select 1 from activity_interests i
                     where i.activity_id = s.activity_id and i.from_person = s.person_id and i.to_person = $2) as "markedMe"
       from activity_signups s join persons p on p.id = s.person_id join orgs o on o.id = s.org_id
      where s.activity_id = $1 and s.status = 'confirmed' and s.person_id <> $2
      order by s.id limit ${PARTICIPANTS_CAP}`,
    [activityId, personId],
  );
  return capped(rows);
}

export async function hasInterest(sql: Sql, activityId: number, from: number, to: number) {
  const { rows } = await sql.query(
    `select 1 from activity_interests where activity_id = $1 and from_person = $2 and to_person = $3`,
    [activityId, from, to],
  );
  return rows.length === 1;
}

/** Marks interest; true when the mark is new. */
export async function markInterest(sql: Sql, activityId: number, from: number, to: number) {
  const { rows } = await sql.query(
    `insert into activity_interests (activity_id, from_person, to_person) values ($1, $2, $3)
     on conflict do nothing returning 1`,
    [activityId, from, to],
  );
  return rows.length === 1;
}

export async function unmarkInterest(sql: Sql, activityId: number, from: number, to: number) {
  await sql.query(
    `delete from activity_interests where activity_id = $1 and from_person = $2 and to_person = $3`,
    [activityId, from, to],
  );
}

/** Mutual pairs (牵手) of an activity: a count, never who. */
export async function countPairs(sql: Sql, activityId: number) {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from activity_interests i
      where i.activity_id = $1 and i.from_person < i.to_person
        and exists (select 1 from activity_interests r
                     where r.activity_id = i.activity_id and r.from_person = i.to_person and r.to_person = i.from_person)`,
    [activityId],
  );
  return rows[0].n;
}

export async function insertPhoto(
  sql: Sql,
  p: { activityId: number; mime: string; bytes: Buffer; createdBy: number | null },
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into activity_photos (activity_id, mime, bytes, created_by) values ($1, $2, $3, $4) returning id`,
    [p.activityId, p.mime, p.bytes, p.createdBy],
  );
  return rows[0].id;
}

export async function findPhoto(sql: Sql, activityId: number, photoId: number) {
  const { rows } = await sql.query<{ mime: string; bytes: Buffer }>(
    `select mime, bytes from activity_photos where activity_id = $1 and id = $2`,
    [activityId, photoId],
  );
  return rows[0];
}

/** The names of unions by id (the statistics by union name the unions below). */
export async function orgNames(sql: Sql, ids: number[]) {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `select id, name from orgs where id = any($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), r.name]));
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

/**
 * A compiled sign-up: the statement's text and its parameters that do not depend on who signs up (from $12 on:
 * the rule's own). Compiled per activity and day (the rule's ages are taken on the day).
 */
export interface CompiledSignup {
  text: string;
  fixed: unknown[];
}

/** What one sign-up statement learnt: the person, each check, and the sign-up made (null when none). */
export interface SignupOutcome {
  name: string | null;
  /** A member of a union in the organiser's subtree. */
  member: boolean;
  /** The activity's rule holds for them (true without a rule). */
  eligible: boolean;
  /** Open, and the day inside the sign-up window. */
  open: boolean;
  noShows: number;
  /** Signed up already (a live sign-up). */
  signedUp: boolean;
  status: 'confirmed' | 'waiting' | null;
}

/**
 * A whole sign-up as ONE statement, so that the activity's row is locked only inside the database, never across a
 * round trip (the flash-claims method, programs/claims):
 *  - `person`: the worker with their active membership; `cand`: the same if in the organiser's subtree and the
 *    rule (compiled to SQL by the programs module) holds; `open`: the activity open on the day;
 *  - `noshow`: their no-shows since $9 (counted only when the activity has a no-show limit, $11);
 *    `prior`: a live sign-up of theirs;
 *  - `ok`: the candidate when every check holds, with the quota (a lower union's places) they sign up under;
 *  - `cnt`: the sign-up's count (`activities.signups` on the day, by kind), written before a place is locked so
 *    that the activity's row is not held while the count's row is; `go`: the candidate once counted;
 *  - `qtaken`, `taken`: the guarded counters — a place of the quota (both counters held: `taken < places` on the
 *    quota and on the activity), or one of the places no quota holds (`shared_taken < places - quota_total`).
 *    Concurrent sign-ups queue on the row lock and re-check the guards on the newest row;
 *  - `ins`: the sign-up, confirmed when a place was taken, else waiting (its place in the queue is its id);
 *    `aud`: its audit row. Count and audit row are in the same statement, as claims keep theirs, so that neither
 *    can be lost, nor kept without the sign-up.
 * A concurrent second sign-up of the same person fails on the unique index (23505), which undoes the whole
 * statement, the place included.
 *
 * Parameters: $1 activity, $2 person, $3 day, $4 the organiser's subtree pattern, $5 kind, $6 user id,
 * $7 username, $8 ip, $9 no-shows since, $10 now, $11 the no-show limit (0: none), $12 the actor's name, then the
 * rule's own parameters.
 */
export function compileSignup(plan: {
  orgPath: string;
  kind: ActivityKind;
  noShowLimit: number;
  rule: { where: string; params: unknown[] } | null;
}): CompiledSignup {
  const cand = plan.rule
    ? `select p.id as person_id, m.org_id, o.path
         from persons p
         join memberships m on m.person_id = p.id and m.status = 'active'
         join orgs o on o.id = m.org_id
        where p.id = $2 and o.path like $4 and ${plan.rule.where}`
    : `select person_id, org_id, path from person where path like $4`;
  const text = `with person as (
    select p.id as person_id, p.name, m.org_id, o.path
      from persons p
      left join memberships m on m.person_id = p.id and m.status = 'active'
      left join orgs o on o.id = m.org_id
     where p.id = $2
     limit 1
  ),
  cand as (${cand}),
  open as (
    select 1 from activities where id = $1 and status = 'open' and $3::date between signup_from and signup_until
  ),
  noshow as (
    select case when $11::int > 0 then (
      select count(*)::int
        from activity_signups s join activity_sessions x on x.activity_id = s.activity_id
       where s.person_id = $2 and s.status = 'confirmed' and x.ends_at >= $9::timestamptz and x.ends_at < $10::timestamptz
         and not exists (select 1 from activity_attendance t where t.session_id = x.id and t.person_id = s.person_id)
    ) else 0 end as n
  ),
  prior as (
    select 1 from activity_signups where activity_id = $1 and person_id = $2 and status <> 'cancelled'
  ),
  ok as (
    select c.person_id, c.org_id, quota.org_id as quota_org_id
      from cand c
      left join lateral (
        select q.org_id from activity_quotas q join orgs qo on qo.id = q.org_id
         where q.activity_id = $1 and starts_with(c.path, qo.path)
         order by length(qo.path) desc limit 1
      ) quota on true
     where exists (select 1 from open) and not exists (select 1 from prior)
       and ($11::int = 0 or (select n from noshow) < $11::int)
  ),
  cnt as (
    ${countUpsertSql({ from: 'ok', subject: "'activities.signups'", orgId: 'ok.org_id', day: '$3::date', dim: '$5::text' })}
  ),
  go as (
    select * from ok where exists (select 1 from cnt)
  ),
  qtaken as (
    update activity_quotas q set taken = q.taken + 1
      from go
     where q.activity_id = $1 and q.org_id = go.quota_org_id and q.taken < q.places
    returning 1
  ),
  taken as (
    update activities a
       set taken = a.taken + 1, shared_taken = a.shared_taken + (case when go.quota_org_id is null then 1 else 0 end)
      from go
     where a.id = $1 and a.taken < a.places
       and case when go.quota_org_id is null then a.shared_taken < a.places - a.quota_total
                else exists (select 1 from qtaken) end
    returning a.id
  ),
  ins as (
    insert into activity_signups (activity_id, person_id, org_id, status, signed_on, quota_org_id)
    select $1, go.person_id, go.org_id, case when exists (select 1 from taken) then 'confirmed' else 'waiting' end,
           $3::date, go.quota_org_id
      from go
    returning org_id, status
  ),
  aud as (
    ${auditInsertSql({
      from: 'ins',
      userId: '$6::bigint',
      username: '$7::text',
      action: "'activity.signup'",
      entity: "'activity'",
      entityId: '($1::bigint)::text',
      orgId: 'ins.org_id',
      after: "jsonb_build_object('personId', $2::bigint, 'status', ins.status)",
      ip: '$8::text',
      actorName: '$12::text',
    })}
  )
  select (select name from person) as name,
         exists (select 1 from person where path like $4) as member,
         exists (select 1 from cand) as eligible,
         exists (select 1 from open) as open,
         (select n from noshow) as "noShows",
         exists (select 1 from prior) as "signedUp",
         (select status from ins) as status`;
  return { text, fixed: plan.rule?.params ?? [] };
}

/**
 * Sign-ups of several people for the same activity as ONE statement: `compileSignup`'s checks for each of them,
 * then the places taken in the order they are listed. Parameters are `compileSignup`'s, but $2 (people), $6 (user
 * ids), $7 (usernames), $8 (ips) and $12 (actors' names) are arrays, one item per sign-up, in order; a person is
 * listed at most once. The rows the statement decides on are locked in one order — the counts' rows (by union),
 * the quotas' (by union), then the activity's — the single statement's order, so the two never wait on each other
 * in a circle. Under the locks it reads the newest counters and gives the places left to the first candidates in
 * the list: a quota's places to its own candidates, the places no quota holds to the others, never more than the
 * activity has. A concurrent sign-up of one of them elsewhere fails the whole statement on the unique index (23505).
 * Answers one row per sign-up, in order, with `compileSignup`'s columns.
 */
export function compileSignupBatch(plan: {
  orgPath: string;
  kind: ActivityKind;
  noShowLimit: number;
  rule: { where: string; params: unknown[] } | null;
}): CompiledSignup {
  const cand = plan.rule
    ? `select i.ord, p.id as person_id, m.org_id, o.path
         from input i
         join persons p on p.id = i.person_id
         join memberships m on m.person_id = p.id and m.status = 'active'
         join orgs o on o.id = m.org_id
        where o.path like $4 and ${plan.rule.where}`
    : `select ord, person_id, org_id, path from person where path like $4`;
  const text = `with input as (
    select i.person_id, i.user_id, i.username, i.ip, i.actor_name, i.ord
      from unnest($2::bigint[], $6::bigint[], $7::text[], $8::text[], $12::text[]) with ordinality
           as i(person_id, user_id, username, ip, actor_name, ord)
  ),
  person as (
    select distinct on (i.ord) i.ord, p.id as person_id, p.name, m.org_id, o.path
      from input i
      join persons p on p.id = i.person_id
      left join memberships m on m.person_id = p.id and m.status = 'active'
      left join orgs o on o.id = m.org_id
     order by i.ord
  ),
  cand as (${cand}),
  open as (
    select 1 from activities where id = $1 and status = 'open' and $3::date between signup_from and signup_until
  ),
  noshow as (
    select i.ord, case when $11::int > 0 then (
      select count(*)::int
        from activity_signups s join activity_sessions x on x.activity_id = s.activity_id
       where s.person_id = i.person_id and s.status = 'confirmed'
         and x.ends_at >= $9::timestamptz and x.ends_at < $10::timestamptz
         and not exists (select 1 from activity_attendance t where t.session_id = x.id and t.person_id = s.person_id)
    ) else 0 end as n
      from input i
  ),
  prior as (
    select person_id from activity_signups
     where activity_id = $1 and person_id = any($2::bigint[]) and status <> 'cancelled'
  ),
  ok as (
    select c.ord, c.person_id, c.org_id, quota.org_id as quota_org_id
      from cand c
      left join lateral (
        select q.org_id from activity_quotas q join orgs qo on qo.id = q.org_id
         where q.activity_id = $1 and starts_with(c.path, qo.path)
         order by length(qo.path) desc limit 1
      ) quota on true
     where exists (select 1 from open)
       and not exists (select 1 from prior where prior.person_id = c.person_id)
       and ($11::int = 0 or (select n from noshow where noshow.ord = c.ord) < $11::int)
  ),
  cnt as (
    ${countUpsertSql({
      from: '(select org_id, count(*)::int as n from ok group by org_id order by org_id) ok',
      subject: "'activities.signups'",
      orgId: 'ok.org_id',
      day: '$3::date',
      dim: '$5::text',
      n: 'ok.n',
    })}
  ),
  go as (
    select * from ok where (select count(*) from cnt) > 0 -- every count's row locked before the activity's
  ),
  qlock as (
    select q.org_id, q.places, q.taken from activity_quotas q
     where q.activity_id = $1 and q.org_id in (select quota_org_id from go)
     order by q.org_id
       for update
  ),
  act as (
    select a.places, a.taken, a.shared_taken, a.quota_total from activities a
     where a.id = $1 and exists (select 1 from go) and (select count(*) from qlock) >= 0
       for update
  ),
  fits as (
    select go.*, coalesce(case when go.quota_org_id is null
                               then row_number() over w <= act.places - act.quota_total - act.shared_taken
                               else row_number() over w <= q.places - q.taken end, false) as fits,
           act.places - act.taken as left_total
      from go
      cross join act
      left join qlock q on q.org_id = go.quota_org_id
    window w as (partition by go.quota_org_id order by go.ord)
  ),
  alloc as (
    select f.*, f.fits and sum(f.fits::int) over (order by f.ord) <= f.left_total as granted from fits f
  ),
  qtaken as (
    update activity_quotas q set taken = q.taken + x.n
      from (select quota_org_id, count(*)::int as n from alloc
             where granted and quota_org_id is not null group by quota_org_id) x
     where q.activity_id = $1 and q.org_id = x.quota_org_id
    returning 1
  ),
  taken as (
    update activities a
       set taken = a.taken + x.n, shared_taken = a.shared_taken + x.shared
      from (select count(*)::int as n, (count(*) filter (where quota_org_id is null))::int as shared
              from alloc where granted) x
     where a.id = $1 and x.n > 0
    returning a.id
  ),
  ins as (
    insert into activity_signups (activity_id, person_id, org_id, status, signed_on, quota_org_id)
    select $1, person_id, org_id, case when granted then 'confirmed' else 'waiting' end, $3::date, quota_org_id
      from alloc
     order by ord
    returning person_id, org_id, status
  ),
  aud as (
    ${auditInsertSql({
      from: 'ins join input i on i.person_id = ins.person_id',
      userId: 'i.user_id',
      username: 'i.username',
      action: "'activity.signup'",
      entity: "'activity'",
      entityId: '($1::bigint)::text',
      orgId: 'ins.org_id',
      after: "jsonb_build_object('personId', ins.person_id, 'status', ins.status)",
      ip: 'i.ip',
      actorName: 'i.actor_name',
    })}
  )
  select p.name,
         coalesce(p.path like $4, false) as member,
         exists (select 1 from cand c where c.ord = i.ord) as eligible,
         exists (select 1 from open) as open,
         (select n from noshow where noshow.ord = i.ord) as "noShows",
         exists (select 1 from prior where prior.person_id = i.person_id) as "signedUp",
         (select status from ins where ins.person_id = i.person_id) as status
    from input i
    left join person p on p.ord = i.ord
   order by i.ord`;
  return { text, fixed: plan.rule?.params ?? [] };
}

/** The parameters of several sign-ups for one activity (see compileSignupBatch), in order. */
export function signupBatchParams(
  activity: { id: number; orgPath: string; kind: ActivityKind; noShowLimit: number; noShowDays: number },
  compiled: CompiledSignup,
  s: {
    day: string;
    now: Date;
    signups: {
      personId: number;
      actor: { userId?: number | null; username?: string | null; ip?: string; displayName?: string | null };
    }[];
  },
): unknown[] {
  return [
    activity.id,
    s.signups.map((x) => x.personId),
    s.day,
    subtreePattern(activity.orgPath),
    activity.kind,
    s.signups.map((x) => x.actor.userId ?? null),
    s.signups.map((x) => x.actor.username ?? null),
    s.signups.map((x) => x.actor.ip ?? null),
    new Date(s.now.getTime() - activity.noShowDays * 86_400_000),
    s.now,
    activity.noShowLimit,
    s.signups.map((x) => x.actor.displayName ?? null),
    ...compiled.fixed,
  ];
}

/** Runs a statement of `compileSignupBatch` (outside any transaction): one outcome per sign-up, in order. */
export async function runSignupBatch(
  sql: Sql,
  compiled: CompiledSignup,
  params: unknown[],
): Promise<SignupOutcome[]> {
  const { rows } = await sql.query<SignupOutcome>(compiled.text, params, { prepare: true });
  return rows;
}

/** The parameters of one sign-up (see compileSignup). */
export function signupParams(
  activity: { id: number; orgPath: string; kind: ActivityKind; noShowLimit: number; noShowDays: number },
  compiled: CompiledSignup,
  s: {
    personId: number;
    day: string;
    now: Date;
    actor: { userId?: number | null; username?: string | null; ip?: string; displayName?: string | null };
  },
): unknown[] {
  return [
    activity.id,
    s.personId,
    s.day,
    subtreePattern(activity.orgPath),
    activity.kind,
    s.actor.userId ?? null,
    s.actor.username ?? null,
    s.actor.ip ?? null,
    new Date(s.now.getTime() - activity.noShowDays * 86_400_000),
    s.now,
    activity.noShowLimit,
    s.actor.displayName ?? null,
    ...compiled.fixed,
  ];
}

/**
 * Runs one sign-up statement. Inside a longer transaction (staff signing a list or a sheet up) it runs under a
 * savepoint, so that a concurrent sign-up of the same person (23505) undoes this one only.
 */
export async function runSignup(
  sql: Sql,
  compiled: CompiledSignup,
  params: unknown[],
  inTransaction: boolean,
): Promise<SignupOutcome> {
  if (!inTransaction) {
    const { rows } = await sql.query<SignupOutcome>(compiled.text, params, { prepare: true });
    return rows[0];
  }
  await sql.query('savepoint activity_signup');
  try {
    const { rows } = await sql.query<SignupOutcome>(compiled.text, params);
    await sql.query('release savepoint activity_signup');
    return rows[0];
  } catch (e) {
    await sql.query('rollback to savepoint activity_signup');
    throw e;
  }
}
