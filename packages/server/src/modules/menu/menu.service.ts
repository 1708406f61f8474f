import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { AreaUsage, MenuArea } from '../../shared/menu-usage.ts';
import { isUsed, unionsAroundScope } from './menu.repository.ts';

/**
 * The menu areas the actor's unions have used (ADR 76): an area with a record at a union of the actor's subtree or
 * above it. The staff menu folds the others into 更多服务. The administrator's: every area used anywhere.
 */
export async function usedAreas(db: Db, actor: Actor, usages: readonly AreaUsage[]): Promise<MenuArea[]> {
  requireAccess(actor, 'todo.read');
  if (actor.scopePath === null) return [];
  const unions = actor.scopePath === '/' ? null : await unionsAroundScope(db, actor);
  const used = await Promise.all(usages.map(async (u) => ((await isUsed(db, u, unions)) ? u.area : null)));
  return used.filter((a): a is MenuArea => a !== null);
}

/** `usages`: every module's manifest's `menuUsage` (the kernel's `menuUsages`). */
export function createMenuService(db: Db, usages: readonly AreaUsage[]) {
  return { usedAreas: (actor: Actor) => usedAreas(db, actor, usages) };
}

export type MenuService = ReturnType<typeof createMenuService>;
