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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Role = 'admin' | 'staff' | 'reviewer' | 'worker';

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
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  // self.apply lets the administrator reach the worker routes; with no person of their own they answer empty or 404.
  admin: new Set<Permission>([...STAFF, 'audit.read', 'self.apply']),
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
  ]),
  worker: new Set<Permission>(['self.read', 'self.write', 'self.apply']),
};

/** The signed-in user as every service sees it. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  /** The union the user is bound to (staff, reviewer); null for admin and worker. */
  orgId: number | null;
  /** Materialised path of the subtree the user may see; '/' for the administrator. */
  scopePath: string | null;
  personId: number | null;
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
