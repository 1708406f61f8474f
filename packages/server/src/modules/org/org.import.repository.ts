import type { Sql } from '../../db/db.ts';

/** SQL of the union tree sheet's import (issue 42): what checking its rows reads, once for the whole sheet. */

/** Which of `names` are already the name of a child of one of `parentIds`: `<parent id>|<name>`. */
export async function findChildNamesTaken(
  sql: Sql,
  parentIds: number[],
  names: string[],
): Promise<Set<string>> {
  if (!parentIds.length || !names.length) return new Set();
  const { rows } = await sql.query<{ key: string }>(
    `select parent_id || '|' || name as key from orgs
      where parent_id = any($1::bigint[]) and name = any($2::text[])`,
    [parentIds, names],
  );
  return new Set(rows.map((r) => r.key));
}

/** Which of `names` are already the name of a top union (one without a parent). */
export async function findRootNamesTaken(sql: Sql, names: string[]): Promise<Set<string>> {
  if (!names.length) return new Set();
  const { rows } = await sql.query<{ name: string }>(
    `select name from orgs where parent_id is null and name = any($1::text[])`,
    [names],
  );
  return new Set(rows.map((r) => r.name));
}
