import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { type Capped, COUNT_ALL, capped } from '../../shared/capped.ts';
import type { WorkResult } from './calls.vocabulary.ts';

/** SQL for calls, call_categories, call_works, call_files and call_quota_use only (plus read-only joins on orgs). */

/** The most rows a list of calls, of a call's works or of its gallery holds; each says how many there are in all. */
export const LIST_CAP = { calls: 500, works: 5000, chosen: 2000, offered: 100, publicCalls: 100 } as const;

export type WorkKind = 'text' | 'image' | 'file';
export type WorkStatus = 'submitted' | 'returned' | 'passed';
export type Gallery = 'public' | 'members';

export interface CategoryRow {
  id: number;
  name: string;
  kind: WorkKind;
}

export interface CallRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  description: string;
  opensOn: string;
  closesOn: string;
  perWorker: number;
  gallery: Gallery;
  publishedOn: string | null;
  categories: CategoryRow[];
}

const CALL_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.title, c.description,
  c.opens_on as "opensOn", c.closes_on as "closesOn", c.per_worker as "perWorker", c.gallery,
  c.published_on as "publishedOn",
  coalesce((select json_agg(json_build_object('id', k.id, 'name', k.name, 'kind', k.kind) order by k.position)
              from call_categories k where k.call_id = c.id), '[]') as categories`;

export interface NewCall
  extends Pick<
    CallRow,
    'orgId' | 'title' | 'description' | 'opensOn' | 'closesOn' | 'perWorker' | 'gallery'
  > {
  createdBy: number | null;
}

export async function insertCall(sql: Sql, c: NewCall, categories: { name: string; kind: WorkKind }[]) {
  const id = await insertRow(
    sql,
    'calls',
    'org_id, title, description, opens_on, closes_on, per_worker, gallery, created_by',
    c,
  );
  await sql.query(
    `insert into call_categories (call_id, position, name, kind)
     select $1, x.n, x.name, x.kind from unnest($2::text[], $3::text[]) with ordinality as x(name, kind, n)`,
    [id, categories.map((k) => k.name), categories.map((k) => k.kind)],
  );
  return id;
}

const callRows = selectFrom<CallRow>(`${CALL_COLUMNS} from calls c join orgs o on o.id = c.org_id`);

export const findCall = (sql: Sql, id: number) => callRows.one(sql, 'c.id = $1', [id]);

/** A work sent in and still to pass or return (`w`: call_works): what the desk counts and the list filters on. */
export const AWAITING_REVIEW = `w.status = 'submitted'`;

export interface CallListRow extends CallRow {
  submitted: number;
  passed: number;
  chosen: number;
  /** Works of the union's subtree sent in and still to pass or return. */
  awaiting: number;
}

/**
 * Calls organised in a union's subtree or offered to it from above (staff), newest first, with how many works of
 * the union's subtree each holds; with `awaitingOnly`, those holding works of the subtree still to review (the
 * desk's card counts them by the same condition, AWAITING_REVIEW).
 */
export async function listCalls(sql: Sql, path: string, awaitingOnly = false) {
  const params: unknown[] = [path];
  const inside = subtreeCondition({ path }, 'o.path', params);
  const inCount = subtreeCondition({ path }, 'wo.path', params);
  const { rows } = await sql.query<CallListRow & { countAll: number }>(
    `select ${CALL_COLUMNS}, coalesce(n.submitted, 0) as submitted, coalesce(n.passed, 0) as passed,
            coalesce(n.chosen, 0) as chosen, coalesce(n.awaiting, 0) as awaiting, ${COUNT_ALL}
       from calls c join orgs o on o.id = c.org_id
       left join lateral (
         select count(*)::int as submitted, count(*) filter (where w.status = 'passed')::int as passed,
                count(w.result)::int as chosen, count(*) filter (where ${AWAITING_REVIEW})::int as awaiting
           from call_works w join orgs wo on wo.id = w.org_id where w.call_id = c.id and ${inCount}
       ) n on true
      where (${inside} or starts_with($1::text, o.path)) ${awaitingOnly ? 'and n.awaiting > 0' : ''}
      order by c.opens_on desc, c.id desc limit ${LIST_CAP.calls}`,
    params,
  );
  return capped(rows);
}

/**
 * Calls open to a member of the union at `path`: organised by that union or one above it, not closed before `since`;
 * the first `cap`, and how many there are in all.
 */
export async function listOffered(
  sql: Sql,
  path: string,
  since: string,
  cap: number = LIST_CAP.offered,
): Promise<Capped<CallRow>> {
  const { rows } = await sql.query<CallRow & { countAll: number }>(
    `select ${CALL_COLUMNS}, ${COUNT_ALL} from calls c join orgs o on o.id = c.org_id
      where starts_with($1::text, o.path) and (c.closes_on >= $2::date or c.published_on is not null)
      order by c.closes_on desc, c.id desc limit ${Number(cap)}`,
    [path, since],
  );
  return capped(rows);
}

/** Calls whose published gallery is public, newest first: the first 100, and how many there are in all. */
export async function listPublicCalls(sql: Sql): Promise<Capped<CallRow>> {
  const { rows } = await sql.query<CallRow & { countAll: number }>(
    `select ${CALL_COLUMNS}, ${COUNT_ALL} from calls c join orgs o on o.id = c.org_id
      where c.gallery = 'public' and c.published_on is not null order by c.published_on desc, c.id desc
      limit ${LIST_CAP.publicCalls}`,
  );
  return capped(rows);
}

export async function setPublished(sql: Sql, id: number, day: string) {
  await sql.query(`update calls set published_on = $2 where id = $1`, [id, day]);
}

/** Takes one of the worker's places in a category if one is left (the guarded counter): true when taken. */
export async function takeQuota(
  sql: Sql,
  q: { categoryId: number; personId: number; orgId: number; limit: number },
): Promise<boolean> {
  const { rows } = await sql.query(
    `insert into call_quota_use as u (category_id, person_id, org_id, used) values ($1, $2, $3, 1)
     on conflict (category_id, person_id) do update set used = u.used + 1 where u.used < $4
     returning used`,
    [q.categoryId, q.personId, q.orgId, q.limit],
  );
  return rows.length === 1;
}

export interface WorkRow {
  id: number;
  callId: number;
  categoryId: number;
  categoryName: string;
  kind: WorkKind;
  personId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  authorName: string;
  title: string;
  body: string;
  status: WorkStatus;
  byStaff: boolean;
  submittedOn: string;
  reviewedOn: string | null;
  returnReason: string | null;
  result: WorkResult | null;
  score: number | null;
  resultOn: string | null;
  hasFile: boolean;
}

const WORK_COLUMNS = `w.id, w.call_id as "callId", w.category_id as "categoryId", k.name as "categoryName", k.kind,
  w.person_id as "personId", w.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  w.author_name as "authorName", w.title, w.body, w.status, w.submitted_by is not null as "byStaff",
  w.submitted_on as "submittedOn", w.reviewed_on as "reviewedOn", w.return_reason as "returnReason", w.result,
  w.score::float8 as score, w.result_on as "resultOn",
  exists (select 1 from call_files f where f.work_id = w.id) as "hasFile"`;
const WORK_FROM = `call_works w join call_categories k on k.id = w.category_id join orgs o on o.id = w.org_id`;

const workRows = selectFrom<WorkRow>(`${WORK_COLUMNS} from ${WORK_FROM}`);

export const findWork = (sql: Sql, id: number, lock = false) =>
  workRows.one(sql, `w.id = $1 ${lock ? 'for update of w' : ''}`, [id]);

/** The works of a call sent in from a subtree, by category and then as sent. */
export async function listWorks(
  sql: Sql,
  callId: number,
  path: string,
  f: { status?: WorkStatus; categoryId?: number; chosen?: boolean } = {},
) {
  const params: unknown[] = [callId];
  const { where, add } = conditions(params, 'w.call_id = $1', subtreeCondition({ path }, 'o.path', params));
  if (f.status) add('w.status = ?', f.status);
  if (f.categoryId) add('w.category_id = ?', f.categoryId);
  if (f.chosen) where.push('w.result is not null');
  const { rows } = await sql.query<WorkRow & { countAll: number }>(
    `select ${WORK_COLUMNS}, ${COUNT_ALL} from ${WORK_FROM} where ${where.join(' and ')}
      order by k.position, w.id limit ${LIST_CAP.works}`,
    params,
  );
  return capped(rows);
}

/** The chosen works of a call, for its gallery: awards first, then by category. */
export async function listChosen(sql: Sql, callId: number) {
  const { rows } = await sql.query<WorkRow & { countAll: number }>(
    `select ${WORK_COLUMNS}, ${COUNT_ALL} from ${WORK_FROM} where w.call_id = $1 and w.result is not null
      order by array_position(array['first', 'second', 'third', 'merit', 'exhibit'], w.result), k.position, w.id
      limit ${LIST_CAP.chosen}`,
    [callId],
  );
  return capped(rows);
}

export async function worksOfPerson(sql: Sql, personId: number, callIds: number[]): Promise<WorkRow[]> {
  const { rows } = await sql.query<WorkRow>(
    `select ${WORK_COLUMNS} from ${WORK_FROM} where w.person_id = $1 and w.call_id = any($2::bigint[])
      order by w.id`,
    [personId, callIds],
  );
  return rows;
}

export interface NewWork {
  callId: number;
  categoryId: number;
  personId: number;
  orgId: number;
  authorName: string;
  title: string;
  body: string;
  submittedBy: number | null;
  submittedOn: string;
}

export async function insertWork(sql: Sql, w: NewWork): Promise<number> {
  return insertRow(
    sql,
    'call_works',
    'call_id, category_id, person_id, org_id, author_name, title, body, status, submitted_by, submitted_on',
    { ...w, status: 'submitted' },
  );
}

/** A returned work sent in again, fixed: back to the branch's review. */
export async function resubmitWork(sql: Sql, id: number, title: string, body: string | null) {
  await sql.query(
    `update call_works set title = $2, body = coalesce($3, body), status = 'submitted', reviewed_on = null,
            reviewed_at = null, reviewed_by = null
      where id = $1`,
    [id, title, body],
  );
}

export async function putFile(
  sql: Sql,
  f: { workId: number; orgId: number; fileName: string; mime: string; data: Buffer },
) {
  await sql.query(
    `insert into call_files (work_id, org_id, file_name, mime, data) values ($1, $2, $3, $4, $5)
     on conflict (work_id) do update set file_name = excluded.file_name, mime = excluded.mime, data = excluded.data`,
    [f.workId, f.orgId, f.fileName, f.mime, f.data],
  );
}

export async function findFile(sql: Sql, workId: number) {
  const { rows } = await sql.query<{ fileName: string; mime: string; data: Buffer }>(
    `select file_name as "fileName", mime, data from call_files where work_id = $1`,
    [workId],
  );
  // PGlite answers bytea as a Uint8Array
  return rows[0] && { ...rows[0], data: Buffer.from(rows[0].data) };
}

export async function reviewWork(
  sql: Sql,
  r: {
    id: number;
    status: 'passed' | 'returned';
    reason: string | null;
    day: string;
    at: Date;
    by: number | null;
  },
) {
  await sql.query(
    `update call_works set status = $2, return_reason = $3, reviewed_on = $4, reviewed_at = $5, reviewed_by = $6
      where id = $1`,
    [r.id, r.status, r.reason, r.day, r.at, r.by],
  );
}

export async function decideWork(
  sql: Sql,
  d: { id: number; result: WorkResult | null; score: number | null; day: string | null; at: Date | null },
) {
  await sql.query(
    `update call_works set result = $2, score = $3, result_on = $4, result_at = $5 where id = $1`,
    [d.id, d.result, d.score, d.day, d.at],
  );
}

/** Categories by id with their calls (statistics name the dims they count). */
export async function findCategories(sql: Sql, ids: number[]) {
  if (!ids.length) return [];
  const { rows } = await sql.query<{
    id: number;
    name: string;
    kind: WorkKind;
    callId: number;
    callTitle: string;
  }>(
    `select k.id, k.name, k.kind, c.id as "callId", c.title as "callTitle"
       from call_categories k join calls c on c.id = k.call_id where k.id = any($1::bigint[])
      order by c.opens_on desc, c.id desc, k.position`,
    [ids],
  );
  return rows;
}
