import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { type Lookup, spreadLookups } from '../../shared/lookups.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import { typedOptionalText } from '../../shared/text.ts';
import type { NormalRecord } from './records.input.ts';
import type { RecordFactRow, RecordRow, RecordSource } from './records.types.ts';
import type { RecordKind } from './records.vocabulary.ts';

export const RECORD_FACT_COLUMNS = `r.id, r.kind, r.occurred_on as "occurredOn", r.year, r.subject_key as "subjectKey",
  r.grade, r.occupation, r.number, r.level, r.rank, r.competition, r.course, r.organiser, r.fee_fen as "feeFen",
  r.result, r.patent_type as "patentType", r.patent_no as "patentNo", r.inventor_order as "inventorOrder", r.title`;

const RECORD_COLUMNS = `${RECORD_FACT_COLUMNS}, r.person_id as "personId", p.name as "personName",
  p.id_masked as "idMasked", r.issuer, r.source, r.org_id as "orgId", eo.name as "orgName", r.created_at as "createdAt"`;

const RECORD_FROM = `records r join persons p on p.id = r.person_id left join orgs eo on eo.id = r.org_id`;

/** Members' active union, for scope checks: records are seen through the person's current union. */
const SCOPE_JOIN = `join memberships m on m.person_id = r.person_id and m.status = 'active'
  join orgs o on o.id = m.org_id`;

/** A record's text columns, stored as typed (`typedOptionalText`). */
const NORMAL_TEXT = [
  'occupation',
  'issuer',
  'number',
  'rank',
  'competition',
  'course',
  'organiser',
  'title',
] as const;

export interface RecordInsert extends NormalRecord {
  personId: number;
  subjectKey: string;
  inventorOrder: number | null;
  source: RecordSource;
  orgId: number | null;
  createdBy: number | null;
  /** The fact another module wrote this record for (records.sourced.ts); null when typed or imported. */
  sourceRef?: string | null;
}

/** A record to insert: a RecordInsert whose subject key may be given beside it, and whose absent ids are null. */
export type RecordToInsert = Omit<RecordInsert, 'subjectKey' | 'inventorOrder' | 'orgId' | 'createdBy'> &
  Partial<Pick<RecordInsert, 'subjectKey' | 'inventorOrder' | 'orgId' | 'createdBy'>>;

/**
 * Inserts many records in one statement (arrays unnested), returning their ids in order. Their federation is
 * given here, as the row trigger would find it (the keeping union's, else the person's), at a fraction of its cost:
 * the person's looked up by index only for a record without a union (a join read and hashed every person, 40–80
 * ms a statement with 50,000 members on record, for the records without a union alone).
 * `subjectKeys` (one a row) stand for the rows' own, so that a caller holding them apart need not copy each record.
 */
export async function insertRecords(
  sql: Sql,
  rows: RecordToInsert[],
  subjectKeys: (string | undefined)[] = rows.map((r) => r.subjectKey),
): Promise<number[]> {
  if (!rows.length) return [];
  // Each column one array literal (shared/pg-array.ts), not an array the driver quotes value by value.
  const num = (k: 'personId' | 'grade' | 'levelRank' | 'feeFen' | 'inventorOrder' | 'orgId' | 'createdBy') =>
    numberArray(rows.map((r) => r[k] ?? null));
  const col = (
    k: 'kind' | 'occurredOn' | 'level' | 'patentType' | 'patentNo' | 'source' | 'result' | 'sourceRef',
  ) => textArray(rows.map((r) => r[k] ?? null));
  // Every write path stores text as typed (ADR 0013); the *_key columns (text_key) hold the comparison keys.
  const textCol = (k: (typeof NORMAL_TEXT)[number]) => textArray(rows.map((r) => typedOptionalText(r[k])));
  const { rows: out } = await sql.query<{ id: number }>(
    `insert into records (person_id, kind, occurred_on, year, subject_key, grade, occupation, issuer, number,
       level, level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order,
       title, source, org_id, created_by, result, source_ref, federation_id)
     select t.person_id, t.kind, t.occurred_on, extract(year from t.occurred_on)::int, t.subject_key, t.grade,
            t.occupation, t.issuer, t.number, t.level, t.level_rank, t.rank, t.competition, t.course, t.organiser,
            t.fee_fen, t.patent_type, t.patent_no, t.inventor_order, t.title, t.source, t.org_id, t.created_by,
            t.result, t.source_ref,
            coalesce(split_part(o.path, '/', 2)::bigint,
                     (select p.federation_id from persons p where p.id = t.person_id))
       from unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::smallint[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::smallint[], $11::text[], $12::text[], $13::text[], $14::text[],
                   $15::bigint[], $16::text[], $17::text[], $18::smallint[], $19::text[], $20::text[],
                   $21::bigint[], $22::bigint[], $23::text[], $24::text[])
         with ordinality as t(person_id, kind, occurred_on, subject_key, grade, occupation, issuer, number, level,
                              level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no,
                              inventor_order, title, source, org_id, created_by, result, source_ref, ord)
       left join orgs o on o.id = t.org_id
      order by t.ord
     returning id`,
    [
      num('personId'),
      col('kind'),
      col('occurredOn'),
      textArray(subjectKeys.map((k) => k ?? null)),
      num('grade'),
      textCol('occupation'),
      textCol('issuer'),
      textCol('number'),
      col('level'),
      num('levelRank'),
      textCol('rank'),
      textCol('competition'),
      textCol('course'),
      textCol('organiser'),
      num('feeFen'),
      col('patentType'),
      col('patentNo'),
      num('inventorOrder'),
      textCol('title'),
      col('source'),
      num('orgId'),
      num('createdBy'),
      col('result'),
      col('sourceRef'),
    ],
  );
  return out.map((r) => r.id);
}

/** Text columns that rules name values of (course, occupation …), for listing the values on record. */
export type RecordTextColumn = (typeof NORMAL_TEXT)[number];

/**
 * The distinct values one text column holds among records of `kind` of members of a subtree (seen through
 * their current union), at most `limit` of them: one per comparison key (text_key), in the spelling
 * most records use, so `（CAD）` and `(CAD)` are one value.
 */
export async function listRecordValues(
  sql: Sql,
  kind: RecordKind,
  column: RecordTextColumn,
  scope: Subtree,
  limit = 5000,
): Promise<string[]> {
  if (!NORMAL_TEXT.includes(column)) throw new Error(`not a record text column: ${column}`);
  const params: unknown[] = [kind, limit];
  const { rows } = await sql.query<{ v: string }>(
    `select distinct on (k) v from (
       select text_key(r.${column}) as k, r.${column} as v, count(*) as n from records r ${SCOPE_JOIN}
        where r.kind = $1 and r.${column} is not null and ${subtreeCondition(scope, 'o.path', params)}
        group by 1, 2) t
      order by k, n desc, v
      limit $2`,
    params,
  );
  return rows.map((r) => r.v);
}

/** Which of these subject keys of `kind` are already on record. */
export async function findExistingSubjects(sql: Sql, kind: RecordKind, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const { rows } = await sql.query<{ k: string }>(
    'select distinct subject_key as k from records where kind = $1 and subject_key = any($2::text[])',
    [kind, keys],
  );
  return new Set(rows.map((r) => r.k));
}

export async function findRecordById(
  sql: Sql,
  id: number,
): Promise<(RecordRow & { scopePath: string | null }) | undefined> {
  const { rows } = await sql.query<RecordRow & { scopePath: string | null }>(
    `select ${RECORD_COLUMNS}, o.path as "scopePath" from ${RECORD_FROM}
       left join memberships m on m.person_id = r.person_id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where r.id = $1`,
    [id],
  );
  return rows[0];
}

/** All rows of one subject (a patent's inventor rows), with each inventor's current union path. */
export async function findRowsOfSubject(
  sql: Sql,
  kind: RecordKind,
  subjectKey: string,
): Promise<{ id: number; personId: number; scopePath: string | null }[]> {
  const { rows } = await sql.query<{ id: number; personId: number; scopePath: string | null }>(
    `select r.id, r.person_id as "personId", o.path as "scopePath" from records r
       left join memberships m on m.person_id = r.person_id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where r.kind = $1 and r.subject_key = $2 order by r.inventor_order nulls first, r.id`,
    [kind, subjectKey],
  );
  return rows;
}

export async function deleteRecords(sql: Sql, ids: number[]): Promise<void> {
  await sql.query('delete from records where id = any($1::bigint[])', [ids]);
}

export interface RecordQuery {
  scope: Subtree;
  personId?: number;
  kind?: RecordKind;
  year?: number;
  page?: number;
  pageSize?: number;
}

/** A whole number within [min, max]; anything else (NaN, Infinity, fractions) becomes the default or the bound. */
function clampInt(v: number | undefined, dflt: number, min: number, max: number): number {
  if (v === undefined || !Number.isFinite(v)) return dflt;
  return Math.min(max, Math.max(min, Math.trunc(v)));
}

export async function listRecords(sql: Sql, q: RecordQuery): Promise<{ items: RecordRow[]; total: number }> {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.personId) add('r.person_id = ?', q.personId);
  if (q.kind) add('r.kind = ?', q.kind);
  if (q.year) add('r.year = ?', q.year);
  const filter = where.join(' and ');
  const pageSize = clampInt(q.pageSize, 20, 1, 200);
  const offset = (clampInt(q.page, 1, 1, 100000) - 1) * pageSize;
  const [items, total] = await Promise.all([
    sql.query<RecordRow>(
      `select ${RECORD_COLUMNS} from ${RECORD_FROM} ${SCOPE_JOIN} where ${filter}
        order by r.occurred_on desc, r.id desc limit ${pageSize} offset ${offset}`,
      params,
    ),
    sql.query<{ n: number }>(`select count(*) as n from records r ${SCOPE_JOIN} where ${filter}`, params),
  ]);
  return { items: items.rows, total: total.rows[0].n };
}

export async function listRecordsOfPerson(sql: Sql, personId: number): Promise<RecordRow[]> {
  const { rows } = await sql.query<RecordRow>(
    `select ${RECORD_COLUMNS} from ${RECORD_FROM} where r.person_id = $1 order by r.occurred_on desc, r.id desc`,
    [personId],
  );
  return rows;
}

/** A person's records as the eligibility rules see them. */
export async function listRecordFacts(sql: Sql, personId: number): Promise<RecordFactRow[]> {
  const { rows } = await sql.query<RecordFactRow>(
    `select ${RECORD_FACT_COLUMNS} from records r where r.person_id = $1 order by r.occurred_on, r.id`,
    [personId],
  );
  return rows;
}

export async function findRecordFactById(
  sql: Sql,
  id: number,
): Promise<(RecordFactRow & { personId: number }) | undefined> {
  const { rows } = await sql.query<RecordFactRow & { personId: number }>(
    `select ${RECORD_FACT_COLUMNS}, r.person_id as "personId" from records r where r.id = $1`,
    [id],
  );
  return rows[0];
}

/**
 * Persons by ID number with their active union (for imports, which name people by ID number): each number's look-ups
 * (`ids.lookups`, under every live key while a rotation runs), keyed by the first (current) hash.
 */
export async function findMembersByIdHash(
  sql: Sql,
  lookups: readonly Lookup[],
): Promise<Map<string, { id: number; name: string; orgId: number | null; orgPath: string | null }>> {
  const { hashes, keyOf } = spreadLookups(lookups);
  if (!hashes.length) return new Map();
  const { rows } = await sql.query<{
    hash: string;
    id: number;
    name: string;
    orgId: number | null;
    orgPath: string | null;
  }>(
    `select p.id_hash as hash, p.id, p.name, m.org_id as "orgId", o.path as "orgPath"
       from persons p
       left join memberships m on m.person_id = p.id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where p.id_hash = any($1::text[])`,
    [hashes],
  );
  return new Map(rows.map(({ hash, ...p }) => [keyOf(hash), p]));
}

/** A title a selection of the platform gave (its award record, written when the results became final). */
export interface SelectionAward {
  id: number;
  personId: number;
  title: string;
  issuer: string | null;
  year: number;
  level: string | null;
}

/** The selections' award records of these people (source 'selection'), for the model workers register. */
export async function selectionAwardsOfPersons(sql: Sql, personIds: number[]): Promise<SelectionAward[]> {
  if (!personIds.length) return [];
  const { rows } = await sql.query<SelectionAward>(
    `select r.id, r.person_id as "personId", coalesce(r.rank, r.title, '') as title, r.issuer,
            extract(year from r.occurred_on)::int as year, r.level
       from records r where r.person_id = any($1::bigint[]) and r.source = 'selection' and r.kind = 'award'
      order by r.occurred_on, r.id`,
    [personIds],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), personId: Number(r.personId) }));
}
