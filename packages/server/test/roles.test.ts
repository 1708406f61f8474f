import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../src/access/access.ts';
import { PERMISSION_NAMES } from '../src/access/permission-names.ts';
import { createTestApp, undeclaredAnswers } from './api.ts';

/**
 * Roles and permissions (角色与权限, issue 44, ADR 85): the security administrator withdraws a permission from a role
 * and restores it, within what the role is built with; the change holds at once, in a second app instance on the
 * same database too, and is audited before/after. The three administrators cannot be changed, and only the security
 * administrator changes anything.
 */

type T = Awaited<ReturnType<typeof createTestApp>>;
let t: T;
let other: T;
let security: string;
let clerk: string;
let clerkThere: string;

beforeAll(async () => {
  t = await createTestApp();
  // a second server on the same database: its own services, its own session handling
  other = await createTestApp({ db: t.db });
  const root = await t.ctx.newRoot();
  const s = await t.ctx.newUser('security_admin', null, null, 'Security-pass-1');
  security = await t.login(s.username, s.password);
  const c = await t.ctx.newUser('staff', root, null, 'Staff-pass-1');
  clerk = await t.login(c.username, c.password);
  clerkThere = await other.login(c.username, c.password);
});
afterAll(async () => {
  await other?.app.close();
  await t?.close();
});

const put = (role: string, withdrawn: string[], cookie = security) =>
  t.call({ method: 'PUT', url: `/api/roles/${role}`, cookie, body: { withdrawn } });
const members = (app: T, cookie: string) => app.call({ method: 'GET', url: '/api/members', cookie });
const permissionsOf = async (app: T, cookie: string) =>
  (await app.call({ method: 'GET', url: '/api/auth/me', cookie })).json().permissions as string[];

describe('roles and permissions', () => {
  it('lists every role with what it is built with, each permission named in both languages', async () => {
    const res = await t.call({ method: 'GET', url: '/api/roles', cookie: security });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      role: string;
      fixed: boolean;
      permissions: { permission: string; nameZh: string; nameEn: string; held: boolean; fixed: boolean }[];
    }[];
    expect(items.map((r) => r.role)).toContain('staff');
    expect(items.filter((r) => r.fixed).map((r) => r.role)).toEqual([
      'admin',
      'security_admin',
      'audit_admin',
    ]);
    const staff = items.find((r) => r.role === 'staff');
    expect(staff?.permissions.every((p) => p.held)).toBe(true);
    expect(staff?.permissions.find((p) => p.permission === 'people.read')).toMatchObject({
      nameZh: '查看会员',
      nameEn: 'See members',
      fixed: false,
    });
    expect(staff?.permissions.find((p) => p.permission === 'account.self')?.fixed).toBe(true);
  });

  it('names every permission in Chinese and in English', () => {
    for (const p of PERMISSIONS) {
      expect(PERMISSION_NAMES[p].zh, p).toMatch(/[\u4e00-\u9fff]/);
      expect(PERMISSION_NAMES[p].en, p).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
  });

  it('withdraws a permission at once, in another server on the same database too, and restores it', async () => {
    expect((await members(t, clerk)).statusCode).toBe(200);
    expect((await members(other, clerkThere)).statusCode).toBe(200);

    const res = await put('staff', ['people.read']);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json().permissions.find((p: { permission: string }) => p.permission === 'people.read').held,
    ).toBe(false);
    expect((await members(t, clerk)).statusCode).toBe(403);
    expect((await members(other, clerkThere)).statusCode).toBe(403);
    // the web builds its menu from /api/auth/me: the withdrawn permission is gone from it
    expect(await permissionsOf(t, clerk)).not.toContain('people.read');
    expect(await permissionsOf(other, clerkThere)).not.toContain('people.read');
    expect(await permissionsOf(t, clerk)).toContain('people.write');

    expect((await put('staff', [])).statusCode).toBe(200);
    expect((await members(t, clerk)).statusCode).toBe(200);
    expect((await members(other, clerkThere)).statusCode).toBe(200);
    expect(await permissionsOf(t, clerk)).toContain('people.read');

    const { rows } = await t.db.query<{
      entityId: string;
      before: unknown;
      after: unknown;
      username: string;
    }>(
      `select entity_id as "entityId", before, after, username from audit_log where action = 'role.update'
        order by id`,
    );
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(rows.map((r) => [r.entityId, parse(r.before), parse(r.after)])).toEqual([
      ['staff', { withdrawn: [] }, { withdrawn: ['people.read'] }],
      ['staff', { withdrawn: ['people.read'] }, { withdrawn: [] }],
    ]);
  });

  it('never grants beyond the role, never moves the three administrators’ duties, keeps one’s own account', async () => {
    const beyond = await put('reviewer', ['people.write']);
    expect([beyond.statusCode, beyond.json().error.code]).toEqual([400, 'PERMISSION_NOT_IN_ROLE']);
    expect(beyond.json().error.messageZh).toMatch(/维护会员/);
    for (const role of ['admin', 'security_admin', 'audit_admin']) {
      const fixed = await put(role, []);
      expect([fixed.statusCode, fixed.json().error.code]).toEqual([400, 'ROLE_FIXED']);
    }
    const own = await put('staff', ['account.self']);
    expect([own.statusCode, own.json().error.code]).toEqual([400, 'PERMISSION_FIXED']);
    const unknown = await put('staff', ['people.fly']);
    expect(unknown.statusCode).toBe(400);
    const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from role_withdrawals');
    expect(rows[0].n).toBe(0);
  });

  it('is the security administrator’s alone: the system and audit administrators are refused (三员分立)', async () => {
    for (const role of ['admin', 'audit_admin', 'manager'] as const) {
      const root = role === 'manager' ? await t.ctx.newRoot() : null;
      const u = await t.ctx.newUser(role, root, null, 'Other-pass-2026');
      const cookie = await t.login(u.username, u.password);
      expect((await t.call({ method: 'GET', url: '/api/roles', cookie })).statusCode, role).toBe(403);
      expect((await put('staff', ['people.read'], cookie)).statusCode, role).toBe(403);
    }
    const { rows } = await t.db.query<{ n: number }>('select count(*)::int as n from role_withdrawals');
    expect(rows[0].n).toBe(0);
  });

  it('answers only the statuses it declares', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
