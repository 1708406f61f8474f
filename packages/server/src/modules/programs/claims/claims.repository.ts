import { type Actor, subtreePattern } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { type Notice, personNoticeInsertSql } from '../../messages/index.ts';
import type { Decision, Rule } from '../rules/index.ts';
import { compileRule } from '../rules/index.ts';

/** SQL for flash claims: the one-statement grant, lottery entries and the draw. */

export interface ClaimPlan {
  programId: number;
  version: number;
  rule: Rule;
  ownerPath: string;
  /** The day person facts are taken at (China time), 'YYYY-MM-DD'. */
  asOf: string;
  periodKey: string;
  /** The evidence window of the period (null: records of any date count). */
  window: { from: string; to: string } | null;
  /** Fen paid per grant; 0 for in-kind stock (no ledger entry). */
  amountFen: number;
  /** Index past the last review step: a claim is approved when it is taken. */
  step: number;
  stepOrgId: number;
  /** Stored with every grant: the rule that held, in words. */
  decision: Decision;
  /** The message every account of the winner gets with the grant (link and application id added by SQL). */
  grantNotice: Omit<Notice, 'link' | 'entityId'>;
}

/** A compiled claim: SQL text and the parameters that do not depend on the claimant (from $9 on). */
export interface CompiledClaim {
  text: string;
  fixed: unknown[];
}

export interface ClaimRow {
  eligible: boolean;
  held: boolean;
  open: boolean;
  quota: number | null;
  usedNow: number | null;
  usedAfter: number | null;
  applicationId: number | null;
}

const LIVE = `('submitted', 'returned', 'approved')`;

/**
 * The candidate: the claimant with their active membership in the owner's subtree, if the program's rule
 * holds for them (the rule compiled to SQL by the rules module). $2 is the person id.
 */
function candidateSql(plan: ClaimPlan, scopeParam: string, offset: number) {
  const compiled = compileRule(plan.rule, {
    paramOffset: offset,
    ownerPath: plan.ownerPath,
    asOf: plan.asOf,
    membersOnly: true,
    window: plan.window,
  });
  const sql = `select p.id as person_id, m.org_id
      from persons p
      join memberships m on m.person_id = p.id and m.status = 'active'
      join orgs o on o.id = m.org_id
     where p.id = $2 and o.path like ${scopeParam} and ${compiled.where}`;
  return { sql, params: compiled.params };
}

/**
 * The first-come grant as ONE statement, so the guard row is locked only inside the server, never across
 * a network round trip:
 *  - `cand`: the claimant, if eligible; `held`: a live application of theirs in this program and period;
 *  - `taken`: the guarded UPDATE of program_usage — one place (and the amount of budget) if the program is
 *    published, the window is open and the stock is not gone. Concurrent claims queue on the row lock and
 *    each re-checks `quota_used < quota` on the newest row, so exactly the stock is granted;
 *  - `app`, `ev`, `led`, `aud`, `msg`: the approved application (intake 'claim'), its history event, the
 *    ledger entitlement for money stock, the audit row and the winner's message (pickup instructions) —
 *    written only when a place was taken.
 * One live application per person and period (unique index) makes a concurrent second claim by the same
 * person fail with 23505, which rolls the whole statement back, the place included.
 *
 * Parameters: $1 program, $2 person, $3 period key, $4 version, $5 dedupe key, $6 amount fen,
 * $7 decision, $8 user id, then $9 scope pattern, $10 step, $11 step org, $12 username, $13 ip, $14 audit
 * payload, $15 the winner's notice, $16 the claimant's display name, then the rule's own parameters.
 */
export function compileClaim(plan: ClaimPlan): CompiledClaim {
  const cand = candidateSql(plan, '$9', 16);
  const text = `with cand as (${cand.sql}),
  held as (
    select 1 from applications a
     where a.program_id = $1 and a.dedupe_key = $5 and a.status in ${LIVE}
  ),
  taken as (
    update program_usage u
       set quota_used = u.quota_used + 1, budget_used_fen = u.budget_used_fen + $6::bigint
      from programs g
     where u.program_id = $1 and u.period_key = $3 and g.id = u.program_id
       and g.status = 'published' and now() >= g.claim_starts_at and now() < g.claim_ends_at
       and (g.quota is null or u.quota_used < g.quota)
       and (g.budget_fen is null or u.budget_used_fen + $6::bigint <= g.budget_fen)
       and exists (select 1 from cand) and not exists (select 1 from held)
    returning u.quota_used
  ),
  app as (
    insert into applications (program_id, version, person_id, org_id, period_key, dedupe_key, status, step,
       step_org_id, amount_fen, decision, intake, submitted_by, decided_at)
    select $1, $4, cand.person_id, cand.org_id, $3, $5, 'approved', $10, $11, $6::bigint, $7::jsonb, 'claim',
           $8, now()
      from cand, taken
    returning id, org_id
  ),
  ev as (
    insert into application_events (application_id, action, step, org_id, data, user_id, username, actor_name)
    select app.id, 'claimed', $10, app.org_id, jsonb_build_object('amountFen', $6::bigint), $8, $12, $16 from app
  ),
  led as (
    insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
       created_by)
    select 'entitlement', $6::bigint, $1, app.id, $3, $2, app.org_id, $8 from app where $6::bigint > 0
  ),
  aud as (
    insert into audit_log (user_id, username, action, entity, entity_id, org_id, after, ip)
    select $8, $12, 'claim.grant', 'application', app.id::text, app.org_id, $14::jsonb, $13 from app
  ),
  msg as (
    ${personNoticeInsertSql({
      from: 'app',
      personId: '$2::bigint',
      notice: '$15::jsonb',
      entityId: 'app.id',
      link: "'/m/applications/' || app.id",
    })}
  )
  select exists (select 1 from cand) as eligible,
         exists (select 1 from held) as held,
         coalesce((select g.status = 'published' and now() >= g.claim_starts_at and now() < g.claim_ends_at
                     from programs g where g.id = $1), false) as open,
         (select g.quota from programs g where g.id = $1) as quota,
         (select quota_used from program_usage where program_id = $1 and period_key = $3) as "usedNow",
         (select quota_used from taken) as "usedAfter",
         (select id from app) as "applicationId"`;
  return {
    text,
    fixed: [
      subtreePattern(plan.ownerPath),
      plan.step,
      plan.stepOrgId,
      JSON.stringify(plan.grantNotice),
      ...cand.params,
    ],
  };
}

/** The parameters of one claim by `personId` (the dedupe key is the programs module's per-person key). */
export function claimParams(
  plan: ClaimPlan,
  compiled: CompiledClaim,
  personId: number,
  actor: Pick<Actor, 'userId' | 'username' | 'displayName' | 'ip'>,
): unknown[] {
  const [scope, step, stepOrg, notice, ...ruleParams] = compiled.fixed;
  return [
    plan.programId,
    personId,
    plan.periodKey,
    plan.version,
    `person:${personId}:${plan.periodKey}`,
    plan.amountFen,
    JSON.stringify(plan.decision),
    actor.userId || null,
    scope,
    step,
    stepOrg,
    actor.username,
    actor.ip ?? null,
    JSON.stringify({
      programId: plan.programId,
      personId,
      periodKey: plan.periodKey,
      amountFen: plan.amountFen,
    }),
    notice,
    actor.displayName,
    ...ruleParams,
  ];
}

export async function runClaim(sql: Sql, compiled: CompiledClaim, params: unknown[]): Promise<ClaimRow> {
  const { rows } = await sql.query<ClaimRow>(compiled.text, params);
  return rows[0];
}

/**
 * Lottery entry: an eligible claimant enters once, while the window is open.
 * Parameters: $1 program, $2 person, $3 scope pattern, then the rule's own parameters.
 */
export function compileEntry(plan: ClaimPlan): CompiledClaim {
  const cand = candidateSql(plan, '$3', 3);
  const text = `with cand as (${cand.sql}),
  ins as (
    insert into claim_entries (program_id, person_id, org_id)
    select $1, cand.person_id, cand.org_id from cand
     where exists (select 1 from programs g where g.id = $1 and g.status = 'published'
                     and now() >= g.claim_starts_at and now() < g.claim_ends_at)
    on conflict (program_id, person_id) do nothing
    returning 1
  )
  select exists (select 1 from cand) as eligible,
         exists (select 1 from ins) as entered,
         exists (select 1 from claim_entries e where e.program_id = $1 and e.person_id = $2) as "enteredBefore",
         coalesce((select g.status = 'published' and now() >= g.claim_starts_at and now() < g.claim_ends_at
                     from programs g where g.id = $1), false) as open`;
  return { text, fixed: [subtreePattern(plan.ownerPath), ...cand.params] };
}

export function entryParams(plan: ClaimPlan, compiled: CompiledClaim, personId: number): unknown[] {
  return [plan.programId, personId, ...compiled.fixed];
}

export interface EntryRow {
  eligible: boolean;
  entered: boolean;
  enteredBefore: boolean;
  open: boolean;
}

/** Who holds a live claim grant of the program in the period (loaded once the stock is gone). */
export async function listHolders(sql: Sql, programId: number, periodKey: string): Promise<number[]> {
  const { rows } = await sql.query<{ personId: number }>(
    `select person_id as "personId" from applications
      where program_id = $1 and period_key = $2 and intake = 'claim' and status in ${LIVE}`,
    [programId, periodKey],
  );
  return rows.map((r) => r.personId);
}

export async function findUsage(sql: Sql, programId: number, periodKey: string) {
  const { rows } = await sql.query<{ quotaUsed: number }>(
    'select quota_used as "quotaUsed" from program_usage where program_id = $1 and period_key = $2',
    [programId, periodKey],
  );
  return rows[0]?.quotaUsed ?? null;
}

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
  seed: string,
  places: number,
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
        step_org_id, amount_fen, decision, intake, submitted_by, decided_at, federation_id)
     select $1, $4, w.person_id, w.org_id, $5, 'person:' || w.person_id || ':' || $5::text, 'approved', $6, $7,
            $8::bigint, $9::jsonb, 'claim', $10, now(), w.federation_id
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
    ],
  );
  return won.rows;
}

export async function insertDrawnEvents(sql: Sql, ids: number[], seed: string, actor: Actor): Promise<void> {
  await sql.query(
    `insert into application_events (application_id, action, step, org_id, data, user_id, username, actor_name,
       actor_org_id, federation_id)
     select a.id, 'drawn', a.step, a.org_id, jsonb_build_object('seed', $2::text), $3, $4, $5, $6, a.federation_id
       from applications a where a.id = any($1::bigint[])`,
    [ids, seed, actor.userId || null, actor.username, actor.displayName, actor.orgId],
  );
}

export async function insertDrawEntitlements(sql: Sql, ids: number[], userId: number | null): Promise<void> {
  await sql.query(
    `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
       created_by, federation_id)
     select 'entitlement', a.amount_fen, a.program_id, a.id, a.period_key, a.person_id, a.org_id, $2,
            a.federation_id
       from applications a where a.id = any($1::bigint[])`,
    [ids, userId],
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
  d: { programId: number; seed: string; entries: number; winners: number; digest: string },
  actor: Actor,
): Promise<Date> {
  const saved = await sql.query<{ drawnAt: Date }>(
    `insert into claim_draws (program_id, seed, entries, winners, entries_digest, drawn_by, drawn_by_name)
     values ($1, $2, $3, $4, $5, $6, $7) returning drawn_at as "drawnAt"`,
    [d.programId, d.seed, d.entries, d.winners, d.digest, actor.userId || null, actor.username],
  );
  return saved.rows[0].drawnAt;
}
