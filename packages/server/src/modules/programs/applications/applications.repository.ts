import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import { escapeLike } from '../../../shared/like.ts';
import { readPage } from '../../../shared/paged.ts';
import type { ApplicationRow, EvidenceSpec } from '../programs.types.ts';
import type { IntakeMode } from '../programs.vocabulary.ts';
import type { Decision } from '../rules/index.ts';

/** SQL for applications, application_events and application_files. */
export const APPLICATION_COLUMNS = `a.id, a.program_id as "programId", g.name as "programName", a.version,
  a.person_id as "personId", p.name as "personName", p.id_masked as "personIdMasked",
  a.applicant_org_id as "applicantOrgId", a.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  a.subject_record_id as "subjectRecordId", a.subject_key as "subjectKey", a.period_key as "periodKey",
  a.applied_on as "appliedOn", a.dedupe_key as "dedupeKey", a.status, a.step, a.step_org_id as "stepOrgId",
  so.name as "stepOrgName", so.level as "stepLevel", a.amount_fen as "amountFen", a.fee_fen as "feeFen",
  a.choice_key as "choiceKey", a.decision, a.intake, a.note, a.submitted_by as "submittedBy",
  a.created_at as "createdAt", a.updated_at as "updatedAt", a.decided_at as "decidedAt"`;
export const APPLICATION_FROM = `applications a join programs g on g.id = a.program_id
  join orgs o on o.id = a.org_id left join persons p on p.id = a.person_id
  left join orgs so on so.id = a.step_org_id`;

const applicationRows = selectFrom<ApplicationRow>(`${APPLICATION_COLUMNS} from ${APPLICATION_FROM}`);

export async function findApplicationById(
  sql: Sql,
  id: number,
  lock = false,
): Promise<ApplicationRow | undefined> {
  if (lock) await sql.query('select id from applications where id = $1 for no key update', [id]);
  return applicationRows.one(sql, 'a.id = $1', [id]);
}

/** What a review decision needs, with the row locked for the transaction (one small join). */
export type ReviewRow = Pick<
  ApplicationRow,
  | 'id'
  | 'programId'
  | 'version'
  | 'personId'
  | 'applicantOrgId'
  | 'orgId'
  | 'orgPath'
  | 'periodKey'
  | 'status'
  | 'step'
  | 'stepOrgId'
  | 'stepOrgName'
  | 'amountFen'
  | 'choiceKey'
  | 'intake'
  | 'appliedOn'
>;

export async function lockApplicationForReview(sql: Sql, id: number): Promise<ReviewRow | undefined> {
  const { rows } = await sql.query<ReviewRow>(
    `select a.id, a.program_id as "programId", a.version, a.person_id as "personId",
            a.applicant_org_id as "applicantOrgId", a.org_id as "orgId", o.path as "orgPath",
            a.period_key as "periodKey", a.status, a.step, a.step_org_id as "stepOrgId", so.name as "stepOrgName",
            a.amount_fen as "amountFen", a.choice_key as "choiceKey", a.intake,
            a.applied_on::text as "appliedOn"
       from applications a join orgs o on o.id = a.org_id left join orgs so on so.id = a.step_org_id
      where a.id = $1 for no key update of a`,
    [id],
  );
  return rows[0];
}

export interface NewApplication {
  programId: number;
  version: number;
  personId: number | null;
  applicantOrgId: number | null;
  orgId: number;
  subjectRecordId: number | null;
  subjectKey: string | null;
  periodKey: string;
  appliedOn: string;
  dedupeKey: string;
  step: number;
  stepOrgId: number;
  amountFen: number | null;
  feeFen: number | null;
  choiceKey: string | null;
  decision: Decision;
  intake: IntakeMode;
  note: string | null;
  submittedBy: number | null;
}

/** Inserts a live application; returns null when a live one with the same dedupe key exists. */
export async function insertApplication(sql: Sql, a: NewApplication): Promise<number | null> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into applications (program_id, version, person_id, applicant_org_id, org_id, subject_record_id,
       subject_key, period_key, applied_on, dedupe_key, step, step_org_id, amount_fen, fee_fen, choice_key,
       decision, intake, note, submitted_by)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16::jsonb,$17,$18,$19)
     on conflict (program_id, dedupe_key) where status in ('submitted', 'returned', 'approved') do nothing
     returning id`,
    [
      a.programId,
      a.version,
      a.personId,
      a.applicantOrgId,
      a.orgId,
      a.subjectRecordId,
      a.subjectKey,
      a.periodKey,
      a.appliedOn,
      a.dedupeKey,
      a.step,
      a.stepOrgId,
      a.amountFen,
      a.feeFen,
      a.choiceKey,
      JSON.stringify(a.decision),
      a.intake,
      a.note,
      a.submittedBy,
    ],
  );
  return rows[0]?.id ?? null;
}

/** The live application holding a dedupe key, if any. */
export async function findLiveByDedupe(sql: Sql, programId: number, dedupeKey: string) {
  const { rows } = await sql.query<{ id: number; status: string; orgName: string }>(
    `select a.id, a.status, o.name as "orgName" from applications a join orgs o on o.id = a.org_id
      where a.program_id = $1 and a.dedupe_key = $2 and a.status in ('submitted', 'returned', 'approved')`,
    [programId, dedupeKey],
  );
  return rows[0];
}

export async function updateApplication(sql: Sql, id: number, patch: Record<string, unknown>) {
  const cols: Record<string, string> = {
    status: 'status',
    step: 'step',
    stepOrgId: 'step_org_id',
    amountFen: 'amount_fen',
    feeFen: 'fee_fen',
    choiceKey: 'choice_key',
    decision: 'decision',
    version: 'version',
    decidedAt: 'decided_at',
    note: 'note',
  };
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || !cols[k]) continue;
    params.push(k === 'decision' ? JSON.stringify(v) : v);
    sets.push(`${cols[k]} = $${params.length}${k === 'decision' ? '::jsonb' : ''}`);
  }
  await sql.query(`update applications set ${sets.join(', ')}, updated_at = now() where id = $1`, params);
}

/** The materials reviewers have waived for an application (免提交), by evidence key. */
export async function listWaivedKeys(sql: Sql, applicationId: number): Promise<string[]> {
  const { rows } = await sql.query<{ key: string }>(
    `select distinct data->>'key' as key from application_events
      where application_id = $1 and action = 'waived'`,
    [applicationId],
  );
  return rows.map((r) => r.key);
}

export interface ApplicationListQuery {
  scope: Subtree;
  programId?: number;
  status?: string;
  orgPath?: string;
  step?: number;
  stepOrgId?: number;
  personId?: number;
  intake?: string;
  q?: string;
  /** Only these applications. */
  ids?: number[];
  page: number;
  pageSize: number;
}

/**
 * The materials the program requires that an undecided application has neither attached nor had waived, so a
 * queue shows them before the final approval asks (empty once decided).
 */
const MISSING_MATERIALS = `case when a.status in ('submitted', 'returned') then coalesce((
    select jsonb_agg(jsonb_build_object('key', e->>'key', 'zh', e->>'zh', 'en', e->>'en'))
      from jsonb_array_elements(g.required_evidence) e
     where not exists (select 1 from application_files f where f.application_id = a.id and f.evidence_key = e->>'key')
       and not exists (select 1 from application_events v
                        where v.application_id = a.id and v.action = 'waived' and v.data->>'key' = e->>'key')
  ), '[]'::jsonb) else '[]'::jsonb end`;

export async function listApplications(sql: Sql, q: ApplicationListQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.programId) add('a.program_id = ?', q.programId);
  if (q.status) add('a.status = ?', q.status);
  if (q.orgPath) where.push(subtreeCondition({ path: q.orgPath }, 'o.path', params));
  if (q.step !== undefined) add('a.step = ?', q.step);
  if (q.stepOrgId) add('a.step_org_id = ?', q.stepOrgId);
  if (q.personId) add('a.person_id = ?', q.personId);
  if (q.ids) add('a.id = any(?::bigint[])', q.ids);
  if (q.intake) add('a.intake = ?', q.intake);
  // the applicant's name or the union's, the text wherever it stands in either (小红 finds 赵小红)
  if (q.q) add(`(p.name like '%' || ? || '%' or o.name like '%' || ? || '%')`, escapeLike(q.q));
  return readPage<ApplicationRow & { missingMaterials: EvidenceSpec[] }>(
    sql,
    {
      columns: `${APPLICATION_COLUMNS}, ${MISSING_MATERIALS} as "missingMaterials"`,
      from: APPLICATION_FROM,
      where,
      params,
      orderBy: 'a.id desc',
    },
    q,
  );
}

/**
 * Undecided applications waiting at the step of a union strictly below `path` (the unions whose step the union
 * at `path` may take), oldest step first, with the program and the day they reached the step.
 */
export async function listWaitingBelow(sql: Sql, path: string, programId?: number, limit = 1000) {
  const params: unknown[] = [path];
  const program = programId ? `and a.program_id = $${params.push(programId)}` : '';
  const { rows } = await sql.query<{
    id: number;
    programId: number;
    orgId: number;
    step: number;
    stepOrgId: number;
    stepOrgName: string;
    appliedOn: string;
    since: string;
  }>(
    `select a.id, a.program_id as "programId", a.org_id as "orgId", a.step, a.step_org_id as "stepOrgId",
            so.name as "stepOrgName", a.applied_on::text as "appliedOn",
            coalesce((select max(v.effective_on) from application_events v where v.application_id = a.id
                       and v.action in ('submitted', 'resubmitted', 'approved_step', 'returned')),
                     a.applied_on)::text as since
       from applications a join orgs so on so.id = a.step_org_id
      where a.status = 'submitted' and so.path like $1 || '%' and so.path <> $1 ${program}
      order by since, a.id limit ${limit}`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    stepOrgId: Number(r.stepOrgId),
    orgId: Number(r.orgId),
  }));
}

/**
 * Applications waiting at a union's review step, and the day the oldest was applied for: one read on
 * applications_queue_idx. The reviewer's badge and the to-do list (待办) both read it.
 */
export async function summariseWaitingReviews(
  sql: Sql,
  orgId: number,
): Promise<{ n: number; oldest: string | null; due: null }> {
  const { rows } = await sql.query<{ n: number; oldest: string | null }>(
    `select count(*) as n, min(applied_on) as oldest from applications
      where step_org_id = $1 and status = 'submitted'`,
    [orgId],
    { prepare: true },
  );
  return { n: Number(rows[0].n), oldest: rows[0].oldest, due: null };
}

/** Applications waiting at a union's review step (the reviewer's badge). */
export async function countWaitingReviews(sql: Sql, orgId: number): Promise<number> {
  return (await summariseWaitingReviews(sql, orgId)).n;
}

/** A worker's applications sent back to them to complete, and the day the oldest was applied for. */
export async function summariseReturnedToPerson(sql: Sql, personId: number) {
  const { rows } = await sql.query<{ n: number; oldest: string | null; due: null }>(
    `select count(*) as n, min(applied_on) as oldest, null as due from applications
      where person_id = $1 and status = 'returned'`,
    [personId],
  );
  return rows[0];
}

/** An undecided application of a program, with what a scan's file name may name it by. */
export interface EvidenceTarget {
  id: number;
  orgId: number;
  step: number;
  personName: string;
  idHash: string;
  /** The certificate or patent number of the record it was proposed from, when there is one. */
  recordNumber: string | null;
  /** Whether a file under the material's key is already attached. */
  hasFile: boolean;
}

/** The undecided applications (submitted or returned) of a program within a subtree, for a batch of scans. */
export async function listEvidenceTargets(
  sql: Sql,
  scope: Subtree,
  programId: number,
  key: string,
): Promise<EvidenceTarget[]> {
  const params: unknown[] = [programId, key];
  const { rows } = await sql.query<EvidenceTarget>(
    `select a.id, a.org_id as "orgId", a.step, p.name as "personName", p.id_hash as "idHash",
            coalesce(nullif(r.number, ''), nullif(r.patent_no, '')) as "recordNumber",
            exists (select 1 from application_files f where f.application_id = a.id and f.evidence_key = $2) as "hasFile"
       from applications a join orgs o on o.id = a.org_id join persons p on p.id = a.person_id
       left join records r on r.id = a.subject_record_id
      where a.program_id = $1 and a.status in ('submitted', 'returned')
        and ${subtreeCondition(scope, 'o.path', params)}
      order by a.id`,
    params,
  );
  return rows;
}

/** The level of a union (read-only on `orgs`). */
export async function findOrgLevel(sql: Sql, orgId: number): Promise<number> {
  const { rows } = await sql.query<{ level: number }>('select level from orgs where id = $1', [orgId]);
  return rows[0].level;
}

/** The person's live applications to a program in the period (or about a subject, whatever the period). */
export async function listLiveApplicationsOfPerson(
  sql: Sql,
  programId: number,
  personId: number,
  periodKey: string,
) {
  const { rows } = await sql.query<{ id: number; status: string; subjectRecordId: number | null }>(
    `select id, status, subject_record_id as "subjectRecordId" from applications
      where program_id = $1 and person_id = $2 and status in ('submitted', 'returned', 'approved')
        and (period_key = $3 or subject_record_id is not null)`,
    [programId, personId, periodKey],
  );
  return rows;
}

/** The applicant person of an application: undefined when there is no such application, null for a union's. */
export async function findApplicationPersonId(sql: Sql, id: number): Promise<number | null | undefined> {
  const { rows } = await sql.query<{ personId: number | null }>(
    'select person_id as "personId" from applications where id = $1',
    [id],
  );
  return rows[0]?.personId;
}
