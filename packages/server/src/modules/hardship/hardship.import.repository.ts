import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';

/**
 * SQL of the hardship register's import (issues 23, 42): the files, their households and their steps each in one
 * statement, with the federation each row belongs to given, so the tables' federation triggers find it set. The
 * rows come as columns (an array each, a row at each index), built in one pass over the plan; each column goes as
 * one array literal (shared/pg-array.ts), not an array the driver escapes value by value.
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
  verifiedOn: Texts;
  reviewedOn: Texts;
  expiresOn: Texts;
  spanFrom: Texts;
  closedOn: Texts;
  closeReason: Texts;
  createdBy: Nums;
}

/** The columns of the households of imported files. */
export interface MemberColumns {
  fileId: number[];
  orgId: number[];
  federationId: number[];
  name: string[];
  relation: string[];
  idCipher: Texts;
  idMasked: Texts;
  yearlyIncomeFen: number[];
  occupation: Texts;
  health: Texts;
}

/** The columns of the steps of imported files; `causes` a verification's or review's joined by commas. */
export interface EventColumns {
  fileId: number[];
  orgId: number[];
  federationId: number[];
  kind: string[];
  on: string[];
  byUser: Nums;
  byName: Texts;
  level: Texts;
  expiresOn: Texts;
  note: Texts;
  causes: Texts;
}

/** Imported files in one statement; their ids in the order given. */
export async function insertFilesOfImport(sql: Sql, f: FileColumns): Promise<number[]> {
  if (!f.orgId.length) return [];
  const { rows } = await sql.query<{ id: number }>(
    `insert into hardship_files (org_id, federation_id, person_id, level, causes, status, address, note, verified_on,
       reviewed_on, expires_on, span_from, closed_on, close_reason, created_by)
     select u.org_id, u.federation_id, u.person_id, u.level, string_to_array(u.causes, ','), u.status, u.address,
            u.note, u.verified_on, u.reviewed_on, u.expires_on, u.span_from, u.closed_on, u.close_reason,
            u.created_by
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::date[], $10::date[], $11::date[], $12::date[], $13::date[], $14::text[],
                   $15::bigint[])
            with ordinality as u(org_id, federation_id, person_id, level, causes, status, address, note,
                                 verified_on, reviewed_on, expires_on, span_from, closed_on, close_reason,
                                 created_by, ord)
      order by u.ord
     returning id`,
    [
      numberArray(f.orgId),
      numberArray(f.federationId),
      numberArray(f.personId),
      textArray(f.level),
      textArray(f.causes),
      textArray(f.status),
      textArray(f.address),
      textArray(f.note),
      textArray(f.verifiedOn),
      textArray(f.reviewedOn),
      textArray(f.expiresOn),
      textArray(f.spanFrom),
      textArray(f.closedOn),
      textArray(f.closeReason),
      numberArray(f.createdBy),
    ],
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** The households of imported files, in one statement. */
export async function insertMembersOfImport(sql: Sql, m: MemberColumns): Promise<void> {
  if (!m.fileId.length) return;
  await sql.query(
    `insert into hardship_members (file_id, org_id, federation_id, name, relation, id_cipher, id_masked,
       yearly_income_fen, occupation, health)
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::bigint[], $9::text[], $10::text[])`,
    [
      numberArray(m.fileId),
      numberArray(m.orgId),
      numberArray(m.federationId),
      textArray(m.name),
      textArray(m.relation),
      textArray(m.idCipher),
      textArray(m.idMasked),
      numberArray(m.yearlyIncomeFen),
      textArray(m.occupation),
      textArray(m.health),
    ],
  );
}

/** The steps of imported files, in one statement, in the order given. */
export async function insertEventsOfImport(sql: Sql, e: EventColumns): Promise<void> {
  if (!e.fileId.length) return;
  await sql.query(
    `insert into hardship_events (file_id, org_id, federation_id, kind, on_date, by_user, by_name, level,
       expires_on, note, causes)
     select f, o, fe, k, d, u, n, l, x, t, string_to_array(c, ',')
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::bigint[], $7::text[],
                   $8::text[], $9::date[], $10::text[], $11::text[])
            with ordinality as e(f, o, fe, k, d, u, n, l, x, t, c, i)
      order by i`,
    [
      numberArray(e.fileId),
      numberArray(e.orgId),
      numberArray(e.federationId),
      textArray(e.kind),
      textArray(e.on),
      numberArray(e.byUser),
      textArray(e.byName),
      textArray(e.level),
      textArray(e.expiresOn),
      textArray(e.note),
      textArray(e.causes),
    ],
  );
}
