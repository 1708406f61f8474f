import type { Sql } from '../../db/db.ts';
import { subtreeInSiblingOrder } from './returns.repository.ts';

/**
 * The unions of a return in the tree's order (ADR 47): a parent before its children, siblings in the org tree's own
 * order (open before closed, by level and name) — not by their path's text, which puts /1/10/ before /1/9/.
 */

/**
 * Each union's place in the tree's order, from unions listed so that siblings stand in their order: a walk from
 * the roots (a union whose parent is not listed), each union followed by its children's subtrees.
 */
export function treeRanks(unions: { id: number; parentId: number | null }[]): Map<number, number> {
  const listed = new Set(unions.map((u) => u.id));
  const children = new Map<number | null, number[]>();
  for (const u of unions) {
    const parent = u.parentId !== null && listed.has(u.parentId) ? u.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(u.id);
    children.set(parent, list);
  }
  const ranks = new Map<number, number>();
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const id = stack.pop() as number;
    ranks.set(id, ranks.size);
    stack.push(...[...(children.get(id) ?? [])].reverse());
  }
  return ranks;
}

/** A comparison of unions by their place in the tree below `rootPath`, read once. */
export async function treeOrderBelow(sql: Sql, rootPath: string) {
  const ranks = treeRanks(await subtreeInSiblingOrder(sql, rootPath));
  const rankOf = (orgId: number) => ranks.get(orgId) ?? Number.MAX_SAFE_INTEGER;
  return {
    rankOf,
    /** The items sorted by their union's place (a stable sort: one union's items keep their order). */
    sort<T>(items: T[], orgIdOf: (item: T) => number): T[] {
      return [...items].sort((a, b) => rankOf(orgIdOf(a)) - rankOf(orgIdOf(b)));
    },
  };
}
