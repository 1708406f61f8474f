import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../src/modules/audit/index.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { createTestApp } from './api.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let adminId: number;
/** The audit administrator (审计管理员): the one who reads the log. */
let auditor: string;
let org: { root: OrgRow; district: OrgRow; other: OrgRow };

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  org = { root, district: await t.ctx.newOrg(root, 'district'), other: await t.ctx.newOrg(root, 'district') };
  const u = await t.ctx.newUser('admin', null);
  adminId = u.id;
  admin = await t.login(u.username, u.password);
  auditor = await t.signInAs('audit_admin', null);
});
afterAll(async () => {
  await t?.close();
});

interface AuditRow {
  id: number;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  org_id: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

const lastId = async () =>
  (await t.db.query<{ id: number | null }>('select max(id) as id from audit_log')).rows[0].id ?? 0;
const rowsAfter = async (id: number) =>
  (await t.db.query<AuditRow>('select * from audit_log where id > $1 order by id', [id])).rows;

/** Makes one API call and returns the audit rows it wrote. */
async function audited(method: string, url: string, body?: unknown, cookie = admin) {
  const from = await lastId();
  const res = await t.call({ method, url, body, cookie });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return { res: res.json(), rows: await rowsAfter(from) };
}

/** The log's rows of one action (up to 200) as the auditor reads them: the answer, a 200. */
async function auditorReads(action: string) {
  const res = await t.call({
    method: 'GET',
    url: `/api/audit?action=${action}&pageSize=200`,
    cookie: auditor,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

/** A staff user of `union` named `displayName`, who has just given the union the short name `shortName`. */
async function staffWhoRenamed(union: OrgRow, displayName: string, shortName: string) {
  const staff = await t.ctx.newUser('staff', union);
  await t.db.query('update users set display_name = $2 where id = $1', [staff.id, displayName]);
  const cookie = await t.login(staff.username, staff.password);
  const write = await t.call({ method: 'PATCH', url: `/api/orgs/${union.id}`, body: { shortName }, cookie });
  expect(write.statusCode, write.body).toBe(200);
  return staff;
}

describe('every write leaves one audit row with who, what, before and after', () => {
  it('org writes', async () => {
    const created = await audited('POST', `/api/orgs/${org.district.id}/children`, {
      name: '审计街道总工会',
      kind: 'street',
    });
    expect(created.rows).toHaveLength(1);
    expect(created.rows[0]).toMatchObject({
      user_id: adminId,
      action: 'org.create',
      entity: 'org',
      entity_id: String(created.res.id),
      org_id: created.res.id,
      before: null,
    });
    expect(created.rows[0].after).toMatchObject({ name: '审计街道总工会' });
    expect(created.rows[0].ip).toBeTruthy();

    const id = created.res.id;
    const updated = await audited('PATCH', `/api/orgs/${id}`, { name: '审计街道总工会（新）' });
    expect(updated.rows).toHaveLength(1);
    expect(updated.rows[0]).toMatchObject({ action: 'org.update', entity_id: String(id) });
    expect(updated.rows[0].before).toMatchObject({ name: '审计街道总工会' });
    expect(updated.rows[0].after).toMatchObject({ name: '审计街道总工会（新）' });

    const moved = await audited('POST', `/api/orgs/${id}/move`, { parentId: org.other.id });
    expect(moved.rows).toHaveLength(1);
    expect(moved.rows[0]).toMatchObject({
      action: 'org.move',
      before: { parentId: org.district.id },
      after: { parentId: org.other.id },
    });

    const closed = await audited('POST', `/api/orgs/${id}/close`, { closedOn: '2024-12-31' });
    expect(closed.rows).toHaveLength(1);
    expect(closed.rows[0]).toMatchObject({
      action: 'org.close',
      before: { status: 'active' },
      after: { status: 'closed' },
    });
  });

  it('people writes, and the unmasked read', async () => {
    const g1 = await t.ctx.newOrg(org.district, 'grassroots');
    const g2 = await t.ctx.newOrg(org.district, 'grassroots');
    const idNumber = t.ctx.newIdNumber();
    const created = await audited('POST', '/api/members', {
      name: '审计会员',
      idNumber,
      orgId: g1.id,
      joinedOn: '2020-01-01',
    });
    expect(created.rows.map((r) => r.action)).toEqual(['person.create']);
    expect(created.rows[0]).toMatchObject({
      entity: 'person',
      entity_id: String(created.res.id),
      org_id: g1.id,
    });
    const personId = created.res.id;

    const updated = await audited('PATCH', `/api/members/${personId}`, {
      phone: '13911112222',
      isOutdoor: true,
    });
    expect(updated.rows.map((r) => r.action)).toEqual(['person.update']);
    expect(updated.rows[0].before).toMatchObject({ phone: null, isOutdoor: false });
    expect(updated.rows[0].after).toMatchObject({ phone: '13911112222', isOutdoor: true });

    const moved = await audited('POST', `/api/members/${personId}/transfer`, {
      toOrgId: g2.id,
      on: '2024-01-01',
    });
    expect(moved.rows.map((r) => r.action)).toEqual(['person.transfer']);
    expect(moved.rows[0]).toMatchObject({
      before: { orgId: g1.id },
      after: { orgId: g2.id, on: '2024-01-01' },
    });

    const revealed = await audited('POST', `/api/members/${personId}/reveal-id`);
    expect(revealed.res.idNumber).toBe(idNumber);
    expect(revealed.rows.map((r) => r.action)).toEqual(['person.id_number.read']);

    // the audit log itself never holds the full number
    const all = await t.db.query('select before, after from audit_log');
    expect(JSON.stringify(all.rows)).not.toContain(idNumber);

    const worker = await t.ctx.newUser('worker', null, personId);
    const cookie = await t.login(worker.username, worker.password);
    await audited('POST', '/api/me/phone/code', { phone: '13933334444' }, cookie);
    const sent = await t.db.query<{ text: string }>('select text from outbox where recipient = $1', [
      '13933334444',
    ]);
    const code = sent.rows[0].text.match(/\d{6}/)?.[0];
    const self = await audited('POST', '/api/me/phone', { phone: '13933334444', code }, cookie);
    expect(self.rows.map((r) => r.action)).toEqual(['person.update_self']);
    expect(self.rows[0]).toMatchObject({
      user_id: worker.id,
      before: { phone: '13911112222' },
      after: { phone: '13933334444' },
    });
  });

  it('a sign-in is audited', async () => {
    const u = await t.ctx.newUser('admin', null);
    const from = await lastId();
    await t.login(u.username, u.password);
    expect((await rowsAfter(from)).map((r) => [r.action, r.user_id])).toEqual([['auth.login', u.id]]);
  });

  it('a refused write leaves no audit row (the row shares the write’s transaction)', async () => {
    const g = await t.ctx.newOrg(org.district, 'grassroots');
    const idNumber = t.ctx.newIdNumber();
    await audited('POST', '/api/members', { name: '第一次', idNumber, orgId: g.id });
    const from = await lastId();
    const dup = await t.call({
      method: 'POST',
      url: '/api/members',
      cookie: admin,
      body: { name: '第二次', idNumber, orgId: g.id },
    });
    expect(dup.statusCode).toBe(409);
    const bad = await t.call({
      method: 'POST',
      url: `/api/orgs/${g.id}/children`,
      cookie: admin,
      body: { name: '层级错误', kind: 'district' },
    });
    expect(bad.statusCode).toBe(400);
    const nonEmpty = await t.call({
      method: 'POST',
      url: `/api/orgs/${g.id}/close`,
      cookie: admin,
      body: { closedOn: '2024-12-31' },
    });
    expect(nonEmpty.statusCode).toBe(409);
    expect(await rowsAfter(from)).toEqual([]);
  });
});

describe('reading the audit log', () => {
  it('is for the audit administrator only: the system and security administrators are refused it', async () => {
    const staff = await t.ctx.newUser('staff', org.district);
    const reviewer = await t.ctx.newUser('reviewer', org.district);
    const system = await t.ctx.newUser('admin', null);
    const security = await t.ctx.newUser('security_admin', null);
    for (const u of [staff, reviewer, system, security]) {
      const cookie = await t.login(u.username, u.password);
      const res = await t.call({ method: 'GET', url: '/api/audit', cookie });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PERMISSION_DENIED');
    }
    expect((await t.call({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('lists newest first and filters by action, entity and user', async () => {
    const res = await t.call({ method: 'GET', url: '/api/audit?action=org.&pageSize=200', cookie: auditor });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { action: string; id: number }[]; total: number };
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((r) => r.action.startsWith('org.'))).toBe(true);
    const ids = body.items.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const byEntity = await t.call({
      method: 'GET',
      url: '/api/audit?entity=person&action=person.id_number.read',
      cookie: auditor,
    });
    expect(byEntity.json().items.length).toBeGreaterThan(0);
    expect(byEntity.json().items.every((r: { action: string }) => r.action === 'person.id_number.read')).toBe(
      true,
    );

    // the day the latest row was written (the database stamps each row)
    const { rows } = await t.db.query<{ day: string }>(
      `select to_char(max(at), 'YYYY-MM-DD') as day from audit_log`,
    );
    const today = rows[0].day;
    const dated = await t.call({
      method: 'GET',
      url: `/api/audit?from=${today}&to=${today}`,
      cookie: auditor,
    });
    expect(dated.json().total).toBeGreaterThan(0);
    const future = await t.call({ method: 'GET', url: '/api/audit?from=2999-01-01', cookie: auditor });
    expect(future.json().total).toBe(0);
  });

  it('names people and unions, never login names, and uses only the published vocabulary', async () => {
    const staff = await staffWhoRenamed(org.district, '审计员张三', '审计简称');
    const res = await auditorReads('org.update');
    const mine = res.json().items.find((r: { userId: number | null }) => r.userId === staff.id);
    expect(mine).toMatchObject({
      actorName: '审计员张三',
      actorOrgName: org.district.name,
      orgName: org.district.name,
      entity: 'org',
    });
    expect(res.body).not.toContain(staff.username);
    expect(Object.keys(mine)).not.toContain('username');
    const all = await t.call({ method: 'GET', url: '/api/audit?pageSize=200', cookie: auditor });
    for (const r of all.json().items as { action: string; entity: string }[]) {
      expect(AUDIT_ACTIONS).toContain(r.action);
      expect(AUDIT_ENTITIES).toContain(r.entity);
    }
  });

  it('finds the rows of a person by part of their name or by their login name, not of others', async () => {
    const staff = await staffWhoRenamed(org.other, '筛选员李四', '筛选简称');
    for (const actor of ['李四', staff.username]) {
      const res = await t.call({
        method: 'GET',
        url: `/api/audit?actor=${encodeURIComponent(actor)}&pageSize=200`,
        cookie: auditor,
      });
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { userId: number | null; action: string }[];
      expect(items.some((r) => r.action === 'org.update')).toBe(true);
      expect(items.every((r) => r.userId === staff.id)).toBe(true);
    }
    const nobody = await t.call({ method: 'GET', url: '/api/audit?actor=无此人', cookie: auditor });
    expect(nobody.json().total).toBe(0);
  });

  it('answers the names of the unions a change names by id (a move: the old and the new parent)', async () => {
    const moved = await auditorReads('org.move');
    const row = (
      moved.json().items as {
        before: { parentId: number };
        after: { parentId: number };
        unionNames: Record<string, string>;
      }[]
    ).find((r) => r.before.parentId === org.district.id && r.after.parentId === org.other.id);
    expect(row?.unionNames).toEqual({
      [org.district.id]: org.district.name,
      [org.other.id]: org.other.name,
    });
  });

  it('answers the names of the unions a value names deeper down (a new account: each role at its union)', async () => {
    const { res } = await audited('POST', '/api/users', {
      username: 'audit-roles-staff',
      displayName: '角色审计员',
      password: 'temporary-pass-1',
      roles: [{ role: 'staff', orgId: org.other.id }],
    });
    const list = await auditorReads('user.create');
    const row = (list.json().items as { entityId: string; unionNames: Record<string, string> }[]).find(
      (r) => r.entityId === String(res.id),
    );
    expect(row?.unionNames).toEqual({ [org.other.id]: org.other.name });
  });

  it('answers the name of the member a row is about, never only their number', async () => {
    const res = await auditorReads('person.create');
    const row = (res.json().items as { entityId: string; entityName: string | null }[]).find(
      (r) => r.entityName === '审计会员',
    );
    expect(row?.entityId).toMatch(/^\d+$/);
  });

  it('answers the name of the account a row is about (a reset password), in the list and the export', async () => {
    const staff = await t.ctx.newUser('staff', org.district);
    await t.db.query(`update users set display_name = '被重置的周五' where id = $1`, [staff.id]);
    await audited('POST', `/api/users/${staff.id}/reset-password`);
    const res = await auditorReads('user.reset_password');
    const row = (res.json().items as { entityId: string; entityName: string | null }[]).find(
      (r) => r.entityId === String(staff.id),
    );
    expect(row?.entityName).toBe('被重置的周五');
    expect(res.body).not.toContain(staff.username);
    const file = await t.call({
      method: 'GET',
      url: '/api/audit.xlsx?action=user.reset_password',
      cookie: auditor,
    });
    const { readSheet } = await import('../src/shared/sheet-reader.ts');
    const sheet = await readSheet(file.rawPayload, 'audit.xlsx', { isHeader: (c) => c.includes('操作人') });
    const col = sheet.headers.indexOf('对象');
    expect(sheet.rows.map((r) => r.cells[col])).toContain('被重置的周五');
  });

  it('names a role by its name in the export, never its code', async () => {
    const security = await t.signInAs('security_admin', null);
    const put = await t.call({
      method: 'PUT',
      url: '/api/roles/reviewer',
      cookie: security,
      body: { withdrawn: ['people.export'] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const file = await t.call({ method: 'GET', url: '/api/audit.xlsx?action=role.update', cookie: auditor });
    const { readSheet } = await import('../src/shared/sheet-reader.ts');
    const sheet = await readSheet(file.rawPayload, 'audit.xlsx', { isHeader: (c) => c.includes('操作人') });
    const col = sheet.headers.indexOf('对象');
    expect(sheet.rows.map((r) => r.cells[col])).toContain('审核人');
  });

  it('exports the log as filtered, in words, and logs the export; others are refused', async () => {
    const res = await t.call({ method: 'GET', url: '/api/audit.xlsx?action=person.create', cookie: auditor });
    expect(res.statusCode, res.body).toBe(200);
    const { readSheet } = await import('../src/shared/sheet-reader.ts');
    const sheet = await readSheet(res.rawPayload, 'audit.xlsx', { isHeader: (c) => c.includes('操作人') });
    const col = (name: string) => sheet.headers.indexOf(name);
    const row = sheet.rows.find((r) => r.cells[col('对象')] === '审计会员');
    expect(row?.cells[col('操作')]).toBe('新增会员');
    expect(row?.cells[col('时间')]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(sheet.rows.every((r) => !String(r.cells[col('操作')]).includes('.'))).toBe(true);
    const logged = await t.call({ method: 'GET', url: '/api/audit?action=audit.export', cookie: auditor });
    expect(logged.json().total).toBeGreaterThan(0);
    const bad = await t.call({ method: 'GET', url: '/api/audit.xlsx?from=2026-02-30', cookie: auditor });
    expect(bad.statusCode).toBe(400);
  });
});
