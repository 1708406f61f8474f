/** A person's hardship fields as their hardship file sets and releases them (module hardship, ADR 0023). */
import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { HardshipLevel, PersonAttributes } from './people.types.ts';

type HardshipFields = Pick<PersonAttributes, 'hardshipLevel' | 'hardshipFrom' | 'hardshipUntil'>;

/** A person's hardship status as their hardship file sets it (module hardship, ADR 0023). */
export interface FileHardship {
  fileId: number;
  level: HardshipLevel;
  from: string;
  until: string;
}

const BEFORE = `select hardship_level as "hardshipLevel", to_char(hardship_from, 'YYYY-MM-DD') as "hardshipFrom",
  to_char(hardship_until, 'YYYY-MM-DD') as "hardshipUntil" from persons where id = $1 for update`;

/**
 * Writes the person's hardship level, from and until from their verified (or reviewed) hardship file, in the
 * caller's transaction. The file takes over: a hand-typed level is replaced and further hand edits are
 * refused while the file holds. Answers the values before and after, for the caller's audit row.
 */
export async function setHardshipFromFile(
  sql: Sql,
  personId: number,
  s: FileHardship,
): Promise<{ before: HardshipFields; after: HardshipFields }> {
  const { rows } = await sql.query<HardshipFields>(BEFORE, [personId]);
  await sql.query(
    `update persons set hardship_level = $2, hardship_from = $3, hardship_until = $4, hardship_file_id = $5,
       updated_at = now() where id = $1`,
    [personId, s.level, s.from, s.until, s.fileId],
  );
  return { before: rows[0], after: { hardshipLevel: s.level, hardshipFrom: s.from, hardshipUntil: s.until } };
}

/**
 * The file is closed: the person's hardship status ends on `until` (kept, so rules looking at past dates still
 * see it) and the level may be edited by hand again. Nothing changes when another file holds the person.
 */
export async function releaseHardshipFile(sql: Sql, personId: number, fileId: number, until: string) {
  const { rows } = await sql.query<HardshipFields>(BEFORE, [personId]);
  await sql.query(
    `update persons set hardship_until = least(coalesce(hardship_until, $3::date), $3::date),
       hardship_file_id = null, updated_at = now()
      where id = $1 and hardship_file_id = $2`,
    [personId, fileId, until],
  );
  return rows[0];
}

/**
 * `setHardshipFromFile` for many persons in one statement (a register's import), each named once. Answers the
 * values before of each person written, by person id; with `replacedOnly`, only of those who had a level before
 * (the hand-typed levels a file replaced, all a register's audit keeps), so the others' rows are not sent back.
 */
export async function setHardshipFromFiles(
  sql: Sql,
  rows: (FileHardship & { personId: number })[],
  { replacedOnly = false }: { replacedOnly?: boolean } = {},
): Promise<Map<number, HardshipFields>> {
  if (!rows.length) return new Map();
  const { rows: before } = await sql.query<HardshipFields & { id: number }>(
    `with written as (
       update persons p set hardship_level = s.level, hardship_from = s.f, hardship_until = s.u,
         hardship_file_id = s.file_id, updated_at = now()
         from (select s.*, o.hardship_level as was_level, o.hardship_from as was_from, o.hardship_until as was_until
                 from unnest($1::bigint[], $2::text[], $3::date[], $4::date[], $5::bigint[])
                      as s(id, level, f, u, file_id)
                 join persons o on o.id = s.id) s
        where p.id = s.id
        returning p.id, s.was_level, s.was_from, s.was_until)
     select id, was_level as "hardshipLevel", to_char(was_from, 'YYYY-MM-DD') as "hardshipFrom",
            to_char(was_until, 'YYYY-MM-DD') as "hardshipUntil"
       from written where not $6::boolean or was_level is not null`,
    // each column one array literal (shared/pg-array.ts), not an array the driver escapes value by value
    [
      numberArray(rows.map((r) => r.personId)),
      textArray(rows.map((r) => r.level)),
      textArray(rows.map((r) => r.from)),
      textArray(rows.map((r) => r.until)),
      numberArray(rows.map((r) => r.fileId)),
      replacedOnly,
    ],
  );
  return new Map(before.map(({ id, ...b }) => [Number(id), b]));
}
