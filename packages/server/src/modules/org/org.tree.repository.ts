import type { Sql } from '../../db/db.ts';
import { findOrgsByIds } from './org.repository.ts';

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

const depthOf = (path: string | undefined) => (path ? path.split('/').filter(Boolean).length : null);

/** A row of figures by union: the union (null for the asked union's own row, 本级), its name, its figures. */
export interface FiguresOfUnion<T, K extends number | null = number | null> {
  orgId: K;
  orgName: string;
  /**
   * The union's depth in the tree (1 a root, 2 a union right under it, …: its path's length, not its kind's level,
   * which may skip one); null for the asked union's own row (本级).
   */
  depth: number | null;
  figures: T;
}

/**
 * The figures of the unions right under the one asked, as a statistics page lists them (issue 46). `byUnion` holds
 * each union's figures by its id (a count's `child`), null for the asked union's own (本级); the answer is that own
 * row first, named `ownName`, then the unions below in the tree's order (sortInTreeOrder), each with its name. A
 * page keeps its own answer in one `.map` over it: its own row's id (null or the asked union's) and whether its
 * name reads （本级）. A page listing every union of a subtree that counted passes no null key.
 */
export async function figuresByUnion<T, K extends number | null = number | null>(
  sql: Sql,
  byUnion: ReadonlyMap<K, T>,
  ownName = '',
): Promise<FiguresOfUnion<T, K>[]> {
  const ids = [...byUnion.keys()].filter((k): k is Exclude<K, null> => k !== null);
  const orgs = new Map((await findOrgsByIds(sql, ids)).map((o) => [Number(o.id), o]));
  const own = byUnion.has(null as K)
    ? [{ orgId: null as K, orgName: ownName, depth: null, figures: byUnion.get(null as K) as T }]
    : [];
  const below = (await sortInTreeOrder(sql, ids, (id) => id)).map((id) => ({
    orgId: id as K,
    orgName: orgs.get(Number(id))?.name ?? '',
    depth: depthOf(orgs.get(Number(id))?.path),
    figures: byUnion.get(id) as T,
  }));
  return [...own, ...below];
}
