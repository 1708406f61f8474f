import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { ReturnForm } from './returns.form.ts';

/** SQL for returns, return_submissions, return_values, return_value_history and return_comments only. */

/** The most rows a union's returns to fill, or a submission's history, lists; each says how many in all. */
export const LIST_CAP = { toFill: 200, history: 1000, previous: 50 } as const;

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

export interface NewReturn {
  orgId: number;
  title: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  targetLevel: number;
  deadline: string;
  form: ReturnForm;
  copiedFrom: number | null;
  formKey?: string | null;
  createdBy: number | null;
}

export async function insertReturn(sql: Sql, r: NewReturn): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into returns (org_id, title, period_kind, period_from, period_to, target_level, deadline, form,
                          copied_from, created_by, form_key)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11) returning id`,
    [
      r.orgId,
      r.title,
      r.periodKind,
      r.periodFrom,
      r.periodTo,
      r.targetLevel,
      r.deadline,
      JSON.stringify(r.form),
      r.copiedFrom,
      r.createdBy,
      r.formKey ?? null,
    ],
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
    [
      id,
      r.title,
      r.periodKind,
      r.periodFrom,
      r.periodTo,
      r.targetLevel,
      r.deadline,
      JSON.stringify(r.form),
      r.formKey ?? null,
    ],
  );
}

export async function findReturn(sql: Sql, id: number, lock = false): Promise<ReturnRow | undefined> {
  const { rows } = await sql.query<ReturnRow>(
    `select ${RETURN_COLUMNS} from returns r join orgs o on o.id = r.org_id where r.id = $1${lock ? ' for update of r' : ''}`,
    [id],
  );
  return rows[0];
}

export async function markIssued(sql: Sql, id: number, at: Date, deadline: string) {
  await sql.query(
    `update returns set status = 'issued', issued_at = $2, deadline = $3, updated_at = now() where id = $1`,
    [id, at, deadline],
  );
}

export async function setReturnStatus(sql: Sql, id: number, status: ReturnStatus) {
  await sql.query(`update returns set status = $2, updated_at = now() where id = $1`, [id, status]);
}

export interface ReturnListItem {
  id: number;
  orgId: number;
  orgName: string;
  title: string;
  periodKind: PeriodKind;
  periodFrom: string;
  periodTo: string;
  targetLevel: number;
  deadline: string;
  status: ReturnStatus;
  issuedAt: string | null;
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

/** The returns a union has to fill (issued ones), open and returned first, then by deadline. */
export async function listToFill(sql: Sql, orgId: number) {
  const { rows } = await sql.query<MySubmissionItem & { countAll: number }>(
    `select r.id as "returnId", r.title, o.name as "issuerName", r.period_from as "periodFrom",
            r.period_to as "periodTo", r.deadline, s.org_id as "orgId", s.status, s.consolidates,
            s.submitted_at as "submittedAt", ${COUNT_ALL}
       from return_submissions s join returns r on r.id = s.return_id join orgs o on o.id = r.org_id
      where s.org_id = $1 and r.status <> 'draft'
      order by (s.status in ('open', 'returned')) desc, r.deadline, r.id desc
      limit ${LIST_CAP.toFill}`,
    [orgId],
  );
  return capped(rows);
}

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
// Values

export interface ValueRow {
  key: string;
  num: number | null;
  txt: string | null;
  boundNum: number | null;
  totalNum: number | null;
  source: ValueSource;
  reason: string | null;
  enteredAt: string;
  enteredBy: string | null;
}

export async function valuesOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<ValueRow>(
    `select v.key, v.num, v.txt, v.bound_num as "boundNum", v.total_num as "totalNum", v.source, v.reason,
            v.entered_at as "enteredAt", u.display_name as "enteredBy"
       from return_values v left join users u on u.id = v.entered_by
      where v.submission_id = $1`,
    [submissionId],
  );
  return rows;
}

export interface ValueWrite {
  key: string;
  num: number | null;
  txt: string | null;
  boundNum?: number | null;
  source: ValueSource;
  reason: string | null;
}

/**
 * Writes values of one submission, each change kept in the history with its source and reason; a value that does
 * not change is not written. `boundNum` undefined keeps the stored figure.
 */
export async function writeValues(
  sql: Sql,
  sub: { id: number; orgId: number },
  writes: ValueWrite[],
  by: number | null,
) {
  if (!writes.length) return 0;
  const { rows: old } = await sql.query<{
    key: string;
    num: number | null;
    txt: string | null;
    boundNum: number | null;
  }>(
    `select key, num, txt, bound_num as "boundNum" from return_values where submission_id = $1 and key = any($2::text[])`,
    [sub.id, writes.map((w) => w.key)],
  );
  const before = new Map(old.map((o) => [o.key, o]));
  const changed = writes
    .map((w) => {
      const o = before.get(w.key);
      const boundNum = w.boundNum === undefined ? (o?.boundNum ?? null) : w.boundNum;
      const valueChanged = !o || o.num !== w.num || o.txt !== w.txt;
      return {
        ...w,
        boundNum,
        old: o,
        valueChanged,
        any: valueChanged || boundNum !== (o?.boundNum ?? null),
      };
    })
    .filter((c) => c.any);
  if (!changed.length) return 0;
  const hist = changed.filter((c) => c.valueChanged);
  if (hist.length) {
    await sql.query(
      `insert into return_value_history (submission_id, org_id, key, old_num, old_txt, new_num, new_txt, source, reason, changed_by)
       select $1, $2, x.k, x.o_n, x.o_t, x.n_n, x.n_t, x.s, x.r, $3
         from unnest($4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::text[], $9::text[], $10::text[])
           as x(k, o_n, o_t, n_n, n_t, s, r)`,
      [
        sub.id,
        sub.orgId,
        by,
        hist.map((c) => c.key),
        hist.map((c) => c.old?.num ?? null),
        hist.map((c) => c.old?.txt ?? null),
        hist.map((c) => c.num),
        hist.map((c) => c.txt),
        hist.map((c) => c.source),
        hist.map((c) => c.reason),
      ],
    );
  }
  await sql.query(
    `insert into return_values as v (submission_id, key, org_id, num, txt, bound_num, source, reason, entered_by)
     select $1, x.k, $2, x.n, x.t, x.b, x.s, x.r, $3
       from unnest($4::text[], $5::bigint[], $6::text[], $7::bigint[], $8::text[], $9::text[]) as x(k, n, t, b, s, r)
     on conflict (submission_id, key) do update
        set num = excluded.num, txt = excluded.txt, bound_num = excluded.bound_num, source = excluded.source,
            reason = excluded.reason, entered_by = excluded.entered_by, entered_at = now()`,
    [
      sub.id,
      sub.orgId,
      by,
      changed.map((c) => c.key),
      changed.map((c) => c.num),
      changed.map((c) => c.txt),
      changed.map((c) => c.boundNum),
      changed.map((c) => c.source),
      changed.map((c) => c.reason),
    ],
  );
  return hist.length;
}

/** Bound figures of many submissions at once (issuing a return): one value row each, source 'bound'. */
export async function insertBoundValues(
  sql: Sql,
  rows: { submissionId: number; orgId: number; key: string; num: number }[],
) {
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    await sql.query(
      `insert into return_values (submission_id, key, org_id, num, bound_num, source)
       select x.s, x.k, x.o, x.n, x.n, 'bound' from unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) as x(s, k, o, n)`,
      [
        part.map((r) => r.submissionId),
        part.map((r) => r.key),
        part.map((r) => r.orgId),
        part.map((r) => r.num),
      ],
    );
  }
}

/**
 * Fixes what a submission reports up (its totals), or clears them when it is returned or reopened. A consolidating
 * union's totals are its own plus its unions': a row holding only a total has the source `consolidation`.
 */
export async function setTotals(
  sql: Sql,
  sub: { id: number; orgId: number; consolidates?: boolean },
  totals: Map<string, number> | null,
) {
  await sql.query(
    `update return_values set total_num = null where submission_id = $1 and total_num is not null`,
    [sub.id],
  );
  if (!totals?.size) return;
  await sql.query(
    `insert into return_values as v (submission_id, key, org_id, total_num, source)
     select $1, x.k, $2, x.n, $5 from unnest($3::text[], $4::bigint[]) as x(k, n)
     on conflict (submission_id, key) do update
        set total_num = excluded.total_num,
            source = case when v.num is null and v.txt is null then excluded.source else v.source end`,
    [
      sub.id,
      sub.orgId,
      [...totals.keys()],
      [...totals.values()],
      sub.consolidates ? 'consolidation' : 'typed',
    ],
  );
}

/**
 * Keeps a consolidating union's totals in its values' history (source `consolidation`), each with the account that
 * submitted and when: a row for every total that differs from the one its last submission fixed.
 */
export async function recordConsolidation(
  sql: Sql,
  sub: { id: number; orgId: number },
  totals: Map<string, number>,
  by: number | null,
  at: Date,
) {
  const { rows } = await sql.query<{ key: string; num: number | null }>(
    `select distinct on (key) key, new_num as num from return_value_history
      where submission_id = $1 and source = 'consolidation' order by key, id desc`,
    [sub.id],
  );
  const last = new Map(rows.map((r) => [r.key, r.num === null ? null : Number(r.num)]));
  const changes: { key: string; old: number | null; now: number | null }[] = [];
  for (const [key, n] of totals)
    if (last.get(key) !== n) changes.push({ key, old: last.get(key) ?? null, now: n });
  for (const [key, n] of last) if (n !== null && !totals.has(key)) changes.push({ key, old: n, now: null });
  if (!changes.length) return 0;
  await sql.query(
    `insert into return_value_history (submission_id, org_id, key, old_num, new_num, source, changed_by, changed_at)
     select $1, $2, x.k, x.o, x.n, 'consolidation', $3, $4
       from unnest($5::text[], $6::bigint[], $7::bigint[]) as x(k, o, n)`,
    [
      sub.id,
      sub.orgId,
      by,
      at,
      changes.map((c) => c.key),
      changes.map((c) => c.old),
      changes.map((c) => c.now),
    ],
  );
  return changes.length;
}

/** The totals the accepted submissions below a union report up, summed per key. */
export async function acceptedChildTotals(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<{ key: string; total: number }>(
    `select v.key, sum(v.total_num)::bigint as total
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
        and s.status = 'accepted' and v.total_num is not null
      group by v.key`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return new Map(rows.map((r) => [r.key, r.total]));
}

/** What the submissions below a union report (submitted or accepted ones), one row per union and key. */
export async function childReported(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<{ orgId: number; key: string; total: number | null; txt: string | null }>(
    `select s.org_id as "orgId", v.key, v.total_num as total, v.txt
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
        and s.status in ('submitted', 'accepted') and (v.total_num is not null or v.txt is not null)`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return rows;
}

/** Every text value (open-table rows included) reported in a subtree, for the consolidated lists. */
export async function reportedTexts(sql: Sql, returnId: number, path: string, keyPrefix: string) {
  const { rows } = await sql.query<{
    orgId: number;
    orgName: string;
    key: string;
    txt: string | null;
    num: number | null;
  }>(
    `select s.org_id as "orgId", o.name as "orgName", v.key, v.txt, v.num
       from return_submissions s join orgs o on o.id = s.org_id join return_values v on v.submission_id = s.id
      where s.return_id = $1 and o.path like $2 and s.status in ('submitted', 'accepted') and v.key like $3
      order by o.path, v.key`,
    [returnId, subtreePattern(path), `${keyPrefix.replace(/[\\%_]/g, '\\$&')}%`],
  );
  return rows;
}

/** Last year's reported totals of the same unions (the return this one was copied from). */
export async function reportedOf(sql: Sql, returnId: number, orgIds: number[]) {
  const { rows } = await sql.query<{ orgId: number; key: string; total: number }>(
    `select s.org_id as "orgId", v.key, v.total_num as total
       from return_submissions s join return_values v on v.submission_id = s.id
      where s.return_id = $1 and s.org_id = any($2::bigint[]) and v.total_num is not null`,
    [returnId, orgIds],
  );
  return rows;
}

export async function historyOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<{
    key: string;
    oldNum: number | null;
    oldTxt: string | null;
    newNum: number | null;
    newTxt: string | null;
    source: ValueSource;
    reason: string | null;
    changedBy: string | null;
    changedAt: string;
    countAll: number;
  }>(
    `select h.key, h.old_num as "oldNum", h.old_txt as "oldTxt", h.new_num as "newNum", h.new_txt as "newTxt",
            h.source, h.reason, u.display_name as "changedBy", h.changed_at as "changedAt", ${COUNT_ALL}
       from return_value_history h left join users u on u.id = h.changed_by
      where h.submission_id = $1 order by h.id desc limit ${LIST_CAP.history}`,
    [submissionId],
  );
  return capped(rows);
}

export async function insertComments(
  sql: Sql,
  sub: { id: number; orgId: number },
  round: number,
  comments: { key: string; body: string }[],
  by: number | null,
) {
  if (!comments.length) return;
  await sql.query(
    `insert into return_comments (submission_id, org_id, key, body, round, written_by)
     select $1, $2, x.k, x.b, $3, $4 from unnest($5::text[], $6::text[]) as x(k, b)`,
    [sub.id, sub.orgId, round, by, comments.map((c) => c.key), comments.map((c) => c.body)],
  );
}

export async function commentsOf(sql: Sql, submissionId: number) {
  const { rows } = await sql.query<{
    key: string;
    body: string;
    round: number;
    writtenBy: string | null;
    writtenAt: string;
  }>(
    `select c.key, c.body, c.round, u.display_name as "writtenBy", c.written_at as "writtenAt"
       from return_comments c left join users u on u.id = c.written_by
      where c.submission_id = $1 order by c.round desc, c.id`,
    [submissionId],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Where things stand

export interface ProgressRow {
  orgId: number;
  orgName: string;
  path: string;
  level: number;
  parentOrgId: number | null;
  consolidates: boolean;
  status: SubmissionStatus;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  timesReturned: number;
  notReportedReason: string | null;
  /** The returns in the union's subtree (itself included) and how many are in: submitted or accepted, accepted. */
  below: { unions: number; submitted: number; accepted: number; notReported: number };
}

/**
 * The returns a union reviews (those whose parent is its own, or the issuer's with no parent), in tree order, each
 * with the counts of its own subtree so the page can show a level and drill down.
 */
export async function progressRows(sql: Sql, returnId: number, parentId: number | null) {
  const { rows } = await sql.query<ProgressRow>(
    `with kids as (
       select s.id, s.org_id, s.parent_id, s.consolidates, s.status, s.first_submitted_at, s.submitted_at,
              s.times_returned, s.not_reported_reason, o.name, o.path, o.level
         from return_submissions s join orgs o on o.id = s.org_id
        where s.return_id = $1 and ${parentId === null ? 's.parent_id is null' : 's.parent_id = $2'}
     ), below as (
       select k.id, count(*)::int as unions,
              count(*) filter (where d.status in ('submitted', 'accepted'))::int as submitted,
              count(*) filter (where d.status = 'accepted')::int as accepted,
              count(*) filter (where d.status = 'not_reported')::int as not_reported
         from return_submissions d join orgs od on od.id = d.org_id join kids k on starts_with(od.path, k.path)
        where d.return_id = $1
        group by k.id
     )
     select k.org_id as "orgId", k.name as "orgName", k.path, k.level, p.org_id as "parentOrgId", k.consolidates,
            k.status, k.first_submitted_at as "firstSubmittedAt", k.submitted_at as "submittedAt",
            k.times_returned as "timesReturned", k.not_reported_reason as "notReportedReason",
            json_build_object('unions', b.unions, 'submitted', b.submitted, 'accepted', b.accepted,
                              'notReported', b.not_reported) as below
       from kids k join below b on b.id = k.id left join return_submissions p on p.id = k.parent_id
      order by k.path`,
    parentId === null ? [returnId] : [returnId, parentId],
  );
  return rows;
}

/** Counts by state over a subtree: how many unions, submitted on time, late, returned, not yet. */
export async function completeness(sql: Sql, returnId: number, path: string, deadlineEnd: Date, now: Date) {
  const { rows } = await sql.query<{
    unions: number;
    open: number;
    submitted: number;
    returned: number;
    accepted: number;
    notReported: number;
    onTime: number;
    late: number;
    overdue: number;
  }>(
    `select count(*)::int as unions,
            count(*) filter (where s.status = 'open')::int as open,
            count(*) filter (where s.status = 'submitted')::int as submitted,
            count(*) filter (where s.status = 'returned')::int as returned,
            count(*) filter (where s.status = 'accepted')::int as accepted,
            count(*) filter (where s.status = 'not_reported')::int as "notReported",
            count(*) filter (where s.first_submitted_at <= $3)::int as "onTime",
            count(*) filter (where s.first_submitted_at > $3)::int as late,
            count(*) filter (where s.first_submitted_at is null and s.status <> 'not_reported' and $4 > $3)::int as overdue
       from return_submissions s join orgs o on o.id = s.org_id
      where s.return_id = $1 and o.path like $2`,
    [returnId, subtreePattern(path), deadlineEnd, now],
  );
  return rows[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

/** Members on the register on `day`, per union of a subtree. */
export async function memberFigures(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{
    path: string;
    total: number;
    women: number;
    new_employment: number;
    front_line: number;
  }>(
    `select o.path, count(*)::int as total,
            count(*) filter (where p.gender = 'female')::int as women,
            count(*) filter (where p.is_new_employment)::int as new_employment,
            count(*) filter (where p.is_front_line)::int as front_line
       from memberships m join orgs o on o.id = m.org_id join persons p on p.id = m.person_id
      where o.path like $1 and m.joined_on <= $2::date and (m.left_on is null or m.left_on > $2::date)
        and (m.status = 'active' or m.left_on is not null)
      group by o.path`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

/** Grassroots unions existing on `day` and the employer facts recorded on each union, per union of a subtree. */
export async function unionFigures(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{
    path: string;
    grassroots: number;
    workers: number | null;
    women_workers: number | null;
  }>(
    `select o.path,
            (o.kind = 'grassroots' and coalesce(o.founded_on, o.created_at::date) <= $2::date
              and (o.closed_on is null or o.closed_on > $2::date))::int as grassroots,
            case when o.status = 'active' then o.worker_count end as workers,
            case when o.status = 'active' then o.women_worker_count end as women_workers
       from orgs o where o.path like $1`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

/** The grassroots unions of a subtree existing on `day`, each with the credit code recorded for its employer. */
export async function grassrootsCodes(sql: Sql, rootPath: string, day: string) {
  const { rows } = await sql.query<{ path: string; uscc: string | null }>(
    `select o.path, o.uscc from orgs o
      where o.path like $1 and o.kind = 'grassroots' and coalesce(o.founded_on, o.created_at::date) <= $2::date
        and (o.closed_on is null or o.closed_on > $2::date)`,
    [subtreePattern(rootPath), day],
  );
  return rows;
}

export async function unionPaths(sql: Sql, rootPath: string, ids: number[]) {
  const { rows } = await sql.query<{ id: number; path: string }>(
    `select id, path from orgs where path like $1 and id = any($2::bigint[])`,
    [subtreePattern(rootPath), ids],
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Reminders

export interface DueSubmission {
  id: number;
  returnId: number;
  orgId: number;
  title: string;
  issuerName: string;
  deadline: string;
}

/** Submissions not yet in (open or returned) of issued returns due on one of `days`, not reminded for that step. */
export async function dueSubmissions(sql: Sql, day: string, step: 'before' | 'on') {
  const flag = step === 'before' ? 'reminded_before' : 'reminded_on';
  const { rows } = await sql.query<DueSubmission>(
    `select s.id, s.return_id as "returnId", s.org_id as "orgId", r.title, o.name as "issuerName", r.deadline
       from return_submissions s join returns r on r.id = s.return_id join orgs o on o.id = r.org_id
      where r.status = 'issued' and r.deadline = $1::date and s.status in ('open', 'returned') and not s.${flag}
      limit 5000`,
    [day],
  );
  return rows;
}

export async function markReminded(sql: Sql, ids: number[], step: 'before' | 'on') {
  const flag = step === 'before' ? 'reminded_before' : 'reminded_on';
  await sql.query(`update return_submissions set ${flag} = true where id = any($1::bigint[])`, [ids]);
}

/** The accounts of a union's staff (managers and staff), who see its returns. */
export async function staffOf(sql: Sql, orgIds: number[]) {
  const { rows } = await sql.query<{ orgId: number; userId: number }>(
    `select distinct r.org_id as "orgId", r.user_id as "userId" from role_assignments r
      where r.org_id = any($1::bigint[]) and r.role in ('manager', 'staff')`,
    [orgIds],
  );
  return rows;
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
