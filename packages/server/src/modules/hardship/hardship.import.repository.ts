import type { Sql } from '../../db/db.ts';
import type { NewEvent } from './hardship.events.repository.ts';
import type { ImportedFile, MemberInsert } from './hardship.repository.ts';

/**
 * SQL of the hardship register's import (issues 23, 42): the files, their households and their steps each in one
 * statement, with the federation each row belongs to given, so the tables' federation triggers find it set.
 */

/** Imported files in one statement; their ids in the order given. */
export async function insertFilesOfImport(
  sql: Sql,
  files: (ImportedFile & { federationId: number })[],
): Promise<number[]> {
  if (!files.length) return [];
  const col = <K extends keyof ImportedFile | 'federationId'>(k: K) => files.map((f) => f[k]);
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
      col('orgId'),
      col('federationId'),
      col('personId'),
      col('level'),
      files.map((f) => f.causes.join(',')),
      col('status'),
      col('address'),
      col('note'),
      col('verifiedOn'),
      col('reviewedOn'),
      col('expiresOn'),
      col('spanFrom'),
      col('closedOn'),
      col('closeReason'),
      col('createdBy'),
    ],
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** The households of imported files, in one statement. */
export async function insertMembersOfImport(
  sql: Sql,
  members: (MemberInsert & { fileId: number; orgId: number; federationId: number })[],
): Promise<void> {
  if (!members.length) return;
  const col = <K extends keyof (typeof members)[number]>(k: K) => members.map((m) => m[k]);
  await sql.query(
    `insert into hardship_members (file_id, org_id, federation_id, name, relation, id_cipher, id_masked,
       yearly_income_fen, occupation, health)
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::bigint[], $9::text[], $10::text[])`,
    [
      col('fileId'),
      col('orgId'),
      col('federationId'),
      col('name'),
      col('relation'),
      col('idCipher'),
      col('idMasked'),
      col('yearlyIncomeFen'),
      col('occupation'),
      col('health'),
    ],
  );
}

/** The steps of imported files, in one statement, in the order given. */
export async function insertEventsOfImport(
  sql: Sql,
  events: (NewEvent & { federationId: number })[],
): Promise<void> {
  if (!events.length) return;
  const col = <K extends keyof NewEvent | 'federationId'>(k: K) => events.map((e) => e[k] ?? null);
  await sql.query(
    `insert into hardship_events (file_id, org_id, federation_id, kind, on_date, by_user, by_name, level,
       expires_on, note, causes)
     select f, o, fe, k, d, u, n, l, x, t, string_to_array(c, ',')
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::bigint[], $7::text[],
                   $8::text[], $9::date[], $10::text[], $11::text[])
            with ordinality as e(f, o, fe, k, d, u, n, l, x, t, c, i)
      order by i`,
    [
      col('fileId'),
      col('orgId'),
      col('federationId'),
      col('kind'),
      col('on'),
      col('byUser'),
      col('byName'),
      col('level'),
      col('expiresOn'),
      col('note'),
      events.map((e) => (e.causes ? e.causes.join(',') : null)),
    ],
  );
}
