import type { Sql } from '../../db/db.ts';

/**
 * The union tree's order, as its page shows it: a parent before its children, siblings open before closed, then
 * by level and name (listChildrenOf). A sheet or page that lists unions lists them in this order, so a clerk finds
 * a union where the tree has it and an auditor reads a district's unions under it.
 */

/** Each union's place: its rank among its siblings, then its parent's, … up to the root (read root first). */
export async function findTreePlaces(sql: Sql, ids: number[]): Promise<Map<number, number[]>> {
  const wanted = [...new Set(ids.map(Number))];
  if (!wanted.length) return new Map();
  const { rows: own } = await sql.query<{ id: number; path: string }>(
    'select id, path from orgs where id = any($1::bigint[])',
    [wanted],
  );
  const pathOf = new Map(own.map((r) => [Number(r.id), r.path.split('/').filter(Boolean).map(Number)]));
  const ancestors = [...new Set([...pathOf.values()].flatMap((p) => p.slice(0, -1)))];
  // the siblings of every union on the way down, ranked as the tree ranks them
  const { rows } = await sql.query<{ id: number; rank: number }>(
    `select id, rank from (
       select id, parent_id, row_number() over (partition by parent_id order by status, level, name, id) as rank
         from orgs where parent_id is null or parent_id = any($1::bigint[])
     ) s where id = any($2::bigint[])`,
    [ancestors, [...new Set([...pathOf.values()].flat())]],
  );
  const rankOf = new Map(rows.map((r) => [Number(r.id), Number(r.rank)]));
  const out = new Map<number, number[]>();
  for (const [id, path] of pathOf)
    out.set(
      id,
      path.map((a) => rankOf.get(a) ?? 0),
    );
  return out;
}

/** Compares two places in the tree: a parent before its children, siblings by rank. */
export function compareTreePlaces(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** The rows in tree order by their union (`orgIdOf`); rows of one union keep their order. */
export async function sortInTreeOrder<T>(sql: Sql, rows: T[], orgIdOf: (row: T) => number): Promise<T[]> {
  const places = await findTreePlaces(sql, rows.map(orgIdOf));
  const placeOf = (row: T) => places.get(Number(orgIdOf(row))) ?? [Number.MAX_SAFE_INTEGER];
  return rows
    .map((row, i) => ({ row, i, place: placeOf(row) }))
    .sort((a, b) => compareTreePlaces(a.place, b.place) || a.i - b.i)
    .map((x) => x.row);
}
