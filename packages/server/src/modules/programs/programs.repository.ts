import { type Actor, offeredCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { readPage } from '../../shared/paged.ts';
import type { ProgramInput, ProgramRow, ProgramVersion } from './programs.types.ts';
import type { AmountRule, Rule } from './rules/index.ts';
import { DEFAULT_EVIDENCE_WINDOW } from './rules/index.ts';

/** SQL for programs, program_versions and program_usage. */
export const PROGRAM_COLUMNS = `g.id, g.owner_org_id as "ownerOrgId", oo.name as "ownerOrgName", oo.path as "ownerOrgPath",
  oo.level as "ownerOrgLevel", g.preset_key as "presetKey", g.name, g.description, g.category,
  g.period_label as "periodLabel", g.period_start as "periodStart", g.period_end as "periodEnd",
  g.period_unit as "periodUnit", g.evidence_window as "evidenceWindow", g.applicant_type as "applicantType", g.intake_modes as "intakeModes",
  g.limit_mode as "limitMode", g.subject_kind as "subjectKind", g.quota, g.budget_fen as "budgetFen",
  g.stand_in_days as "standInDays",
  g.review_chain as "reviewChain", g.required_evidence as "requiredEvidence",
  g.prerequisite_program_id as "prerequisiteProgramId", g.status, g.current_version as "currentVersion",
  g.claim_starts_at as "claimStartsAt", g.claim_ends_at as "claimEndsAt", g.lottery,
  g.pickup_place as "pickupPlace", g.pickup_time as "pickupTime",
  g.created_at as "createdAt", g.updated_at as "updatedAt", g.published_at as "publishedAt",
  g.closed_at as "closedAt"`;
export const PROGRAM_FROM = 'programs g join orgs oo on oo.id = g.owner_org_id';

function normalise(row: ProgramRow): ProgramRow {
  row.reviewChain = (row.reviewChain ?? []).map(Number);
  return row;
}

export async function findProgramById(sql: Sql, id: number, lock = false): Promise<ProgramRow | undefined> {
  const { rows } = await sql.query<ProgramRow>(
    `select ${PROGRAM_COLUMNS} from ${PROGRAM_FROM} where g.id = $1 ${lock ? 'for no key update of g' : ''}`,
    [id],
  );
  return rows[0] ? normalise(rows[0]) : undefined;
}

export interface ProgramListQuery {
  /** Programs owned in the actor's subtree or by an ancestor of the actor's union (they apply to it). */
  actor: Actor;
  status?: string;
  category?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listPrograms(sql: Sql, q: ProgramListQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, offeredCondition(q.actor, 'oo.path', params));
  if (q.status) add('g.status = ?', q.status);
  if (q.category) add('g.category = ?', q.category);
  if (q.q) add(`g.name like '%' || ? || '%'`, escapeLike(q.q));
  const { items, total } = await readPage<ProgramRow>(
    sql,
    {
      columns: PROGRAM_COLUMNS,
      from: PROGRAM_FROM,
      where,
      params,
      orderBy: `g.status = 'closed', g.period_start desc, g.id desc`,
    },
    q,
  );
  return { items: items.map(normalise), total };
}

const json = (v: unknown) => JSON.stringify(v);

export async function insertProgram(
  sql: Sql,
  p: Omit<ProgramInput, 'rule' | 'amount'> & { ownerOrgId: number; periodLabel: string },
  userId: number | null,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into programs (owner_org_id, preset_key, name, description, category, period_label, period_start,
       period_end, period_unit, applicant_type, intake_modes, limit_mode, subject_kind, quota, budget_fen,
       review_chain, required_evidence, prerequisite_program_id, claim_starts_at, claim_ends_at, lottery,
       created_by, current_version, evidence_window, pickup_place, pickup_time, stand_in_days)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11::text[],$12,$13,$14,$15,$16::smallint[],$17::jsonb,$18,$19,$20,$21,$22,1,
       $23::jsonb, $24, $25, $26)
     returning id`,
    [
      p.ownerOrgId,
      p.presetKey ?? null,
      p.name,
      p.description ?? null,
      p.category,
      p.periodLabel,
      p.periodStart,
      p.periodEnd,
      p.periodUnit,
      p.applicantType ?? 'person',
      p.intakeModes,
      p.limitMode,
      p.subjectKind ?? null,
      p.quota ?? null,
      p.budgetFen ?? null,
      p.reviewChain,
      json(p.requiredEvidence ?? []),
      p.prerequisiteProgramId ?? null,
      p.claimStartsAt ?? null,
      p.claimEndsAt ?? null,
      p.lottery ?? false,
      userId,
      json(p.evidenceWindow ?? DEFAULT_EVIDENCE_WINDOW),
      p.pickupPlace ?? null,
      p.pickupTime ?? null,
      p.standInDays ?? 5,
    ],
  );
  return rows[0].id;
}

const COLUMN_OF: Record<string, [string, string?]> = {
  presetKey: ['preset_key'],
  name: ['name'],
  description: ['description'],
  category: ['category'],
  periodLabel: ['period_label'],
  periodStart: ['period_start', 'date'],
  periodEnd: ['period_end', 'date'],
  periodUnit: ['period_unit'],
  evidenceWindow: ['evidence_window', 'jsonb'],
  applicantType: ['applicant_type'],
  intakeModes: ['intake_modes', 'text[]'],
  limitMode: ['limit_mode'],
  subjectKind: ['subject_kind'],
  quota: ['quota'],
  standInDays: ['stand_in_days'],
  budgetFen: ['budget_fen'],
  reviewChain: ['review_chain', 'smallint[]'],
  requiredEvidence: ['required_evidence', 'jsonb'],
  prerequisiteProgramId: ['prerequisite_program_id'],
  claimStartsAt: ['claim_starts_at', 'timestamptz'],
  claimEndsAt: ['claim_ends_at', 'timestamptz'],
  lottery: ['lottery'],
  pickupPlace: ['pickup_place'],
  pickupTime: ['pickup_time'],
};

/** Sets the given program columns (rule and amount are versioned separately). */
export async function updateProgramColumns(sql: Sql, id: number, patch: Record<string, unknown>) {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [key, value] of Object.entries(patch)) {
    const col = COLUMN_OF[key];
    if (!col || value === undefined) continue;
    params.push(col[1] === 'jsonb' ? json(value) : value);
    sets.push(`${col[0]} = $${params.length}${col[1] ? `::${col[1]}` : ''}`);
  }
  if (!sets.length) return;
  await sql.query(`update programs set ${sets.join(', ')}, updated_at = now() where id = $1`, params);
}

/** Publishes or closes a program at `at` (the moment it took effect, ADR 40), else the database's now. */
export async function setProgramStatus(sql: Sql, id: number, status: 'published' | 'closed', at?: Date) {
  await sql.query(
    `update programs set status = $2, updated_at = now(),
       published_at = case when $2 = 'published' then coalesce($3::timestamptz, now()) else published_at end,
       closed_at = case when $2 = 'closed' then coalesce($3::timestamptz, now()) else closed_at end
     where id = $1`,
    [id, status, at ?? null],
  );
}

/** The day of the program's last application (China time), or null. */
export async function findLastAppliedOn(sql: Sql, programId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(applied_on), 'YYYY-MM-DD') as day from applications where program_id = $1`,
    [programId],
  );
  return rows[0]?.day ?? null;
}

export async function insertVersion(
  sql: Sql,
  programId: number,
  rule: Rule,
  amount: AmountRule,
  userId: number | null,
): Promise<number> {
  const { rows } = await sql.query<{ version: number }>(
    `with next as (
       select coalesce(max(version), 0) + 1 as version from program_versions where program_id = $1
     ), ins as (
       insert into program_versions (program_id, version, rule, amount, created_by)
       select $1, version, $2::jsonb, $3::jsonb, $4 from next returning version
     )
     update programs set current_version = (select version from ins), updated_at = now()
      where id = $1 returning current_version as version`,
    [programId, json(rule), json(amount), userId],
  );
  return rows[0].version;
}

const VERSION_COLUMNS = `program_id as "programId", version, rule, amount, created_by as "createdBy",
  created_at as "createdAt"`;

export async function getVersion(sql: Sql, programId: number, version: number): Promise<ProgramVersion> {
  const { rows } = await sql.query<ProgramVersion>(
    `select ${VERSION_COLUMNS} from program_versions where program_id = $1 and version = $2`,
    [programId, version],
  );
  if (!rows[0]) throw new Error(`program ${programId} has no version ${version}`);
  return rows[0];
}

export async function listVersions(sql: Sql, programId: number): Promise<ProgramVersion[]> {
  const { rows } = await sql.query<ProgramVersion>(
    `select ${VERSION_COLUMNS} from program_versions where program_id = $1 order by version desc`,
    [programId],
  );
  return rows;
}

/** Creates the guard rows for the given periods (idempotent). */
export async function ensureUsageRows(sql: Sql, programId: number, periodKeys: string[]) {
  await sql.query(
    `insert into program_usage (program_id, period_key)
     select $1, k from unnest($2::text[]) as k on conflict do nothing`,
    [programId, periodKeys],
  );
}

export interface UsageRow {
  periodKey: string;
  quotaUsed: number;
  budgetUsedFen: number;
}

export async function listUsage(sql: Sql, programId: number): Promise<UsageRow[]> {
  const { rows } = await sql.query<UsageRow>(
    `select period_key as "periodKey", quota_used as "quotaUsed", budget_used_fen as "budgetUsedFen"
       from program_usage where program_id = $1 order by period_key`,
    [programId],
  );
  return rows;
}

/**
 * The one guarded consumption: takes one place and `fen` of budget for the period only if both stay within
 * the program's quota and budget. Under concurrent approvals the row lock serialises the updates and each
 * re-checks the condition on the latest row, so the limits hold. Returns false when refused.
 */
export async function consumeUsage(sql: Sql, programId: number, periodKey: string, fen: number) {
  const { rows } = await sql.query<{ quotaUsed: number }>(
    `update program_usage u
        set quota_used = u.quota_used + 1, budget_used_fen = u.budget_used_fen + $3
       from programs g
      where u.program_id = $1 and u.period_key = $2 and g.id = u.program_id
        and (g.quota is null or u.quota_used < g.quota)
        and (g.budget_fen is null or u.budget_used_fen + $3 <= g.budget_fen)
      returning u.quota_used as "quotaUsed"`,
    [programId, periodKey, fen],
  );
  return rows.length === 1;
}

/** Gives back one place and `fen` of budget (a reversed entitlement). */
export async function releaseUsage(sql: Sql, programId: number, periodKey: string, fen: number) {
  await sql.query(
    `update program_usage set quota_used = greatest(quota_used - 1, 0),
            budget_used_fen = greatest(budget_used_fen - $3, 0)
      where program_id = $1 and period_key = $2`,
    [programId, periodKey, fen],
  );
}

/** Published programs offered to the union at `orgPath` that a worker applies for themselves, running `today`. */
export async function listProgramsOpenToApply(
  sql: Sql,
  orgPath: string,
  today: string,
): Promise<ProgramRow[]> {
  const { rows } = await sql.query<ProgramRow>(
    `select ${PROGRAM_COLUMNS} from ${PROGRAM_FROM}
      where g.status = 'published' and $1 like oo.path || '%' and 'apply' = any(g.intake_modes)
        and g.category <> 'flash_claim' and g.period_start <= $2::date and g.period_end >= $2::date
      order by g.period_start desc, g.id`,
    [orgPath, today],
  );
  return rows;
}

/** The published program made from `presetKey` offered to the actor's union, the nearest owner first. */
export async function findOfferedPresetProgramId(
  sql: Sql,
  actor: Actor,
  presetKey: string,
): Promise<number | undefined> {
  const params: unknown[] = [presetKey];
  const { rows } = await sql.query<{ id: number }>(
    `select g.id from programs g join orgs oo on oo.id = g.owner_org_id
      where g.preset_key = $1 and g.status = 'published' and ${offeredCondition(actor, 'oo.path', params)}
      order by length(oo.path) desc, g.id limit 1`,
    params,
  );
  return rows[0]?.id;
}

/** The program's applications counted by status. */
export async function countApplicationsByStatus(sql: Sql, programId: number) {
  const { rows } = await sql.query<{ status: string; n: number }>(
    'select status, count(*) as n from applications where program_id = $1 group by status',
    [programId],
  );
  return rows;
}

/**
 * The name of a prerequisite program and whether the applicant (the person, or without one the applicant union)
 * has an approved application to it in the period.
 */
export async function findPrerequisiteHeld(
  sql: Sql,
  prerequisiteId: number,
  applicant: { personId: number | null; orgId: number },
  periodKey: string,
) {
  const { rows } = await sql.query<{ name: string; ok: boolean }>(
    `select g.name, exists (
        select 1 from applications a where a.program_id = g.id and a.status = 'approved'
           and a.period_key = $3 and (a.person_id = $2 or ($2::bigint is null and a.applicant_org_id = $4))
      ) as ok
       from programs g where g.id = $1`,
    [prerequisiteId, applicant.personId, periodKey, applicant.orgId],
  );
  return rows[0];
}
