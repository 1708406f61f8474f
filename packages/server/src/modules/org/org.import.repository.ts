import type { Sql } from '../../db/db.ts';

/** SQL of the union tree sheet's import (issue 42): what checking its rows reads, once for the whole sheet. */

/**
 * Which of `keys` (names as `normaliseText` reads them) are already the name of a child of one of `parentIds`, as
 * its `name_key` (org migration 010) reads it: `<parent id>|<key>`. Brackets and spaces of either width are alike.
 */
export async function findChildNamesTaken(
  sql: Sql,
  parentIds: number[],
  keys: string[],
): Promise<Set<string>> {
  if (!parentIds.length || !keys.length) return new Set();
  const { rows } = await sql.query<{ key: string }>(
    `select parent_id || '|' || name_key as key from orgs
      where parent_id = any($1::bigint[]) and name_key = any($2::text[])`,
    [parentIds, keys],
  );
  return new Set(rows.map((r) => r.key));
}

/**
 * Which of `keys` (names as `normaliseText` reads them) are already the name of a top union (one without a parent),
 * as its `name_key` reads it, as a child's name is compared: each key with the top union's name as the tree has it.
 */
export async function findRootNamesTaken(sql: Sql, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const { rows } = await sql.query<{ key: string; name: string }>(
    `select name_key as key, name from orgs where parent_id is null and name_key = any($1::text[])`,
    [keys],
  );
  return new Map(rows.map((r) => [r.key, r.name]));
}
