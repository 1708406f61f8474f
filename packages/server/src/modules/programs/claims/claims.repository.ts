import { type Actor, subtreePattern } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { auditInsertSql } from '../../audit/index.ts';
import { type Notice, personNoticeInsertSql } from '../../messages/index.ts';
import type { Decision, Rule } from '../rules/index.ts';
import { compileRule } from '../rules/index.ts';

/**
 * SQL for flash claims: the one-statement grant, lottery entries and the claim pages' reads (the draw's
 * statements are in claims.draw.repository.ts).
 */

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

export const LIVE = `('submitted', 'returned', 'approved')`;

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
 * payload, $15 the winner's notice, $16 the claimant's display name, $17 the moment of the claim, then the rule's
 * own parameters.
 */
export function compileClaim(plan: ClaimPlan): CompiledClaim {
  const cand = candidateSql(plan, '$9', 17);
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
       and g.status = 'published' and $17::timestamptz >= g.claim_starts_at and $17::timestamptz < g.claim_ends_at
       and (g.quota is null or u.quota_used < g.quota)
       and (g.budget_fen is null or u.budget_used_fen + $6::bigint <= g.budget_fen)
       and exists (select 1 from cand) and not exists (select 1 from held)
    returning u.quota_used
  ),
  app as (
    insert into applications (program_id, version, person_id, org_id, period_key, dedupe_key, status, step,
       step_org_id, amount_fen, decision, intake, submitted_by, decided_at)
    select $1, $4, cand.person_id, cand.org_id, $3, $5, 'approved', $10, $11, $6::bigint, $7::jsonb, 'claim',
           $8, $17::timestamptz
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
    ${auditInsertSql({
      from: 'app',
      userId: '$8',
      username: '$12',
      action: "'claim.grant'",
      entity: "'application'",
      entityId: 'app.id::text',
      orgId: 'app.org_id',
      after: '$14::jsonb',
      ip: '$13',
    })}
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
         coalesce((select g.status = 'published' and $17::timestamptz >= g.claim_starts_at
                            and $17::timestamptz < g.claim_ends_at
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

/**
 * The parameters of one claim by `personId` at `at` (the dedupe key is the programs module's per-person key).
 */
export function claimParams(
  plan: ClaimPlan,
  compiled: CompiledClaim,
  personId: number,
  actor: Pick<Actor, 'userId' | 'username' | 'displayName' | 'ip'>,
  at: Date,
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
    at,
    ...ruleParams,
  ];
}

export async function runClaim(sql: Sql, compiled: CompiledClaim, params: unknown[]): Promise<ClaimRow> {
  const { rows } = await sql.query<ClaimRow>(compiled.text, params);
  return rows[0];
}

/**
 * Lottery entry: an eligible claimant enters once, while the window is open.
 * Parameters: $1 program, $2 person, $3 scope pattern, $4 the moment of the entry, then the rule's own parameters.
 */
export function compileEntry(plan: ClaimPlan): CompiledClaim {
  const cand = candidateSql(plan, '$3', 4);
  const text = `with cand as (${cand.sql}),
  ins as (
    insert into claim_entries (program_id, person_id, org_id)
    select $1, cand.person_id, cand.org_id from cand
     where exists (select 1 from programs g where g.id = $1 and g.status = 'published'
                     and $4::timestamptz >= g.claim_starts_at and $4::timestamptz < g.claim_ends_at)
    on conflict (program_id, person_id) do nothing
    returning 1
  )
  select exists (select 1 from cand) as eligible,
         exists (select 1 from ins) as entered,
         exists (select 1 from claim_entries e where e.program_id = $1 and e.person_id = $2) as "enteredBefore",
         coalesce((select g.status = 'published' and $4::timestamptz >= g.claim_starts_at
                            and $4::timestamptz < g.claim_ends_at
                     from programs g where g.id = $1), false) as open`;
  return { text, fixed: [subtreePattern(plan.ownerPath), ...cand.params] };
}

export function entryParams(plan: ClaimPlan, compiled: CompiledClaim, personId: number, at: Date): unknown[] {
  const [scope, ...ruleParams] = compiled.fixed;
  return [plan.programId, personId, scope, at, ...ruleParams];
}

export interface EntryRow {
  eligible: boolean;
  entered: boolean;
  enteredBefore: boolean;
  open: boolean;
}

export async function runEntry(sql: Sql, compiled: CompiledClaim, params: unknown[]): Promise<EntryRow> {
  const { rows } = await sql.query<EntryRow>(compiled.text, params);
  return rows[0];
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

/** The most claim programs a worker's list holds; it says how many there are in all. */
export const MY_CLAIMS_CAP = 100;
