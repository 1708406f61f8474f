import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import {
  type Actor,
  canAccess,
  offeredCondition,
  offerSubtree,
  type Permission,
  ROLE_PERMISSIONS,
  type Role,
  requireAccess,
  subtreeCondition,
  subtreeOfRole,
  subtreePattern,
} from './access.ts';

function actor(role: Role, scopePath: string | null, personId: number | null = null): Actor {
  return {
    userId: 7,
    username: role,
    displayName: role,
    role,
    orgId: scopePath && scopePath !== '/' ? Number(scopePath.split('/').at(-2)) : null,
    scopePath,
    personId,
  };
}

const admin = actor('admin', '/');
const staff = actor('staff', '/1/2/');
const reviewer = actor('reviewer', '/1/2/');
const worker = actor('worker', null, 42);

/** The error code a call throws, or null. */
function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

describe('canAccess and requireAccess', () => {
  it('reaches a union in the subtree, at its root and below, and nothing beside or above it', () => {
    expect(canAccess(staff, 'people.read', { orgPath: '/1/2/' })).toBe(true);
    expect(canAccess(staff, 'people.read', { orgPath: '/1/2/9/' })).toBe(true);
    expect(canAccess(staff, 'people.read', { orgPath: '/1/' })).toBe(false);
    expect(canAccess(staff, 'people.read', { orgPath: '/1/3/' })).toBe(false);
    // '/1/2/' is not a prefix of '/1/22/': paths end with a slash.
    expect(canAccess(staff, 'people.read', { orgPath: '/1/22/' })).toBe(false);
    expect(canAccess(staff, 'people.read', { orgPath: null })).toBe(false);
    expect(canAccess(admin, 'people.read', { orgPath: '/5/6/' })).toBe(true);
    expect(canAccess(admin, 'people.read', { orgPath: '/' })).toBe(true);
    expect(canAccess(staff, 'people.read', { orgPath: '/' })).toBe(false);
  });

  it('needs the permission as well as the target', () => {
    expect(canAccess(reviewer, 'people.read', { orgPath: '/1/2/' })).toBe(true);
    expect(canAccess(reviewer, 'people.write', { orgPath: '/1/2/' })).toBe(false);
    expect(canAccess(reviewer, 'people.write')).toBe(false);
    expect(codeOf(() => requireAccess(reviewer, 'people.write', { orgPath: '/1/2/' }))).toBe(
      'PERMISSION_DENIED',
    );
    expect(codeOf(() => requireAccess(reviewer, 'people.read', { orgPath: '/1/3/' }))).toBe('NOT_FOUND');
    expect(codeOf(() => requireAccess(reviewer, 'people.read', { orgPath: '/1/2/3/' }))).toBeNull();
    expect(codeOf(() => requireAccess(staff, 'people.write'))).toBeNull();
  });

  it('gives a worker their own person and no union at all', () => {
    expect(canAccess(worker, 'self.read', { personId: 42 })).toBe(true);
    expect(canAccess(worker, 'self.read', { personId: 43 })).toBe(false);
    expect(canAccess(worker, 'self.read', { personId: null })).toBe(false);
    expect(canAccess(worker, 'self.read', { orgPath: '/1/' })).toBe(false);
    expect(canAccess(worker, 'people.read', { personId: 42 })).toBe(false);
    expect(codeOf(() => requireAccess(worker, 'self.apply', { personId: 43 }))).toBe('NOT_FOUND');
    expect(codeOf(() => requireAccess(worker, 'people.read', { orgPath: '/1/' }))).toBe('PERMISSION_DENIED');
    // Staff have no person of their own to reach through the self permissions.
    expect(canAccess(staff, 'self.read', { personId: 42 })).toBe(false);
    expect(canAccess(admin, 'self.apply', { personId: null })).toBe(false);
  });

  it('reaches what a union offers from its subtree and from the unions above it, not from beside it', () => {
    expect(canAccess(staff, 'programs.read', { offeredBy: '/1/' })).toBe(true);
    expect(canAccess(staff, 'programs.read', { offeredBy: '/1/2/' })).toBe(true);
    expect(canAccess(staff, 'programs.read', { offeredBy: '/1/2/8/' })).toBe(true);
    expect(canAccess(staff, 'programs.read', { offeredBy: '/1/3/' })).toBe(false);
    expect(canAccess(admin, 'programs.read', { offeredBy: '/4/' })).toBe(true);
    expect(canAccess(worker, 'programs.read', { offeredBy: '/1/' })).toBe(false);
    expect(offerSubtree(staff, '/1/')).toBe('/1/2/');
    expect(offerSubtree(staff, '/1/2/8/')).toBe('/1/2/8/');
    expect(offerSubtree(admin, '/4/')).toBe('/4/');
    expect(codeOf(() => offerSubtree(staff, '/1/3/'))).toBe('NOT_FOUND');
    expect(codeOf(() => offerSubtree(worker, '/1/'))).toBe('NOT_FOUND');
  });

  it('lets only the administrator act at any review step and see every user’s jobs', () => {
    const holders = (p: Permission) =>
      (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].has(p));
    expect(holders('applications.review.any_step')).toEqual(['admin']);
    expect(holders('jobs.read.all')).toEqual(['admin']);
  });
});

describe('subtreeOfRole', () => {
  it('gives the administrator the platform, a worker nothing and the union roles their union', () => {
    expect(subtreeOfRole('admin', null)).toBe('/');
    expect(subtreeOfRole('worker', null)).toBeNull();
    for (const role of ['manager', 'staff', 'reviewer'] as const)
      expect(subtreeOfRole(role, '/1/2/')).toBe('/1/2/');
  });
});

describe('subtreeCondition', () => {
  it('adds the actor’s subtree as a LIKE pattern after the parameters already there', () => {
    const params: unknown[] = [10, 'x'];
    expect(subtreeCondition(staff, 'o.path', params)).toBe('o.path like $3');
    expect(params).toEqual([10, 'x', '/1/2/%']);
    const all: unknown[] = [];
    expect(subtreeCondition(admin, 'path', all)).toBe('path like $1');
    expect(all).toEqual(['/%']);
  });

  it('takes an explicit union path a service chose', () => {
    const params: unknown[] = [];
    expect(subtreeCondition({ path: '/1/2/9/' }, 'o.path', params)).toBe('o.path like $1');
    expect(subtreeCondition({ path: '/3/' }, 'up.path', params)).toBe('up.path like $2');
    expect(params).toEqual(['/1/2/9/%', '/3/%']);
  });

  it('escapes %, _ and the backslash so a path only ever matches itself and what lies below it', () => {
    expect(subtreePattern('/1/2/')).toBe('/1/2/%');
    expect(subtreePattern('/a%b/')).toBe('/a\\%b/%');
    expect(subtreePattern('/a_b/')).toBe('/a\\_b/%');
    expect(subtreePattern('/a\\b/')).toBe('/a\\\\b/%');
    const params: unknown[] = [];
    subtreeCondition(actor('staff', '/x_%/'), 'o.path', params);
    expect(params).toEqual(['/x\\_\\%/%']);
  });

  it('refuses a worker, who has no union subtree', () => {
    const params: unknown[] = [];
    expect(codeOf(() => subtreeCondition(worker, 'o.path', params))).toBe('NOT_FOUND');
    expect(codeOf(() => offeredCondition(worker, 'oo.path', params))).toBe('NOT_FOUND');
    expect(params).toEqual([]);
  });

  it('limits offered things to the actor’s subtree or the unions above the actor', () => {
    const params: unknown[] = ['published'];
    expect(offeredCondition(staff, 'oo.path', params)).toBe(
      '(oo.path like $2 or starts_with($3::text, oo.path))',
    );
    expect(params).toEqual(['published', '/1/2/%', '/1/2/']);
  });
});
