import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { ADMIN_ROLES, type Permission, ROLE_PERMISSIONS } from '../../access/access.ts';

/** 三员分立 (ADR 78): the system, security and audit administrators are three accounts with separate powers. */
let t: Awaited<ReturnType<typeof createTestApp>>;
let system: string;

beforeAll(async () => {
  t = await createTestApp();
  system = await t.signInAs('admin', null);
});
afterAll(async () => {
  await t?.close();
});

const create = (roles: { role: string; orgId: number | null }[], cookie = system) =>
  t.call({
    method: 'POST',
    url: '/api/users',
    cookie,
    body: {
      username: `a${Math.random().toString(36).slice(2, 10)}`,
      displayName: '管理员',
      password: 'Separate-duties-1',
      roles,
    },
  });

describe('separation of duties', () => {
  it('an account cannot hold two administrator roles, in the service', async () => {
    for (const [a, b] of [
      ['admin', 'audit_admin'],
      ['security_admin', 'audit_admin'],
      ['admin', 'security_admin'],
    ]) {
      const res = await create([
        { role: a, orgId: null },
        { role: b, orgId: null },
      ]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('ADMIN_ROLES_SEPARATE');
      expect(res.json().error.messageZh).toContain('不同账号');
    }
    const one = await create([{ role: 'admin', orgId: null }]);
    expect(one.statusCode, one.body).toBe(200);
    // nor by a later change of roles
    const changed = await t.call({
      method: 'PATCH',
      url: `/api/users/${one.json().id}`,
      cookie: system,
      body: {
        roles: [
          { role: 'admin', orgId: null },
          { role: 'security_admin', orgId: null },
        ],
      },
    });
    expect(changed.statusCode, changed.body).toBe(400);
    expect(changed.json().error.code).toBe('ADMIN_ROLES_SEPARATE');
  });

  it('an account cannot hold two administrator roles, in the database', async () => {
    const u = await t.ctx.newUser('security_admin', null);
    await expect(
      t.db.query(`insert into role_assignments (user_id, role) values ($1, 'audit_admin')`, [u.id]),
    ).rejects.toThrow(/role_assignments_one_administrator_idx|duplicate key/);
  });

  it('an administrator’s account holds no other role: the security administrator is no union staff', async () => {
    // a first run: no account has held the security or audit administrator's role yet
    await t.db.query(`delete from role_assignments where role in ('security_admin', 'audit_admin')`);
    const root = await t.ctx.newRoot();
    for (const [admin, other] of [
      ['security_admin', 'staff'],
      ['audit_admin', 'manager'],
      ['admin', 'reviewer'],
    ]) {
      const res = await create([
        { role: admin, orgId: null },
        { role: other, orgId: root.id },
      ]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('ADMIN_ROLE_ALONE');
      expect(res.json().error.messageZh).toContain('不能同时担任其他角色');
    }
    // nor by giving a staff account an administrator's role, nor a worker (a member's own account) one
    const staff = await t.ctx.newUser('staff', root);
    const person = await t.ctx.newPerson(root);
    const worker = await t.ctx.newUser('worker', null, person.id);
    for (const [id, roles] of [
      [
        staff.id,
        [
          { role: 'staff', orgId: root.id },
          { role: 'audit_admin', orgId: null },
        ],
      ],
      [worker.id, [{ role: 'security_admin', orgId: null }]],
    ] as const) {
      const res = await t.call({ method: 'PATCH', url: `/api/users/${id}`, cookie: system, body: { roles } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('ADMIN_ROLE_ALONE');
    }
    const held = await t.db.query(
      `select 1 from role_assignments where role in ('security_admin', 'audit_admin') and user_id = any($1::bigint[])`,
      [[staff.id, worker.id]],
    );
    expect(held.rows).toEqual([]);
  });

  it('only the system administrator creates the other two, and a union manager none of them', async () => {
    const root = await t.ctx.newRoot();
    const manager = await t.signInAs('manager', root);
    const res = await create([{ role: 'security_admin', orgId: null }], manager);
    expect(res.statusCode).toBe(403);
    const security = await t.signInAs('security_admin', null);
    expect((await create([{ role: 'audit_admin', orgId: null }], security)).statusCode).toBe(403);
  });

  it('the first run asks for the security and audit administrators until both exist', async () => {
    const ask = async () =>
      (await t.call({ method: 'GET', url: '/api/setup/administrators', cookie: system })).json().missing;
    // a fresh installation: no account has held them
    await t.db.query(`delete from role_assignments where role in ('security_admin', 'audit_admin')`);
    expect(await ask()).toEqual(['security_admin', 'audit_admin']);
    expect((await create([{ role: 'security_admin', orgId: null }])).statusCode).toBe(200);
    expect(await ask()).toEqual(['audit_admin']);
    expect((await create([{ role: 'audit_admin', orgId: null }])).statusCode).toBe(200);
    expect(await ask()).toEqual([]);
    const auditor = await t.signInAs('audit_admin', null);
    expect(
      (await t.call({ method: 'GET', url: '/api/setup/administrators', cookie: auditor })).statusCode,
    ).toBe(403);
    // the last ones disabled, the one they oversaw still names none (ADR 148): their successors are the operator's
    await t.db.query(`update users set is_active = false where id in (
      select user_id from role_assignments where role in ('security_admin', 'audit_admin'))`);
    expect(await ask()).toEqual([]);
    const again = await create([{ role: 'audit_admin', orgId: null }]);
    expect(again.statusCode, again.body).toBe(403);
    expect(again.json().error.code).toBe('OVERSEER_IN_OFFICE');
  });
});

describe('the system administrator does not set up those who oversee it (ADR 148)', () => {
  it('names a security or audit administrator only while no account has held the role', async () => {
    // both named now (the test before named them)
    for (const role of ['security_admin', 'audit_admin']) {
      const res = await create([{ role, orgId: null }]);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'OVERSEER_IN_OFFICE' });
      expect(res.json().error.messageZh).toContain('命令行');
    }
    // nor by giving the role to an account of its own
    const own = await create([{ role: 'admin', orgId: null }]);
    const patched = await t.call({
      method: 'PATCH',
      url: `/api/users/${own.json().id}`,
      cookie: system,
      body: { roles: [{ role: 'audit_admin', orgId: null }] },
    });
    expect(patched.statusCode, patched.body).toBe(403);
    expect(patched.json().error.code).toBe('OVERSEER_IN_OFFICE');
  });

  it('reads an overseer’s account but changes, resets, disables or enables none', async () => {
    const auditor = await t.ctx.newUser('audit_admin', null);
    const url = `/api/users/${auditor.id}`;
    expect((await t.call({ method: 'GET', url, cookie: system })).statusCode).toBe(200);
    for (const [method, path, body] of [
      ['PATCH', url, { displayName: '换个名字' }],
      ['POST', `${url}/reset-password`, undefined],
      ['POST', `${url}/disable`, undefined],
      ['POST', `${url}/enable`, undefined],
    ] as const) {
      const res = await t.call({ method, url: path, cookie: system, body });
      expect(res.statusCode, `${method} ${path} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('OVERSEER_ACCOUNT');
      expect(res.json().error.messageEn).toMatch(/^An audit administrator's account /);
    }
    const { rows } = await t.db.query<{ active: boolean; must: boolean }>(
      'select is_active as active, must_change_password as must from users where id = $1',
      [auditor.id],
    );
    expect(rows[0].active).toBe(true);
  });

  it('each refusal is an audit row: who, what was asked, why, the permission it needs', async () => {
    const auditor = await t.ctx.newUser('audit_admin', null);
    const refusals = async () =>
      (
        await t.db.query<{ username: string; after: Record<string, string> }>(
          `select username, after from audit_log where action = 'access.denied' order by id`,
        )
      ).rows;
    const before = (await refusals()).length;
    expect(
      (await t.call({ method: 'POST', url: `/api/users/${auditor.id}/disable`, cookie: system })).statusCode,
    ).toBe(403);
    expect((await t.call({ method: 'GET', url: '/api/audit', cookie: system })).statusCode).toBe(403);
    const rows = (await refusals()).slice(before);
    expect(rows.map((r) => r.after)).toEqual([
      { request: 'POST /api/users/:id/disable', refusal: 'OVERSEER_ACCOUNT' },
      { request: 'GET /api/audit', refusal: 'PERMISSION_DENIED', permission: 'audit.read' },
    ]);
    expect(new Set(rows.map((r) => r.username))).toEqual(new Set([rows[0].username]));
    expect(rows[0].username).toBeTruthy();
  });

  it('an overseer the system administrator names changes the first password, even when told to keep it', async () => {
    // as at a first run: no account has held the role
    await t.db.query(`delete from role_assignments where role = 'audit_admin'`);
    const res = await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: system,
      body: {
        username: 'kept-auditor',
        displayName: '审计员',
        password: 'Known-to-admin-1',
        roles: [{ role: 'audit_admin', orgId: null }],
        mustChangePassword: false,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mustChangePassword).toBe(true);
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'kept-auditor', password: 'Known-to-admin-1' },
    });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
  });
});

describe('the route table', () => {
  const writes = () =>
    t.app.declaredRoutes.filter(
      (r) => r.method !== 'GET' && r.method !== 'HEAD' && !r.public && r.permission,
    );

  it('the audit administrator holds no permission of any write route but its own account', () => {
    const held = ROLE_PERMISSIONS.audit_admin;
    const reachable = writes().filter(
      (r) => held.has(r.permission as Permission) && r.permission !== 'account.self',
    );
    expect(reachable.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('the audit log is the audit administrator’s alone', () => {
    const auditRoutes = t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/audit'));
    expect(auditRoutes.length).toBeGreaterThan(0);
    for (const r of auditRoutes) {
      const roles = Object.entries(ROLE_PERMISSIONS)
        .filter(([, set]) => set.has(r.permission as Permission))
        .map(([role]) => role);
      expect(roles, r.url).toEqual(['audit_admin']);
    }
  });

  it('no two administrators share a permission beyond their own account and to-do list', () => {
    const common = new Set<Permission>(['account.self', 'todo.read']);
    for (const a of ADMIN_ROLES) {
      for (const b of ADMIN_ROLES) {
        if (a >= b) continue;
        const shared = [...ROLE_PERMISSIONS[a]].filter((p) => ROLE_PERMISSIONS[b].has(p) && !common.has(p));
        expect(shared, `${a} & ${b}`).toEqual([]);
      }
    }
  });
});
