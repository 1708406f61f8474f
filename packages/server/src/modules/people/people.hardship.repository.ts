/** A person's hardship fields as their hardship file sets and releases them (module hardship, ADR 0023). */
import type { Sql } from '../../db/db.ts';
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
 * refused while the file holds. Answers the values before, for the caller's audit row.
 */
export async function setHardshipFromFile(sql: Sql, personId: number, s: FileHardship) {
  const { rows } = await sql.query<HardshipFields>(BEFORE, [personId]);
  await sql.query(
    `update persons set hardship_level = $2, hardship_from = $3, hardship_until = $4, hardship_file_id = $5,
       updated_at = now() where id = $1`,
    [personId, s.level, s.from, s.until, s.fileId],
  );
  return rows[0];
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
