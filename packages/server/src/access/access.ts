import { AppError, forbidden } from '../shared/errors.ts';

/**
 * Who may call what. Every route declares `config.permission` or `config.public: true`;
 * the request hook refuses a route that declares neither, and a test walks the route table.
 */
export const PERMISSIONS = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.reveal_id',
  'people.import',
  'people.export',
  'audit.read',
  'self.read',
  'self.write',
  'jobs.read',
  'records.read',
  'records.write',
  'programs.read',
  'programs.write',
  'applications.review',
  'applications.submit',
  'ledger.read',
  'ledger.write',
  'self.apply',
  'reports.read',
  'claims.manage',
  'users.manage',
  'messages.read',
  'outbox.read',
  'members.join.review',
  'account.self',
  /** Every account of the platform, administrators included (the platform administrator). */
  'users.manage_all',
  /** A new top union (federation) with no parent. */
  'org.create_root',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['admin', 'manager', 'staff', 'reviewer', 'worker'] as const;
/**
 * admin: the platform administrator (no union); manager: a union's administrator (staff who also manage the
 * accounts of the union's subtree); staff; reviewer; worker: a member on the phone pages (no union role).
 */
export type Role = (typeof ROLES)[number];

const STAFF: Permission[] = [
  'org.read',
  'org.write',
  'people.read',
  'people.write',
  'people.reveal_id',
  'people.import',
  'people.export',
  'jobs.read',
  'records.read',
  'records.write',
  'programs.read',
  'programs.write',
  'applications.review',
  'applications.submit',
  'ledger.read',
  'ledger.write',
  'reports.read',
  'claims.manage',
  'members.join.review',
  'messages.read',
  'account.self',
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  // self.apply lets the administrator reach the worker routes; with no person of their own they answer empty or 404.
  admin: new Set<Permission>([
    ...STAFF,
    'audit.read',
    'self.apply',
    'users.manage',
    'users.manage_all',
    'outbox.read',
    'org.create_root',
  ]),
  manager: new Set<Permission>([...STAFF, 'users.manage']),
  staff: new Set<Permission>(STAFF),
  reviewer: new Set<Permission>([
    'org.read',
    'people.read',
    'people.export',
    'jobs.read',
    'records.read',
    'programs.read',
    'applications.review',
    'reports.read',
    'ledger.read',
    'messages.read',
    'account.self',
  ]),
  worker: new Set<Permission>(['self.read', 'self.write', 'self.apply', 'messages.read', 'account.self']),
};

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
  ip?: string;
}

export function can(actor: Actor, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].has(permission);
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
export function isInScope(actor: Actor, path: string): boolean {
  return actor.scopePath !== null && path.startsWith(actor.scopePath);
}

export function requireScope(actor: Actor, path: string): void {
  if (!isInScope(actor, path)) throw forbidden();
}

/** The subtree prefix to filter lists by; throws for actors with no org scope (workers). */
export function scopePrefix(actor: Actor): string {
  if (actor.scopePath === null) throw forbidden();
  return actor.scopePath;
}

/** What an access check is about: a union's data (by its org path) or one person's own data. */
export type AccessTarget = { orgPath: string | null } | { personId: number | null };

/** Whether the actor holds `permission` and, when a target is named, the target is theirs to reach. */
export function canAccess(actor: Actor, permission: Permission, target?: AccessTarget): boolean {
  if (!can(actor, permission)) return false;
  if (!target) return true;
  if ('orgPath' in target) return target.orgPath !== null && isInScope(actor, target.orgPath);
  return target.personId !== null && actor.personId === target.personId;
}

/**
 * The one access function every service calls: the actor must hold `permission`, and the target (a union's
 * data by its path, or a person's own data) must lie in the actor's subtree or be the actor's own.
 */
export function requireAccess(actor: Actor, permission: Permission, target?: AccessTarget): void {
  requirePermission(actor, permission);
  if (target && !canAccess(actor, permission, target)) throw forbidden();
}

/**
 * The repository helper for lists: the condition `<column> like '<subtree>%'` for the actor's subtree,
 * its value pushed onto `params`. Throws for actors with no union subtree (workers).
 */
export function subtreeCondition(actor: Actor, column: string, params: unknown[]): string {
  params.push(`${scopePrefix(actor).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  return `${column} like $${params.length}`;
}
