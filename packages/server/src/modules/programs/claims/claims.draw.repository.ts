import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { personNoticeInsertSql } from '../../messages/index.ts';
import { type ClaimPlan, LIVE } from './claims.repository.ts';

// The draw's SQL, statement by statement, in the order `drawLottery` runs them in one transaction.

export async function ensureUsageRow(sql: Sql, programId: number, periodKey: string): Promise<void> {
  await sql.query(
    'insert into program_usage (program_id, period_key) values ($1, $2) on conflict do nothing',
    [programId, periodKey],
  );
}

/** The usage row, locked: the guard that serialises two draws (and any late grant). */
export async function lockUsage(sql: Sql, programId: number, periodKey: string) {
  const usage = await sql.query<{ used: number; budgetUsed: number }>(
    `select quota_used as used, budget_used_fen as "budgetUsed" from program_usage
      where program_id = $1 and period_key = $2 for update`,
    [programId, periodKey],
  );
  return usage.rows[0];
}

export async function findDraw(sql: Sql, programId: number) {
  const done = await sql.query<{ drawnAt: string }>(
    'select drawn_at as "drawnAt" from claim_draws where program_id = $1',
    [programId],
  );
  return done.rows[0];
}

/** How many entered the lottery, and a digest of who (md5 of the person ids in order). */
export async function drawPool(sql: Sql, programId: number) {
  const pool = await sql.query<{ entries: number; digest: string }>(
    `select count(*) as entries,
            md5(coalesce(string_agg(person_id::text, ',' order by person_id), '')) as digest
       from claim_entries where program_id = $1`,
    [programId],
  );
  return pool.rows[0];
}

/** Approved applications (intake 'claim') for the first `places` entrants ordered by md5(seed:person). */
export async function insertDrawWinners(
  sql: Sql,
  plan: ClaimPlan,
  { seed, places, when }: { seed: string; places: number; when: { day: string; at: Date } },
  userId: number | null,
) {
  const won = await sql.query<{ id: number; personId: number; orgId: number }>(
    `with w as (
       select e.person_id, e.org_id, e.federation_id from claim_entries e
        where e.program_id = $1
        order by md5($2::text || ':' || e.person_id::text), e.person_id
        limit $3
     )
     insert into applications (program_id, version, person_id, org_id, period_key, dedupe_key, status, step,
        step_org_id, amount_fen, decision, intake, submitted_by, applied_on, decided_at, federation_id)
     select $1, $4, w.person_id, w.org_id, $5, 'person:' || w.person_id || ':' || $5::text, 'approved', $6, $7,
            $8::bigint, $9::jsonb, 'claim', $10, $11::date, $12::timestamptz, w.federation_id
       from w
     on conflict (program_id, dedupe_key) where status in ${LIVE} do nothing
     returning id, person_id as "personId", org_id as "orgId"`,
    [
      plan.programId,
      seed,
      places,
      plan.version,
      plan.periodKey,
      plan.step,
      plan.stepOrgId,
      plan.amountFen,
      JSON.stringify(plan.decision),
      userId,
      when.day,
      when.at,
    ],
  );
  return won.rows;
}

/** The winners' 'drawn' events, on the draw's day (`effective_on`); `at` stays the moment entered. */
export async function insertDrawnEvents(
  sql: Sql,
  ids: number[],
  seed: string,
  actor: Actor,
  day: string,
): Promise<void> {
  await sql.query(
    `insert into application_events (application_id, action, step, org_id, data, user_id, username, actor_name,
       actor_org_id, federation_id, effective_on)
     select a.id, 'drawn', a.step, a.org_id, jsonb_build_object('seed', $2::text), $3, $4, $5, $6, a.federation_id,
            $7::date
       from applications a where a.id = any($1::bigint[])`,
    [ids, seed, actor.userId || null, actor.username, actor.displayName, actor.orgId, day],
  );
}

/** The winners' entitlements, dated the moment the draw took effect (a ledger entry's `created_at`, ADR 40). */
export async function insertDrawEntitlements(
  sql: Sql,
  ids: number[],
  userId: number | null,
  at: Date,
): Promise<void> {
  await sql.query(
    `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
       created_by, federation_id, created_at)
     select 'entitlement', a.amount_fen, a.program_id, a.id, a.period_key, a.person_id, a.org_id, $2,
            a.federation_id, $3::timestamptz
       from applications a where a.id = any($1::bigint[])`,
    [ids, userId, at],
  );
}

/** Every winner's accounts get the pickup message, in one statement. */
export async function insertWinnerNotices(sql: Sql, ids: number[], notice: ClaimPlan['grantNotice']) {
  await sql.query(
    `${personNoticeInsertSql({
      from: 'applications a',
      personId: 'a.person_id',
      notice: '$2::jsonb',
      entityId: 'a.id',
      link: "'/m/applications/' || a.id",
    })} where a.id = any($1::bigint[])`,
    [ids, JSON.stringify(notice)],
  );
}

/** Marks the entries that won (with their application) and, after them, every other entry as lost. */
export async function markDrawEntries(sql: Sql, programId: number, persons: number[], ids: number[]) {
  await sql.query(
    `update claim_entries e set won = w.app_id is not null, application_id = w.app_id
       from (select x.person_id, x.app_id from unnest($2::bigint[], $3::bigint[]) as x(person_id, app_id)) w
      where e.program_id = $1 and e.person_id = w.person_id`,
    [programId, persons, ids],
  );
  await sql.query('update claim_entries set won = false where program_id = $1 and won is null', [programId]);
}

/** Takes the winners' places from the usage row, within the quota and budget; false if they do not fit. */
export async function takeDrawnPlaces(
  sql: Sql,
  programId: number,
  periodKey: string,
  winners: number,
  amountFen: number,
): Promise<boolean> {
  const taken = await sql.query(
    `update program_usage u
        set quota_used = u.quota_used + $3, budget_used_fen = u.budget_used_fen + $3 * $4::bigint
       from programs g
      where u.program_id = $1 and u.period_key = $2 and g.id = u.program_id
        and (g.quota is null or u.quota_used + $3 <= g.quota)
        and (g.budget_fen is null or u.budget_used_fen + $3 * $4::bigint <= g.budget_fen)
      returning 1`,
    [programId, periodKey, winners, amountFen],
  );
  return taken.rows.length === 1;
}

export async function insertDraw(
  sql: Sql,
  d: { programId: number; seed: string; entries: number; winners: number; digest: string; at: Date },
  actor: Actor,
): Promise<Date> {
  const saved = await sql.query<{ drawnAt: Date }>(
    `insert into claim_draws (program_id, seed, entries, winners, entries_digest, drawn_by, drawn_by_name, drawn_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning drawn_at as "drawnAt"`,
    [d.programId, d.seed, d.entries, d.winners, d.digest, actor.userId || null, actor.username, d.at],
  );
  return saved.rows[0].drawnAt;
}
