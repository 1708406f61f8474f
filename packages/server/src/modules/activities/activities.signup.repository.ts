import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { auditInsertSql } from '../audit/index.ts';
import { countUpsertSql } from '../reporting/index.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

/** SQL for the one statement that signs up (activity_signups with its count and audit row), and running it. */

/** The quota a candidate `c` signs up under: that of the nearest union at or above theirs with one (SQL). */
const QUOTA_OF_CANDIDATE = `left join lateral (
        select q.org_id from activity_quotas q join orgs qo on qo.id = q.org_id
         where q.activity_id = $1 and starts_with(c.path, qo.path)
         order by length(qo.path) desc limit 1
      ) quota on true`;

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

/** What the sign-up statements are compiled from: the activity's union, kind and no-show limit, its rule's SQL. */
export interface SignupPlan {
  orgPath: string;
  kind: ActivityKind;
  noShowLimit: number;
  rule: { where: string; params: unknown[] } | null;
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
export function compileSignup(plan: SignupPlan): CompiledSignup {
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
      ${QUOTA_OF_CANDIDATE}
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
export function compileSignupBatch(plan: SignupPlan): CompiledSignup {
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
      ${QUOTA_OF_CANDIDATE}
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
