import type { Sql } from '../../db/db.ts';

/** SQL of the union tree sheet's import (issue 42): what checking its rows reads, once for the whole sheet. */

/**
 * The children of `parentIds`, each its parent's id and its name as stored: the import compares them with the names
 * its rows give under the rule unions are named by (brackets and spaces of either width alike), which SQL's `=` is not.
 */
export async function findChildNames(
  sql: Sql,
  parentIds: number[],
): Promise<{ parentId: number; name: string }[]> {
  if (!parentIds.length) return [];
  const { rows } = await sql.query<{ parentId: string; name: string }>(
    `select parent_id as "parentId", name from orgs where parent_id = any($1::bigint[])`,
    [parentIds],
  );
  return rows.map((r) => ({ parentId: Number(r.parentId), name: r.name }));
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
