import { AppError, type Bilingual, notFound, notYours } from '../shared/errors.ts';
import { escapeLike } from '../shared/like.ts';
import { type Permission, ROLE_PERMISSIONS, type Role } from './roles.ts';

export {
  ADMIN_ROLES,
  isAdminRole,
  isOverseer,
  OVERSEERS,
  PERMISSIONS,
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from './roles.ts';

/** The signed-in user as every service sees it. */
export interface Actor {
  userId: number;
  /** The role assignment the session acts as (0 for the command line and for test actors). */
  assignmentId?: number;
  username: string;
  displayName: string;
  role: Role;
  /** The union of the active role assignment (manager, staff, reviewer); null for admin and worker. */
  orgId: number | null;
  /** Materialised path of the subtree the user may see; '/' for the administrator. */
  scopePath: string | null;
  personId: number | null;
  /** An administrator chose the password: until the user changes it only `account.self` routes answer. */
  mustChangePassword?: boolean;
  /** The staff password is older than the settings allow: like mustChangePassword, only a new password is open. */
  passwordExpired?: boolean;
  /** Permissions the security administrator has withdrawn from the role (ADR 85), read with the session. */
  withdrawn?: readonly string[];
  ip?: string;
}

/**
 * The subtree a role assignment reaches, the actor's `scopePath`: the whole platform ('/') for the
 * administrator, none for a worker (who reaches only their own person) or a judge (who reaches only their
 * panels), otherwise the union's subtree.
 */
export function subtreeOfRole(role: Role, orgPath: string | null): string | null {
  if (role === 'admin') return '/';
  if (role === 'worker' || role === 'judge' || role === 'security_admin' || role === 'audit_admin')
    return null;
  return orgPath;
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].has(permission) && !actor.withdrawn?.includes(permission);
}

/** The permissions the actor holds now: the role's, less those withdrawn from it (ADR 85). */
export function permissionsOf(actor: Actor): Permission[] {
  return [...ROLE_PERMISSIONS[actor.role]].filter((p) => !actor.withdrawn?.includes(p));
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError(
      'forbidden',
      'PERMISSION_DENIED',
      {
        zh: '您的角色无此权限',
        en: 'Your role does not have this permission',
      },
      { permission },
    );
  }
}

/** True when `path` (an org's materialised path) lies in the actor's subtree. */
function inSubtree(actor: Actor, path: string): boolean {
  return actor.scopePath !== null && path.startsWith(actor.scopePath);
}

/**
 * What an access check is about:
 * - `{ orgPath }`: a union's data, reachable when the union lies in the actor's subtree;
 * - `{ personId }`: one person's own data, reachable by that person only;
 * - `{ offeredBy }`: something a union offers to its whole subtree (a program), reachable from the owner's
 *   subtree and from the unions above the owner (the two subtrees overlap).
 */
export type AccessTarget =
  | { orgPath: string | null }
  | { personId: number | null }
  | { offeredBy: string | null };

/** Whether the actor holds `permission` and, when a target is named, the target is theirs to reach. */
export function canAccess(actor: Actor, permission: Permission, target?: AccessTarget): boolean {
  if (!can(actor, permission)) return false;
  if (!target) return true;
  if ('orgPath' in target) return target.orgPath !== null && inSubtree(actor, target.orgPath);
  if ('offeredBy' in target) {
    const owner = target.offeredBy;
    return (
      owner !== null &&
      actor.scopePath !== null &&
      (inSubtree(actor, owner) || actor.scopePath.startsWith(owner))
    );
  }
  return target.personId !== null && actor.personId === target.personId;
}

/**
 * The one access function every service calls: the actor must hold `permission` (else 403 PERMISSION_DENIED),
 * and the target (a union's data by its path, a person's own data, a union's offer) must be theirs to
 * reach, else 404 NOT_FOUND: what is not yours is answered as what does not exist (ADR 72).
 */
export function requireAccess(actor: Actor, permission: Permission, target?: AccessTarget): void {
  requirePermission(actor, permission);
  if (target && !canAccess(actor, permission, target)) throw notYours();
}

/**
 * A union's record as a getter hands it on: `requireAccess` with `permission` on the record's union, and 404
 * NOT_FOUND naming `what` when its look-up found none.
 */
export function requireRecordAccess<R extends { orgPath: string | null }>(
  actor: Actor,
  permission: Permission,
  record: R | null | undefined,
  what: Bilingual,
  details?: Record<string, unknown>,
): R {
  if (!record) throw notFound(what, details);
  requireAccess(actor, permission, { orgPath: record.orgPath });
  return record;
}

/** The LIKE pattern matching `path` and everything below it. */
export function subtreePattern(path: string): string {
  return `${escapeLike(path)}%`;
}

/**
 * The subtree a list is limited to: the actor's own (`actor`), or an explicit union path a service chose
 * inside it (checked with requireAccess first) or that a worker's own list does not narrow (`'/'` with a
 * person filter).
 */
export type Subtree = Actor | { path: string };

/**
 * The repository helper for lists: the condition `<column> like '<subtree>%'`, its pattern pushed onto
 * `params`. Answers 404 (as for an object not theirs) to an actor with no union subtree (a worker).
 */
export function subtreeCondition(subtree: Subtree, column: string, params: unknown[]): string {
  const path = 'path' in subtree ? subtree.path : subtree.scopePath;
  if (path === null) throw notYours();
  params.push(subtreePattern(path));
  return `${column} like $${params.length}`;
}

/**
 * The repository helper for things unions offer to their subtree (programs, see `{ offeredBy }`): rows whose
 * owner path `column` lies in the actor's subtree or above the actor's union.
 */
export function offeredCondition(actor: Actor, column: string, params: unknown[]): string {
  const inside = subtreeCondition(actor, column, params);
  params.push(actor.scopePath);
  return `(${inside} or starts_with($${params.length}::text, ${column}))`;
}

/**
 * The part of a union's offer (the owner's subtree) the actor reaches: the deeper of the two subtree paths,
 * the actor's own when below the owner, the owner's when at or above it. NOT_FOUND when they do not overlap.
 */
export function offerSubtree(actor: Actor, ownerPath: string): string {
  const mine = actor.scopePath;
  if (mine === null) throw notYours();
  if (mine.startsWith(ownerPath)) return mine;
  if (ownerPath.startsWith(mine)) return ownerPath;
  throw notYours();
}
