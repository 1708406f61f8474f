import { type Actor, type Permission, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { ALL_UNIONS } from '../../shared/figures-sheet.ts';
import type { OrgRow } from './org.repository.ts';
import { unionAsked } from './org.service.ts';

/** The union a statistics answer's head names (S.StatsRowHead, S.StatsAskedHead) and the subtree its figures count. */
export interface StatsUnion {
  /** The union counted: the one asked, else the caller's own; null for every union the caller sees. */
  orgId: number | null;
  /** Its name; for every union the caller sees, the tree's root (`wholeTreeName`), null where there are several. */
  orgName: string | null;
  path: string;
}

/**
 * The union a statistics answer is of, for its head: the one `orgId` names, else — no union asked — the caller's own,
 * else (the administrator, who has none) every union the caller sees: `orgId` null, `orgName` the tree's root
 * (null where the platform holds several). Built on
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
  const { org, path, name } = await unionAsked(sql, actor, orgId, permission);
  return { orgId: org?.id ?? null, orgName: name, path };
}

/**
 * `statsUnionAsked` as the head of the statistics that answer an `org` (`{ id, name }`, id null for every union the
 * caller sees, then named by the tree's root, 全部工会 where the platform holds several), after `permission` itself.
 */
export async function statsOrgAsked(
  sql: Sql,
  actor: Actor,
  orgId: number | null | undefined,
  permission: Permission,
): Promise<{ id: number | null; name: string; path: string }> {
  requireAccess(actor, permission);
  const u = await statsUnionAsked(sql, actor, orgId, permission);
  return { id: u.orgId, name: u.orgName ?? ALL_UNIONS, path: u.path };
}

/**
 * The one union a statistics page of a single union counts: the one `orgId` names, else the caller's own; a caller
 * with no union asking none (the administrator) is asked to choose one, 400 STATS_UNION_REQUIRED 请选择工会. A role
 * without `permission` is refused first (403); a union outside the caller's subtree is not found (404).
 */
export async function statsUnionChosen(
  sql: Sql,
  actor: Actor,
  orgId: number | null | undefined,
  permission: Permission,
): Promise<OrgRow> {
  requireAccess(actor, permission);
  if (!(orgId ?? actor.orgId))
    throw invalid('STATS_UNION_REQUIRED', { zh: '请选择工会', en: 'Choose a union' }, { field: 'orgId' });
  const { org } = await unionAsked(sql, actor, orgId, permission);
  return org as OrgRow;
}
