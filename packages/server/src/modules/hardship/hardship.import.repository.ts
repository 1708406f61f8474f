import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';

/**
 * SQL of the hardship register's import (issues 23, 42): the files, their households and their steps in one
 * statement, with the federation each row belongs to given, so the tables' federation triggers find it set. The
 * files and households come as columns (an array each, a row at each index), built in one pass over the plan; each
 * column goes as one array literal (shared/pg-array.ts). The steps are not sent: PostgreSQL makes them from the
 * files' days (ADR 118), as the register gives them.
 */

type Nums = (number | null)[];
type Texts = (string | null)[];

/** The columns of imported files; `causes` each file's causes joined by commas. */
export interface FileColumns {
  orgId: number[];
  federationId: number[];
  personId: number[];
  level: string[];
  causes: string[];
  status: string[];
  address: Texts;
  note: Texts;
  createdOn: string[];
  verifiedOn: Texts;
  reviewedOn: Texts;
  expiresOn: Texts;
  spanFrom: Texts;
  closedOn: Texts;
  closeReason: Texts;
  createdBy: Nums;
}

/** The columns of the households of imported files; `file` the member's file's place (1-based) in the files. */
export interface MemberColumns {
  file: number[];
  name: string[];
  relation: string[];
  idCipher: Texts;
  idMasked: Texts;
  yearlyIncomeFen: number[];
  occupation: Texts;
  health: Texts;
}

/** Who the steps are recorded as taken by. */
export interface StepsBy {
  userId: number | null;
  name: string | null;
}

/**
 * Imported files, their households and steps, in one statement; the files' ids in the order given. A file's ids
 * are drawn from its identity's sequence in the files' order, so a member names its file by place. The steps of a
 * file, in this order: established, verified (the expiry it set unless a review followed), reviewed (the file's
 * expiry), closed (its reason); a verification and a review with the file's level and causes. The sequence is
 * named once (a sub-select): `pg_get_serial_sequence` is not constant, so called in the row it looked the sequence
 * up in the catalogue for every file (~17 µs each, 85 ms for 5,000 files on a quiet server).
 */
export async function insertImportedFiles(
  sql: Sql,
  f: FileColumns,
  m: MemberColumns,
  by: StepsBy,
): Promise<number[]> {
  if (!f.orgId.length) return [];
  const { rows } = await sql.query<{ id: number }>(
    `with u as (
       select nextval((select pg_get_serial_sequence('hardship_files', 'id')::regclass)) as id, x.*
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::date[], $10::date[], $11::date[], $12::date[], $13::date[], $14::date[],
                     $15::text[], $16::bigint[])
              with ordinality as x(org_id, federation_id, person_id, level, causes, status, address, note,
                                   created_on, verified_on, reviewed_on, expires_on, span_from, closed_on,
                                   close_reason, created_by, ord)
        order by x.ord),
     files as (
       insert into hardship_files (id, org_id, federation_id, person_id, level, causes, status, address, note,
         verified_on, reviewed_on, expires_on, span_from, closed_on, close_reason, created_by)
       overriding system value
       select u.id, u.org_id, u.federation_id, u.person_id, u.level, string_to_array(u.causes, ','), u.status,
              u.address, u.note, u.verified_on, u.reviewed_on, u.expires_on, u.span_from, u.closed_on,
              u.close_reason, u.created_by
         from u order by u.ord),
     members as (
       insert into hardship_members (file_id, org_id, federation_id, name, relation, id_cipher, id_masked,
         yearly_income_fen, occupation, health)
       select u.id, u.org_id, u.federation_id, m.name, m.relation, m.id_cipher, m.id_masked, m.income,
              m.occupation, m.health
         from unnest($17::int[], $18::text[], $19::text[], $20::text[], $21::text[], $22::bigint[], $23::text[],
                     $24::text[])
              with ordinality as m(file, name, relation, id_cipher, id_masked, income, occupation, health, ord)
         join u on u.ord = m.file
        order by m.ord),
     steps as (
       insert into hardship_events (file_id, org_id, federation_id, kind, on_date, by_user, by_name, level,
         expires_on, note, causes)
       select u.id, u.org_id, u.federation_id, s.kind, s.on_date, $25::bigint, $26::text, s.level, s.expires_on,
              s.note, string_to_array(s.causes, ',')
         from u cross join lateral (values
                (1, 'create', u.created_on, null, null::date, null, null),
                (2, 'verify', u.verified_on, u.level, case when u.reviewed_on is null then u.expires_on end,
                 null, u.causes),
                (3, 'review', u.reviewed_on, u.level, u.expires_on, null, u.causes),
                (4, 'close', u.closed_on, null, null, u.close_reason, null)
              ) as s(n, kind, on_date, level, expires_on, note, causes)
        where s.on_date is not null
        order by u.ord, s.n)
     select id from u order by ord`,
    [
      numberArray(f.orgId),
      numberArray(f.federationId),
      numberArray(f.personId),
      textArray(f.level),
      textArray(f.causes),
      textArray(f.status),
      textArray(f.address),
      textArray(f.note),
      textArray(f.createdOn),
      textArray(f.verifiedOn),
      textArray(f.reviewedOn),
      textArray(f.expiresOn),
      textArray(f.spanFrom),
      textArray(f.closedOn),
      textArray(f.closeReason),
      numberArray(f.createdBy),
      numberArray(m.file),
      textArray(m.name),
      textArray(m.relation),
      textArray(m.idCipher),
      textArray(m.idMasked),
      numberArray(m.yearlyIncomeFen),
      textArray(m.occupation),
      textArray(m.health),
      by.userId,
      by.name,
    ],
  );
  return rows.map((r) => Number(r.id));
}

/** A file on record as a register's household compares with it: its own fields and its household. */
export interface HeldFile {
  level: string;
  causes: string[];
  address: string | null;
  note: string | null;
  verifiedOn: string | null;
  reviewedOn: string | null;
  expiresOn: string | null;
  closedOn: string | null;
  closeReason: string | null;
  members: {
    name: string;
    relation: string;
    idCipher: string | null;
    yearlyIncomeFen: number;
    occupation: string | null;
    health: string | null;
  }[];
}

/** The files these workers have on record, by `personId|day established` (the day of their 'create' step). */
export async function findFilesHeld(sql: Sql, personIds: number[]): Promise<Map<string, HeldFile>> {
  const held = new Map<string, HeldFile>();
  if (!personIds.length) return held;
  const { rows } = await sql.query<Omit<HeldFile, 'members'> & { id: number; key: string }>(
    `select f.id, f.person_id || '|' || to_char(e.on_date, 'YYYY-MM-DD') as key, f.level, f.causes, f.address,
            f.note, f.verified_on::text as "verifiedOn", f.reviewed_on::text as "reviewedOn",
            f.expires_on::text as "expiresOn", f.closed_on::text as "closedOn", f.close_reason as "closeReason"
       from hardship_files f join hardship_events e on e.file_id = f.id and e.kind = 'create'
      where f.person_id = any($1::bigint[])`,
    [numberArray(personIds)],
  );
  const byId = new Map<number, HeldFile>();
  for (const { id, key, ...f } of rows) {
    const file = { ...f, members: [] };
    held.set(key, file);
    byId.set(Number(id), file);
  }
  if (!byId.size) return held;
  const { rows: members } = await sql.query<HeldFile['members'][number] & { fileId: number }>(
    `select file_id as "fileId", name, relation, id_cipher as "idCipher", yearly_income_fen as "yearlyIncomeFen",
            occupation, health
       from hardship_members where file_id = any($1::bigint[]) order by id`,
    [numberArray([...byId.keys()])],
  );
  for (const { fileId, ...m } of members)
    byId.get(Number(fileId))?.members.push({ ...m, yearlyIncomeFen: Number(m.yearlyIncomeFen) });
  return held;
}
