import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { NewEvent } from './hardship.events.repository.ts';
import type { ImportedFile, MemberInsert } from './hardship.repository.ts';

/**
 * SQL of the hardship register's import (issues 23, 42): the files, their households and their steps each in one
 * statement, with the federation each row belongs to given, so the tables' federation triggers find it set. Each
 * column goes as one array literal (shared/pg-array.ts), not an array the driver escapes value by value.
 */

/** Imported files in one statement; their ids in the order given. */
export async function insertFilesOfImport(
  sql: Sql,
  files: (ImportedFile & { federationId: number })[],
): Promise<number[]> {
  if (!files.length) return [];
  type F = ImportedFile & { federationId: number };
  const num = (k: { [K in keyof F]: F[K] extends number | null ? K : never }[keyof F]) =>
    numberArray(files.map((f) => f[k] as number | null));
  const txt = (k: { [K in keyof F]: F[K] extends string | null ? K : never }[keyof F]) =>
    textArray(files.map((f) => f[k] as string | null));
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
      num('orgId'),
      num('federationId'),
      num('personId'),
      txt('level'),
      textArray(files.map((f) => f.causes.join(','))),
      txt('status'),
      txt('address'),
      txt('note'),
      txt('verifiedOn'),
      txt('reviewedOn'),
      txt('expiresOn'),
      txt('spanFrom'),
      txt('closedOn'),
      txt('closeReason'),
      num('createdBy'),
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
  type M = (typeof members)[number];
  const num = (k: { [K in keyof M]: M[K] extends number | null ? K : never }[keyof M]) =>
    numberArray(members.map((m) => m[k] as number | null));
  const txt = (k: { [K in keyof M]: M[K] extends string | null ? K : never }[keyof M]) =>
    textArray(members.map((m) => m[k] as string | null));
  await sql.query(
    `insert into hardship_members (file_id, org_id, federation_id, name, relation, id_cipher, id_masked,
       yearly_income_fen, occupation, health)
     select * from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::bigint[], $9::text[], $10::text[])`,
    [
      num('fileId'),
      num('orgId'),
      num('federationId'),
      txt('name'),
      txt('relation'),
      txt('idCipher'),
      txt('idMasked'),
      num('yearlyIncomeFen'),
      txt('occupation'),
      txt('health'),
    ],
  );
}

/** The steps of imported files, in one statement, in the order given. */
export async function insertEventsOfImport(
  sql: Sql,
  events: (NewEvent & { federationId: number })[],
): Promise<void> {
  if (!events.length) return;
  type E = NewEvent & { federationId: number };
  const num = (k: 'fileId' | 'orgId' | 'federationId' | 'byUser') =>
    numberArray(events.map((e) => e[k] ?? null));
  const txt = (k: 'kind' | 'on' | 'byName' | 'level' | 'expiresOn' | 'note') =>
    textArray(events.map((e: E) => e[k] ?? null));
  await sql.query(
    `insert into hardship_events (file_id, org_id, federation_id, kind, on_date, by_user, by_name, level,
       expires_on, note, causes)
     select f, o, fe, k, d, u, n, l, x, t, string_to_array(c, ',')
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::bigint[], $7::text[],
                   $8::text[], $9::date[], $10::text[], $11::text[])
            with ordinality as e(f, o, fe, k, d, u, n, l, x, t, c, i)
      order by i`,
    [
      num('fileId'),
      num('orgId'),
      num('federationId'),
      txt('kind'),
      txt('on'),
      num('byUser'),
      txt('byName'),
      txt('level'),
      txt('expiresOn'),
      txt('note'),
      textArray(events.map((e) => (e.causes ? e.causes.join(',') : null))),
    ],
  );
}
