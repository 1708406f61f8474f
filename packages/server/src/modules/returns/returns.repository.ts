import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { ReturnForm } from './returns.form.ts';

/** SQL for returns, return_submissions and return_settings; submissions' values: returns.values.repository.ts. */

/** The most rows a union's returns to fill, or a submission's history, lists; each says how many in all. */
export const LIST_CAP = { toFill: 200, reported: 200, history: 1000, previous: 50 } as const;

export type PeriodKind = 'year' | 'survey_year' | 'quarter' | 'month' | 'range';
export type ReturnStatus = 'draft' | 'issued' | 'closed';
export type SubmissionStatus = 'open' | 'submitted' | 'returned' | 'accepted' | 'not_reported';
export type ValueSource = 'bound' | 'typed' | 'sheet' | 'consolidation';

export interface ReturnRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  orgLevel: number;
  title: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  targetLevel: number;
  deadline: string;
  form: ReturnForm;
  status: ReturnStatus;
  copiedFrom: number | null;
  /** The shipped form it was started from, if any. */
  formKey: string | null;
  createdAt: string;
  issuedAt: string | null;
}

const RETURN_COLUMNS = `r.id, r.org_id as "orgId", o.name as "orgName", o.path as "orgPath", o.level as "orgLevel",
  r.title, r.period_kind as "periodKind", r.period_from as "periodFrom", r.period_to as "periodTo",
  r.target_level as "targetLevel", r.deadline, r.form, r.status, r.copied_from as "copiedFrom",
  r.form_key as "formKey", r.created_at as "createdAt", r.issued_at as "issuedAt"`;

/** What a return's draft is written with: its union, title, period, target level, deadline and form. */
export type ReturnFields = Pick<
  ReturnRow,
  'title' | 'periodKind' | 'periodFrom' | 'periodTo' | 'targetLevel' | 'deadline' | 'form'
>;

export interface NewReturn extends ReturnFields, Pick<ReturnRow, 'orgId' | 'copiedFrom'> {
  formKey?: string | null;
  createdBy: number | null;
}

/** The written fields as parameters, title to form, in the column order both writes use. */
const fieldParams = (r: ReturnFields) => [
  r.title,
  r.periodKind,
  r.periodFrom,
  r.periodTo,
  r.targetLevel,
  r.deadline,
  JSON.stringify(r.form),
];

export async function insertReturn(sql: Sql, r: NewReturn): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into returns (org_id, title, period_kind, period_from, period_to, target_level, deadline, form,
                          copied_from, created_by, form_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11) returning id`,
    [r.orgId, ...fieldParams(r), r.copiedFrom, r.createdBy, r.formKey ?? null],
  );
  return rows[0].id;
}

export async function updateDraftReturn(
  sql: Sql,
  id: number,
  r: Omit<NewReturn, 'orgId' | 'copiedFrom' | 'createdBy'>,
) {
  await sql.query(
    `update returns set title = $2, period_kind = $3, period_from = $4, period_to = $5, target_level = $6,
            deadline = $7, form = $8::jsonb, form_key = coalesce($9, form_key), updated_at = now()
      where id = $1 and status = 'draft'`,
    [id, ...fieldParams(r), r.formKey ?? null],
  );
}

const returnRows = selectFrom<ReturnRow>(`${RETURN_COLUMNS} from returns r join orgs o on o.id = r.org_id`);

export const findReturn = (sql: Sql, id: number, lock = false) =>
  returnRows.one(sql, `r.id = $1${lock ? ' for update of r' : ''}`, [id]);

export async function markIssued(sql: Sql, id: number, at: Date, deadline: string) {
  await sql.query(
    `update returns set status = 'issued', issued_at = $2, deadline = $3, updated_at = now() where id = $1`,
    [id, at, deadline],
  );
}

/** Ends a return's collection at `at` (now, or the start of the past day it was closed on). */
export async function closeReturn(sql: Sql, id: number, at: Date) {
  await sql.query(`update returns set status = 'closed', closed_at = $2, updated_at = now() where id = $1`, [
    id,
    at,
  ]);
}

/** The China day of the return's last submission (a closing may not precede it), or null. */
export async function lastSubmittedOn(sql: Sql, id: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(greatest(submitted_at, first_submitted_at)) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
       from return_submissions where return_id = $1`,
    [id],
  );
  return rows[0]?.day ?? null;
}

/** A return in the issuer's list: the return's own fields, and how many unions it went to, submitted, accepted. */
export interface ReturnListItem
  extends Omit<ReturnRow, 'orgPath' | 'orgLevel' | 'form' | 'copiedFrom' | 'formKey' | 'createdAt'> {
  unions: number;
  submitted: number;
  accepted: number;
}

/** Returns issued by the unions of a subtree (drafts only the issuer's own), newest first. */
export async function listIssued(
  sql: Sql,
  f: { path: string; ownOrgId: number | null; page: number; pageSize: number },
) {
  const params: unknown[] = [subtreePattern(f.path), f.ownOrgId];
  const where = `o.path like $1 and (r.status <> 'draft' or r.org_id = $2)`;
  const { rows } = await sql.query<ReturnListItem & { total: number }>(
    `select r.id, r.org_id as "orgId", o.name as "orgName", r.title, r.period_kind as "periodKind",
            r.period_from as "periodFrom", r.period_to as "periodTo", r.target_level as "targetLevel", r.deadline,
            r.status, r.issued_at as "issuedAt",
            (select count(*)::int from return_submissions s where s.return_id = r.id) as unions,
            (select count(*)::int from return_submissions s where s.return_id = r.id and s.status in ('submitted', 'accepted')) as submitted,
            (select count(*)::int from return_submissions s where s.return_id = r.id and s.status = 'accepted') as accepted,
            count(*) over ()::int as total
       from returns r join orgs o on o.id = r.org_id
      where ${where}
      order by r.created_at desc, r.id desc
      limit $3 offset $4`,
    [...params, f.pageSize, (f.page - 1) * f.pageSize],
  );
  return { items: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export interface MySubmissionItem {
  returnId: number;
  title: string;
  issuerName: string;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  orgId: number;
  status: SubmissionStatus;
  consolidates: boolean;
  submittedAt: string | null;
}

/** Which of a union's own returns a list holds: those it still has to fill, or those it has reported. */
const MINE = {
  // of returns still collecting, its own not yet submitted or sent back to it, by deadline
  toFill: {
    where: "r.status = 'issued' and s.status in ('open', 'returned')",
    order: 'r.deadline, r.id desc',
  },
  // submitted or accepted, whatever became of the return since, the latest sent first
  reported: {
    where: "s.status in ('submitted', 'accepted')",
    order: 's.submitted_at desc nulls last, r.id desc',
  },
} as const;

/**
 * A union's own returns (its submissions): those it still has to fill (待我填报: a submitted, accepted or
 * not-reported one is no longer its to fill), or those it has reported (本单位已报送), where a clerk finds what the
 * union sent up once it left the list to fill.
 */
export async function listMine(sql: Sql, orgId: number, which: keyof typeof MINE) {
  const { rows } = await sql.query<MySubmissionItem & { countAll: number }>(
    `select r.id as "returnId", r.title, o.name as "issuerName", r.period_from as "periodFrom",
            r.period_to as "periodTo", r.deadline, s.org_id as "orgId", s.status, s.consolidates,
            s.submitted_at as "submittedAt", ${COUNT_ALL}
       from return_submissions s join returns r on r.id = s.return_id join orgs o on o.id = r.org_id
      where s.org_id = $1 and ${MINE[which].where}
      order by ${MINE[which].order}
      limit ${LIST_CAP[which]}`,
    [orgId],
  );
  return capped(rows);
}

/** The returns a union still has to fill (待我填报), by deadline. */
export const listToFill = (sql: Sql, orgId: number) => listMine(sql, orgId, 'toFill');

/** The returns a union issued whose period ended before a day (newest first): where last year's is looked for. */
export async function earlierReturnsOf(sql: Sql, orgId: number, before: string, exceptId: number) {
  const { rows } = await sql.query<{ id: number; title: string; formKey: string | null; form: ReturnForm }>(
    `select id, title, form_key as "formKey", form from returns
      where org_id = $1 and period_to < $2::date and id <> $3 and status <> 'draft'
      order by period_to desc, id desc limit 20`,
    [orgId, before, exceptId],
  );
  return rows;
}

/** The returns a union issued, the latest period first (to copy): the first `cap`, and how many there are in all. */
export async function latestReturnsOf(sql: Sql, orgId: number, cap: number = LIST_CAP.previous) {
  const { rows } = await sql.query<{
    id: number;
    title: string;
    periodFrom: string;
    periodTo: string;
    status: ReturnStatus;
    countAll: number;
  }>(
    `select id, title, period_from as "periodFrom", period_to as "periodTo", status, ${COUNT_ALL}
       from returns where org_id = $1 order by period_to desc, id desc limit ${Number(cap)}`,
    [orgId],
  );
  return capped(rows);
}

// ---------------------------------------------------------------------------------------------------------------
// Who fills

export interface TreeUnion {
  id: number;
  parentId: number | null;
  path: string;
  level: number;
  name: string;
}

/** The active unions of a subtree between two levels (inclusive), below the root. */
export async function unionsBetween(sql: Sql, rootPath: string, fromLevel: number, toLevel: number) {
  const { rows } = await sql.query<TreeUnion>(
    `select id, parent_id as "parentId", path, level, name from orgs
      where path like $1 and path <> $2 and status = 'active' and level between $3 and $4
      order by path`,
    [subtreePattern(rootPath), rootPath, fromLevel, toLevel],
  );
  return rows;
}

export interface NewSubmission {
  orgId: number;
  parentOrgId: number | null;
  consolidates: boolean;
}

/** Inserts the submissions of a return (parents before children) and returns each union's submission id. */
export async function insertSubmissions(sql: Sql, returnId: number, subs: NewSubmission[]) {
  const { rows } = await sql.query<{ id: number; orgId: number }>(
    `insert into return_submissions (return_id, org_id, consolidates)
     select $1, x.org_id, x.consolidates from unnest($2::bigint[], $3::boolean[]) as x(org_id, consolidates)
     returning id, org_id as "orgId"`,
    [returnId, subs.map((s) => s.orgId), subs.map((s) => s.consolidates)],
  );
  const idOf = new Map(rows.map((r) => [r.orgId, r.id]));
  const withParent = subs.filter((s) => s.parentOrgId !== null);
  if (withParent.length) {
    await sql.query(
      `update return_submissions s set parent_id = x.parent_id
         from unnest($1::bigint[], $2::bigint[]) as x(id, parent_id) where s.id = x.id`,
      [withParent.map((s) => idOf.get(s.orgId)), withParent.map((s) => idOf.get(s.parentOrgId as number))],
    );
  }
  return idOf;
}

export interface SubmissionRow {
  id: number;
  returnId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  parentId: number | null;
  /** The union that reviews it: the consolidating union above, else the issuer. */
  reviewerOrgId: number;
  reviewerName: string;
  consolidates: boolean;
  status: SubmissionStatus;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  notReportedReason: string | null;
  returnNote: string | null;
  timesReturned: number;
  version: number;
}

const SUBMISSION_COLUMNS = `s.id, s.return_id as "returnId", s.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  s.parent_id as "parentId", coalesce(p.org_id, r.org_id) as "reviewerOrgId", coalesce(po.name, ro.name) as "reviewerName",
  s.consolidates, s.status, s.first_submitted_at as "firstSubmittedAt", s.submitted_at as "submittedAt",
  s.decided_at as "decidedAt", s.not_reported_reason as "notReportedReason", s.return_note as "returnNote",
  s.times_returned as "timesReturned", s.version`;
const SUBMISSION_FROM = `return_submissions s join orgs o on o.id = s.org_id join returns r on r.id = s.return_id
  join orgs ro on ro.id = r.org_id left join return_submissions p on p.id = s.parent_id left join orgs po on po.id = p.org_id`;

export async function findSubmission(sql: Sql, returnId: number, orgId: number, lock = false) {
  const { rows } = await sql.query<SubmissionRow>(
    `select ${SUBMISSION_COLUMNS} from ${SUBMISSION_FROM} where s.return_id = $1 and s.org_id = $2${lock ? ' for update of s' : ''}`,
    [returnId, orgId],
  );
  return rows[0];
}

/** The submissions a union reviews: those whose parent is its own, or (the issuer) those with no parent. */
export async function childSubmissions(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<SubmissionRow>(
    `select ${SUBMISSION_COLUMNS} from ${SUBMISSION_FROM}
      where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
      order by o.path`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return rows;
}

export async function updateSubmission(
  sql: Sql,
  id: number,
  set: Partial<{
    status: SubmissionStatus;
    submittedAt: Date | null;
    firstSubmittedAt: Date;
    decidedAt: Date | null;
    decidedBy: number | null;
    notReportedReason: string | null;
    returnNote: string | null;
    returned: boolean;
  }>,
) {
  const sets = ['version = version + 1', 'updated_at = now()'];
  const params: unknown[] = [id];
  const put = (col: string, v: unknown) => {
    params.push(v);
    sets.push(`${col} = $${params.length}`);
  };
  if (set.status !== undefined) put('status', set.status);
  if (set.submittedAt !== undefined) put('submitted_at', set.submittedAt);
  if (set.firstSubmittedAt !== undefined) {
    params.push(set.firstSubmittedAt);
    sets.push(`first_submitted_at = coalesce(first_submitted_at, $${params.length})`);
  }
  if (set.decidedAt !== undefined) put('decided_at', set.decidedAt);
  if (set.decidedBy !== undefined) put('decided_by', set.decidedBy);
  if (set.notReportedReason !== undefined) put('not_reported_reason', set.notReportedReason);
  if (set.returnNote !== undefined) put('return_note', set.returnNote);
  if (set.returned) sets.push('times_returned = times_returned + 1');
  await sql.query(`update return_submissions set ${sets.join(', ')} where id = $1`, params);
}

// ---------------------------------------------------------------------------------------------------------------
// Settings

/** The survey year's first day that applies at a union: the nearest union at or above it with a setting. */
export async function surveyYearStartAt(sql: Sql, path: string) {
  const { rows } = await sql.query<{ start: string; orgId: number; orgName: string }>(
    `select s.survey_year_start as start, o.id as "orgId", o.name as "orgName"
       from return_settings s join orgs o on o.id = s.org_id
      where starts_with($1, o.path)
      order by o.level desc limit 1`,
    [path],
  );
  return rows[0];
}

export async function setSurveyYearStart(sql: Sql, orgId: number, start: string, by: number | null) {
  await sql.query(
    `insert into return_settings (org_id, survey_year_start, updated_by) values ($1, $2, $3)
     on conflict (org_id) do update set survey_year_start = excluded.survey_year_start,
            updated_by = excluded.updated_by, updated_at = now()`,
    [orgId, start, by],
  );
}

/**
 * The unions of a subtree (its root included) with their parents, in the org tree's sibling order — open before
 * closed, then by level and name, as the tree page lists a union's children (org `listChildrenOf`), the id last.
 * Sorted as one list, any two siblings stand in their sibling order; `treeRanks` makes the tree's order of it.
 */
export async function subtreeInSiblingOrder(sql: Sql, rootPath: string) {
  const { rows } = await sql.query<{ id: number; parentId: number | null }>(
    `select id, parent_id as "parentId" from orgs where path like $1 order by status, level, name, id`,
    [subtreePattern(rootPath)],
  );
  return rows;
}
