import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { escapeLike } from '../../shared/like.ts';
import { type Lookup, spreadLookups } from '../../shared/lookups.ts';
import { readPage } from '../../shared/paged.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { CaseStatus, Category, EventKind } from './cases.types.ts';
import type { Channel } from './cases.vocabulary.ts';

export interface CaseRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  filedOrgId: number;
  filedOrgName: string;
  filedOrgPath: string;
  channel: Channel;
  category: Category;
  /** The category's names as the federation calls it now. */
  categoryName: { zh: string; en: string };
  description: string;
  anonymous: boolean;
  personId: number | null;
  personName: string | null;
  personPhone: string | null;
  status: CaseStatus;
  handlerUserId: number | null;
  handlerName: string | null;
  filedOn: string;
  filedAt: string;
  ackDue: string;
  answerDue: string;
  acceptedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  overdue: boolean;
  onTime: boolean | null;
  rating: number | null;
  ratingComment: string | null;
  reopened: boolean;
  receivedTime: string | null;
  countedFrom: string;
  /** The day it was entered on the platform (录入日期). */
  enteredOn: string;
}

const COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  c.filed_org_id as "filedOrgId", fo.name as "filedOrgName", fo.path as "filedOrgPath", c.channel, c.category,
  json_build_object('zh', k.name_zh, 'en', k.name_en) as "categoryName", c.description, c.anonymous, c.person_id as "personId", p.name as "personName", p.phone as "personPhone",
  c.status, c.handler_user_id as "handlerUserId", h.display_name as "handlerName", c.filed_on as "filedOn",
  c.filed_at as "filedAt", c.ack_due as "ackDue", c.answer_due as "answerDue", c.accepted_on as "acceptedOn",
  c.answered_on as "answeredOn", c.closed_on as "closedOn", c.overdue, c.on_time as "onTime", c.rating,
  c.rating_comment as "ratingComment", c.reopened, c.received_time as "receivedTime",
  c.counted_from as "countedFrom", c.entered_on as "enteredOn"`;
const FROM = `cases c join orgs o on o.id = c.org_id join orgs fo on fo.id = c.filed_org_id
  join case_categories k on k.code = c.category left join persons p on p.id = c.person_id left join users h on h.id = c.handler_user_id`;

export interface NewCase {
  orgId: number;
  channel: Channel;
  category: Category;
  description: string;
  anonymous: boolean;
  personId: number | null;
  ownerHash: string | null;
  filedOn: string;
  ackDue: string;
  answerDue: string;
  enteredBy: number | null;
  /** The real day the deadlines were set (ADR 40). */
  dueSetOn: string;
  receivedTime: string | null;
  countedFrom: string;
}

export async function insertCase(sql: Sql, c: NewCase, filedAt?: string): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into cases (org_id, filed_org_id, channel, category, description, anonymous, person_id, owner_hash,
       filed_on, ack_due, answer_due, entered_by, filed_at, due_set_on, received_time, counted_from, entered_on)
     values ($1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::timestamptz, now()), $13, $14, $15, $13)
     returning id`,
    [
      c.orgId,
      c.channel,
      c.category,
      c.description,
      c.anonymous,
      c.personId,
      c.ownerHash,
      c.filedOn,
      c.ackDue,
      c.answerDue,
      c.enteredBy,
      filedAt ?? null,
      c.dueSetOn,
      c.receivedTime,
      c.countedFrom,
    ],
  );
  return rows[0].id;
}

const caseRows = selectFrom<CaseRow>(`${COLUMNS} from ${FROM}`);

/** One request; `forUpdate` locks its row for the rest of the transaction (one decision at a time). */
export async function findCase(sql: Sql, id: number, forUpdate = false): Promise<CaseRow | undefined> {
  if (forUpdate) await sql.query('select id from cases where id = $1 for update', [id]);
  return caseRows.one(sql, 'c.id = $1', [id]);
}

export async function updateCase(sql: Sql, id: number, set: Record<string, unknown>): Promise<void> {
  const cols = Object.keys(set);
  await sql.query(`update cases set ${cols.map((k, i) => `${k} = $${i + 2}`).join(', ')} where id = $1`, [
    id,
    ...cols.map((k) => set[k]),
  ]);
}

export interface CaseFilter {
  scope: Subtree;
  status?: CaseStatus | 'open';
  channel?: Channel;
  category?: Category;
  overdue?: boolean;
  /** Only the requests this union handles now (its own, not those of the unions below it). */
  handledBy?: number;
  q?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/**
 * The requests a union subtree reaches: those handled in it now or filed with one of its unions (a request
 * escalated upwards stays in the list of the union it was filed with).
 */
export async function listCases(sql: Sql, f: CaseFilter) {
  const params: unknown[] = [];
  const { where, add } = conditions(
    params,
    `(${subtreeCondition(f.scope, 'o.path', params)} or fo.path like $${params.length})`,
  );
  if (f.status === 'open') where.push(`c.status <> 'closed'`);
  else if (f.status) add('c.status = ?', f.status);
  if (f.channel) add('c.channel = ?', f.channel);
  if (f.category) add('c.category = ?', f.category);
  if (f.overdue !== undefined) add('c.overdue = ?', f.overdue);
  if (f.handledBy !== undefined) add('c.org_id = ?', f.handledBy);
  if (f.q) add(`c.description like ?`, `%${escapeLike(f.q)}%`);
  if (f.from) add('c.filed_on >= ?', f.from);
  if (f.to) add('c.filed_on <= ?', f.to);
  const { items, total } = await readPage<CaseRow>(
    sql,
    { columns: COLUMNS, from: FROM, where, params, orderBy: 'c.filed_at desc, c.id desc' },
    f,
  );
  return { items, total, page: f.page, pageSize: f.pageSize };
}

/** The most of a worker's own requests their list holds; it says how many there are in all. */
export const OWN_CASES_CAP = 200;

/** The worker's own requests, found by the keyed owner hash (anonymous ones included). */
export async function listOwnCases(sql: Sql, ownerHashes: string[]) {
  const { rows } = await sql.query<CaseRow & { countAll: number }>(
    `select ${COLUMNS}, ${COUNT_ALL} from ${FROM} where c.owner_hash = any($1::text[])
      order by c.filed_at desc, c.id desc limit ${OWN_CASES_CAP}`,
    [ownerHashes],
  );
  return capped(rows);
}

/** A case of the worker whose owner hashes (one per live key, `ids.lookups`) are given. */
export async function findOwnCase(sql: Sql, id: number, ownerHashes: string[], forUpdate = false) {
  const c = await findCase(sql, id, forUpdate);
  if (!c) return undefined;
  const { rows } = await sql.query<{ ok: boolean }>(
    'select owner_hash = any($2::text[]) as ok from cases where id = $1',
    [id, ownerHashes],
  );
  return rows[0]?.ok ? c : undefined;
}

/** The union a worker belongs to now (their active membership), or null. */
export async function memberUnionOf(sql: Sql, personId: number): Promise<number | null> {
  const { rows } = await sql.query<{ orgId: number }>(
    `select org_id as "orgId" from memberships where person_id = $1 and status = 'active'`,
    [personId],
  );
  return rows[0]?.orgId ?? null;
}

/** memberUnionOf for many workers in one read (a register's rows): each worker's union by person id. */
export async function memberUnionsOf(sql: Sql, personIds: number[]): Promise<Map<number, number>> {
  if (!personIds.length) return new Map();
  const { rows } = await sql.query<{ personId: number; orgId: number }>(
    `select distinct on (person_id) person_id as "personId", org_id as "orgId"
       from memberships where person_id = any($1::bigint[]) and status = 'active' order by person_id`,
    [personIds],
  );
  return new Map(rows.map((r) => [Number(r.personId), Number(r.orgId)]));
}

/**
 * Persons by the look-up hashes of their ID numbers (`ids.lookups`: under every live key while a rotation runs), with
 * the union of their active membership (for an import's rows); keyed by each look-up's first (current) hash.
 */
export async function personIdsByHash(
  sql: Sql,
  lookups: readonly Lookup[],
): Promise<Map<string, { id: number; orgPath: string | null }>> {
  const { hashes, keyOf } = spreadLookups(lookups);
  if (!hashes.length) return new Map();
  const { rows } = await sql.query<{ hash: string; id: number; orgPath: string | null }>(
    `select p.id_hash as hash, p.id, o.path as "orgPath"
       from persons p left join memberships m on m.person_id = p.id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where p.id_hash = any($1::text[])`,
    [hashes],
  );
  return new Map(rows.map((r) => [keyOf(r.hash), { id: r.id, orgPath: r.orgPath }]));
}

/**
 * The requests of the subtree `path` open and overdue on `day`, from their recorded steps, counted at the union
 * each was filed with: open when it came in by then and was not closed by then; overdue when, open and not
 * answered by then, its answer deadline had passed, or its acceptance deadline passed before it was accepted.
 */
export async function casesOnDay(sql: Sql, path: string, day: string) {
  const params: unknown[] = [day];
  const { rows } = await sql.query<{
    subject: string;
    orgId: number;
    dim: string;
    dim2: string;
    month: string;
    n: number;
    fen: number;
  }>(
    `with open as (
       select c.* from cases c join orgs o on o.id = c.filed_org_id
        where ${subtreeCondition({ path }, 'o.path', params)}
          and c.filed_on <= $1::date and (c.closed_on is null or c.closed_on > $1::date)
     )
     select 'cases.open' as subject, filed_org_id as "orgId", '' as dim, '' as dim2, $1::text as month,
            count(*)::int as n, 0 as fen
       from open group by 2
     union all
     select 'cases.overdue', filed_org_id, '', '', $1::text, count(*)::int, 0 from open
      where (answered_on is null or answered_on > $1::date)
        and (answer_due < $1::date
             or (ack_due < $1::date and (accepted_on is null or accepted_on > ack_due)))
      group by 2`,
    params,
  );
  return rows;
}

/** A request brought in from a register, with its steps' days already decided. */
export interface ImportedCase extends NewCase {
  status: CaseStatus;
  filedAt: string;
  acceptedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
  onTime: boolean | null;
  /** The day it was first overdue, when it still is (answered or closed later takes it out of the count). */
  overdueOn: string | null;
}

/**
 * Inserts imported requests in one statement; answers their ids in the order given (identities are drawn in the
 * order of the rows, which the ordinality fixes).
 */
export async function insertImportedCases(sql: Sql, rows: ImportedCase[]): Promise<number[]> {
  if (!rows.length) return [];
  // Each column one array literal (shared/pg-array.ts), not an array the driver escapes value by value.
  const nums = (f: (r: ImportedCase) => number | null) => numberArray(rows.map(f));
  const texts = (f: (r: ImportedCase) => string | null) => textArray(rows.map(f));
  const bools = (f: (r: ImportedCase) => boolean | null) =>
    textArray(
      rows.map((r) => {
        const b = f(r);
        return b === null ? null : String(b);
      }),
    );
  const { rows: out } = await sql.query<{ id: number }>(
    `insert into cases (org_id, filed_org_id, channel, category, description, anonymous, person_id, owner_hash, status,
       filed_on, filed_at, ack_due, answer_due, accepted_on, answered_on, closed_on, on_time, entered_by, due_set_on,
       received_time, counted_from, federation_id, entered_on, overdue, overdue_on)
     select u.org_id, u.org_id, u.channel, u.category, u.description, u.anonymous, u.person_id, u.owner_hash, u.status,
            u.filed_on, u.filed_at, u.ack_due, u.answer_due, u.accepted_on, u.answered_on, u.closed_on, u.on_time,
            u.entered_by, u.due_set_on, u.received_time, u.counted_from, split_part(o.path, '/', 2)::bigint,
            u.due_set_on, u.overdue_on is not null, u.overdue_on
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bool[], $6::bigint[], $7::text[], $8::text[],
                   $9::date[], $10::timestamptz[], $11::date[], $12::date[], $13::date[], $14::date[], $15::date[],
                   $16::bool[], $17::bigint[], $18::date[], $19::text[], $20::date[], $21::date[])
            with ordinality as u(org_id, channel, category, description, anonymous, person_id, owner_hash, status,
                                 filed_on, filed_at, ack_due, answer_due, accepted_on, answered_on, closed_on, on_time,
                                 entered_by, due_set_on, received_time, counted_from, overdue_on, ord)
       join orgs o on o.id = u.org_id
      order by u.ord
     returning id`,
    [
      nums((r) => r.orgId),
      texts((r) => r.channel),
      texts((r) => r.category),
      texts((r) => r.description),
      bools((r) => r.anonymous),
      nums((r) => r.personId),
      texts((r) => r.ownerHash),
      texts((r) => r.status),
      texts((r) => r.filedOn),
      texts((r) => r.filedAt),
      texts((r) => r.ackDue),
      texts((r) => r.answerDue),
      texts((r) => r.acceptedOn),
      texts((r) => r.answeredOn),
      texts((r) => r.closedOn),
      bools((r) => r.onTime),
      nums((r) => r.enteredBy),
      texts((r) => r.dueSetOn),
      texts((r) => r.receivedTime),
      texts((r) => r.countedFrom),
      texts((r) => r.overdueOn),
    ],
  );
  return out.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** Timeline events of imported requests, in one statement. */
export async function insertCaseEvents(
  sql: Sql,
  events: {
    caseId: number;
    orgId: number;
    kind: EventKind;
    actorUserId: number | null;
    body: string | null;
    at: string;
  }[],
): Promise<void> {
  if (!events.length) return;
  await sql.query(
    `insert into case_events (case_id, org_id, kind, actor_user_id, body, visible, at, federation_id)
     select u.c, u.o, u.k, u.a, u.b, true, u.t, split_part(g.path, '/', 2)::bigint
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[], $5::text[], $6::timestamptz[])
            as u(c, o, k, a, b, t)
       join orgs g on g.id = u.o`,
    [
      events.map((e) => e.caseId),
      events.map((e) => e.orgId),
      events.map((e) => e.kind),
      events.map((e) => e.actorUserId),
      events.map((e) => e.body),
      events.map((e) => e.at),
    ],
  );
}

/** The requests filed by these persons (never the anonymous ones), oldest first. */
/** A request of a person, as a hardship file's history lists it: the category's code and its names. */
export interface CaseOfPerson {
  id: number;
  personId: number;
  filedOn: string;
  channel: string;
  category: string;
  categoryName: { zh: string; en: string };
  status: string;
}

export async function listCasesOfPersons(sql: Sql, personIds: number[]): Promise<CaseOfPerson[]> {
  const { rows } = await sql.query<CaseOfPerson>(
    `select c.id, c.person_id as "personId", c.filed_on as "filedOn", c.channel, c.category,
            json_build_object('zh', k.name_zh, 'en', k.name_en) as "categoryName", c.status
       from cases c join case_categories k on k.code = c.category
      where c.person_id = any($1::bigint[]) and not c.anonymous order by c.filed_on, c.id`,
    [personIds],
  );
  return rows;
}

/** The staff accounts of a union (those who may handle its requests and are told about them). */
export async function unionStaff(sql: Sql, orgId: number): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `select distinct u.id, u.display_name as name from role_assignments r join users u on u.id = r.user_id
      where r.org_id = $1 and r.role in ('manager', 'staff') order by u.id`,
    [orgId],
  );
  return rows;
}
