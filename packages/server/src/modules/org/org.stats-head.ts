import type { Actor, Permission } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { unionAsked } from './org.service.ts';

/** The union a statistics answer's head names (S.StatsRowHead, S.StatsAskedHead) and the subtree its figures count. */
export interface StatsUnion {
  /** The union counted: the one asked, else the caller's own; null for every union the caller sees. */
  orgId: number | null;
  orgName: string | null;
  path: string;
}

/**
 * The union a statistics answer is of, for its head: the one `orgId` names, else — no union asked — the caller's own,
 * else (the administrator, who has none) every union the caller sees, `orgId` and `orgName` null. Built on
 * `unionAsked` (404 outside the caller's subtree, `permission` over the subtree), so a head never repeats the query's
 * `orgId`, which is missing when a clerk asks of their own union. `test/stats-heads.test.ts` holds every statistics
 * route to it.
 */
export async function statsUnionAsked(
  sql: Sql,
  actor: Actor,
  orgId: number | null | undefined,
  permission: Permission,
): Promise<StatsUnion> {
  const { org, path } = await unionAsked(sql, actor, orgId, permission);
  return { orgId: org?.id ?? null, orgName: org?.name ?? null, path };
}
