import type { Sql } from '../../db/db.ts';
import { typedOptionalText } from '../../shared/text.ts';
import type { RecordInsert, RecordTextColumn } from './records.repository.ts';

/** The statements of records written from other modules' facts (records.sourced.ts). */

/** Where a patent's inventors are parked while their positions change (unique per patent, ≥ 1). */
const PARKED_ORDER = 10_000;

/** The records written before for these facts, by `source_ref`. */
export async function findRecordIdsBySourceRef(sql: Sql, sourceRefs: string[]) {
  const { rows } = await sql.query<{ id: number; ref: string }>(
    'select id, source_ref as ref from records where source_ref = any($1::text[])',
    [sourceRefs],
  );
  return rows;
}

export interface TypedRecord {
  id: number;
  kind: string;
  key: string;
  personId: number;
}

/** Patent records typed by hand (no `source_ref`) of these subject keys, oldest first. */
export async function listTypedPatentRecords(sql: Sql, subjectKeys: string[]): Promise<TypedRecord[]> {
  const { rows } = await sql.query<TypedRecord>(
    `select id, kind, subject_key as key, person_id as "personId" from records
      where kind = 'patent' and subject_key = any($1::text[]) and source_ref is null order by id`,
    [subjectKeys],
  );
  return rows;
}

/** Records other than patents typed by hand (no `source_ref`) of these kinds and subject keys, oldest first. */
export async function listTypedRecords(
  sql: Sql,
  kinds: string[],
  subjectKeys: string[],
): Promise<TypedRecord[]> {
  const { rows } = await sql.query<TypedRecord>(
    `select id, kind, subject_key as key, person_id as "personId" from records
      where kind <> 'patent' and kind = any($1::text[]) and subject_key = any($2::text[])
        and source_ref is null order by id`,
    [kinds, subjectKeys],
  );
  return rows;
}

/** Moves the records' inventor positions out of the way (kept unique per patent) before they are rewritten. */
export async function parkInventorOrders(sql: Sql, ids: number[]): Promise<void> {
  await sql.query(
    `update records set inventor_order = inventor_order + ${PARKED_ORDER} where id = any($1::bigint[])`,
    [ids],
  );
}

/** Rewrites each record `id` with these values in one statement; a null `orgId` keeps the record's union. */
export async function overwriteRecords(sql: Sql, rows: (RecordInsert & { id: number })[]): Promise<void> {
  const col = <T>(f: (r: RecordInsert & { id: number }) => T) => rows.map(f);
  const text = (k: RecordTextColumn) => col((r) => typedOptionalText(r[k]));
  await sql.query(
    `update records r set person_id = u.person_id, kind = u.kind, occurred_on = u.occurred_on,
       year = extract(year from u.occurred_on)::int, subject_key = u.subject_key, grade = u.grade,
       occupation = u.occupation, issuer = u.issuer, number = u.number, level = u.level, level_rank = u.level_rank,
       rank = u.rank, competition = u.competition, course = u.course, organiser = u.organiser, fee_fen = u.fee_fen,
       patent_type = u.patent_type, patent_no = u.patent_no, inventor_order = u.inventor_order, title = u.title,
       result = u.result, source = u.source, source_ref = u.source_ref, org_id = coalesce(u.org_id, r.org_id)
     from unnest($1::bigint[], $2::bigint[], $3::text[], $4::date[], $5::text[], $6::smallint[], $7::text[],
                 $8::text[], $9::text[], $10::text[], $11::smallint[], $12::text[], $13::text[], $14::text[],
                 $15::text[], $16::bigint[], $17::text[], $18::text[], $19::smallint[], $20::text[], $21::text[],
                 $22::text[], $23::text[], $24::bigint[])
       as u(id, person_id, kind, occurred_on, subject_key, grade, occupation, issuer, number, level, level_rank,
            rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order, title, result,
            source, source_ref, org_id)
    where r.id = u.id`,
    [
      col((r) => r.id),
      col((r) => r.personId),
      col((r) => r.kind),
      col((r) => r.occurredOn),
      col((r) => r.subjectKey),
      col((r) => r.grade),
      text('occupation'),
      text('issuer'),
      text('number'),
      col((r) => r.level),
      col((r) => r.levelRank),
      text('rank'),
      text('competition'),
      text('course'),
      text('organiser'),
      col((r) => r.feeFen),
      col((r) => r.patentType),
      col((r) => r.patentNo),
      col((r) => r.inventorOrder),
      text('title'),
      col((r) => r.result),
      col((r) => r.source),
      col((r) => r.sourceRef),
      col((r) => r.orgId),
    ],
  );
}

/** The patent records on file for these subject keys ('patent:<number>'), whoever wrote them. */
export async function findPatentRecords(sql: Sql, subjectKeys: string[]) {
  if (!subjectKeys.length) return [];
  const { rows } = await sql.query<{
    subjectKey: string;
    personId: number;
    personName: string;
    inventorOrder: number;
    sourceRef: string | null;
  }>(
    `select r.subject_key as "subjectKey", r.person_id as "personId", p.name as "personName",
            r.inventor_order as "inventorOrder", r.source_ref as "sourceRef"
       from records r join persons p on p.id = r.person_id
      where r.kind = 'patent' and r.subject_key = any($1::text[])`,
    [subjectKeys],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId) }));
}

/** Removes the records written for these facts (a prize withdrawn, a title revoked); returns how many. */
export async function deleteSourcedRecords(sql: Sql, sourceRefs: string[]): Promise<number> {
  if (!sourceRefs.length) return 0;
  const { rows } = await sql.query<{ id: number }>(
    'delete from records where source_ref = any($1::text[]) returning id',
    [sourceRefs],
  );
  return rows.length;
}
