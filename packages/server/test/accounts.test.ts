import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSetup } from '../src/modules/auth/index.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { createTestApp } from './api.ts';
import { TEST_TODAY } from './clock.ts';
import { multipartForm } from './multipart.ts';

/** Accounts for every union, from the first administrator of an empty installation down to a district's staff. */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const json = (cookie: string, method: string, url: string, body?: unknown) =>
  t.call({ method, url, body, cookie });

function xlsxUpload(rows: string[][]) {
  const file = writeWorkbook([{ name: 'Sheet1', headers: rows[0], rows: rows.slice(1) }]);
  const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return multipartForm({ files: [{ name: 'accounts.xlsx', mime, data: file }] }, '----accountsimport');
}

describe('a fresh installation', () => {
  let admin = '';
  let district = { id: 0, path: '' };
  let street = { id: 0 };
  let other = { id: 0 };
  let manager = '';

  it('has no account: the set-up page is needed and takes only a console token', async () => {
    expect((await t.call({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
    // two server processes start on the empty database, each printing its token: the first one's still opens it
    const token = await prepareSetup(t.db);
    const secondProcess = await prepareSetup(t.db);
    expect(token).toBeTruthy();
    expect(secondProcess).toBeTruthy();
    expect(secondProcess).not.toBe(token);
    const body = { username: 'root', displayName: '平台管理员', password: 'first-admin-2026' };
    const wrong = await t.call({ method: 'POST', url: '/api/setup', body: { ...body, token: 'nope' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('SETUP_TOKEN_INVALID');
    const weak = await t.call({
      method: 'POST',
      url: '/api/setup',
      body: { ...body, token, password: '12345678' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_TOO_WEAK');
    const ok = await t.call({ method: 'POST', url: '/api/setup', body: { ...body, token } });
    expect(ok.statusCode).toBe(200);
    expect(ok.cookies.some((c) => c.name === 'gonghui_session')).toBe(true);
    const again = await t.call({ method: 'POST', url: '/api/setup', body: { ...body, token } });
    expect(again.statusCode).toBe(409);
    const other = await t.call({
      method: 'POST',
      url: '/api/setup',
      body: { ...body, token: secondProcess },
    });
    expect(other.statusCode).toBe(409);
    expect((await t.db.query('select count(*)::int as n from setup_token')).rows[0]).toEqual({ n: 0 });
    expect((await t.call({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    expect(await prepareSetup(t.db)).toBeNull();
    admin = await t.login('root', 'first-admin-2026');
  });

  it('the administrator creates the federation and a district with POST /api/orgs', async () => {
    const noKind = await json(admin, 'POST', '/api/orgs', { name: '某区总工会', kind: 'district' });
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.code).toBe('ORG_PARENT_REQUIRED');
    const fed = await json(admin, 'POST', '/api/orgs', { name: '北京市总工会', kind: 'federation' });
    expect(fed.statusCode).toBe(200);
    const d = await json(admin, 'POST', '/api/orgs', {
      name: '顺义区总工会',
      kind: 'district',
      parentId: fed.json().id,
    });
    expect(d.statusCode).toBe(200);
    district = d.json();
    street = (
      await json(admin, 'POST', `/api/orgs/${district.id}/children`, { name: '杨镇总工会', kind: 'town' })
    ).json();
    other = (
      await json(admin, 'POST', '/api/orgs', {
        name: '昌平区总工会',
        kind: 'district',
        parentId: fed.json().id,
      })
    ).json();
  });

  it('creates the district manager, who must change the password before anything else', async () => {
    const res = await json(admin, 'POST', '/api/users', {
      username: 'sy-admin',
      displayName: '顺义管理员',
      password: 'temporary-pass-1',
      phone: '13911110000',
      roles: [{ role: 'manager', orgId: district.id }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      mustChangePassword: true,
      roles: [{ role: 'manager', orgId: district.id }],
    });
    manager = await t.login('sy-admin', 'temporary-pass-1');
    const me = await json(manager, 'GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ role: 'manager', mustChangePassword: true });
    const blocked = await json(manager, 'GET', '/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    /** The manager's own password changed from `current` to `next`. */
    const changePassword = (current: string, next: string) =>
      json(manager, 'POST', '/api/auth/password', { currentPassword: current, newPassword: next });
    // a refusal names the field it concerns, so the form says it there
    const wrong = await changePassword('not-the-password-1', 'shunyi-manager-2026');
    expect(wrong.json().error).toMatchObject({
      code: 'WRONG_CURRENT_PASSWORD',
      details: { field: 'currentPassword' },
    });
    const same = await changePassword('temporary-pass-1', 'temporary-pass-1');
    expect(same.json().error).toMatchObject({
      code: 'PASSWORD_UNCHANGED',
      details: { field: 'newPassword' },
    });
    const changed = await changePassword('temporary-pass-1', 'shunyi-manager-2026');
    expect(changed.statusCode).toBe(200);
    expect((await json(manager, 'GET', '/api/users')).statusCode).toBe(200);
    // the same password again by the phone number
    expect(await t.login('13911110000', 'shunyi-manager-2026')).toBeTruthy();
  });

  it('a manager grants roles only in the subtree, never admin', async () => {
    const outside = await json(manager, 'POST', '/api/users', {
      username: 'cp-staff',
      displayName: '昌平',
      password: 'outside-pass-99',
      roles: [{ role: 'staff', orgId: other.id }],
    });
    // a union outside the subtree is one the manager cannot see (ADR 72); granting admin is a permission they lack
    expect(outside.statusCode).toBe(404);
    const asAdmin = await json(manager, 'POST', '/api/users', {
      username: 'sy-root',
      displayName: '越权',
      password: 'outside-pass-99',
      roles: [{ role: 'admin', orgId: null }],
    });
    expect(asAdmin.statusCode).toBe(403);
    const dup = await json(manager, 'POST', '/api/users', {
      username: 'sy-admin',
      displayName: '重名',
      password: 'another-pass-99',
      roles: [{ role: 'staff', orgId: street.id }],
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USERNAME_TAKEN');
  });

  it('imports 20 staff accounts from .xlsx, all or nothing, with row errors', async () => {
    const header = ['用户名', '姓名', '手机号', '所在工会', '角色', '初始密码'];
    const badFile = xlsxUpload([
      header,
      ['yz-01', '张一', '13900000001', '杨镇总工会', '工作人员', ''],
      ['yz-01', '张二', '13900000002', '杨镇总工会', '工作人员', ''],
      ['cp-01', '李三', '', '昌平区总工会', '工作人员', ''],
      ['yz-04', '王四', '139', '杨镇总工会', '会计', ''],
      ['yz-05', '赵五', '', '杨镇总工会', '审核人', '123456789'],
    ]);
    // the check (预检) answers the same row errors the import refuses with, and makes no account
    const check = await t.call({
      method: 'POST',
      url: '/api/users/import?dryRun=true',
      cookie: manager,
      ...badFile,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ dryRun: true, total: 5, accounts: [] });
    const bad = await t.call({ method: 'POST', url: '/api/users/import', cookie: manager, ...badFile });
    expect(bad.statusCode).toBe(400);
    const errors = bad.json().error.details.errors as { rowNo: number; code: string; column: string }[];
    expect(check.json().errors).toEqual(errors);
    // the weak first password is said with the other rows' errors, not once they are mended, and not shown
    expect(errors.map((e) => `${e.rowNo}:${e.code}`)).toEqual([
      '3:DUPLICATE_IN_FILE',
      '4:UNION_NOT_FOUND',
      '5:PHONE_INVALID',
      '5:ROLE_INVALID',
      '6:PASSWORD_TOO_WEAK',
    ]);
    expect(errors[4]).toMatchObject({ column: '初始密码', value: '' });
    // a union outside the subtree is said with what to write, as every register says it
    expect(errors[1]).toMatchObject({
      messageZh: '本工会范围内没有「昌平区总工会」；请填写工会组织中该工会的全称、简称或统一社会信用代码',
    });
    const n = await t.db.query<{ n: number }>(`select count(*) as n from users where username like 'yz-%'`);
    expect(n.rows[0].n).toBe(0);

    const rows = Array.from({ length: 20 }, (_, i) => [
      `yz-${String(i + 1).padStart(2, '0')}`,
      `职员${i + 1}`,
      `1390000${String(i + 1).padStart(4, '0')}`,
      // the union as every register reads it: also without its ending, as sheets often write it
      i % 2 ? (i % 4 === 1 ? ' 杨镇 ' : '杨镇总工会') : '顺义区总工会',
      i === 0 ? '审核人' : '工作人员',
      i === 1 ? 'chosen-initial-pw-9' : '',
    ]);
    const good = await t.call({
      method: 'POST',
      url: '/api/users/import?dryRun=true',
      cookie: manager,
      ...xlsxUpload([header, ...rows]),
    });
    expect(good.json()).toMatchObject({ dryRun: true, total: 20, errors: [] });
    expect(good.json().accounts[1]).toEqual({
      rowNo: 3,
      username: 'yz-02',
      displayName: '职员2',
      union: '杨镇总工会',
      role: 'staff',
      password: 'given',
    });
    const checkedOnly = await t.db.query<{ n: number }>(
      `select count(*)::int as n from users where username like 'yz-%'`,
    );
    expect(checkedOnly.rows[0].n).toBe(0);
    const ok = await t.call({
      method: 'POST',
      url: '/api/users/import',
      cookie: manager,
      ...xlsxUpload([header, ...rows]),
    });
    expect(ok.statusCode).toBe(200);
    const created = ok.json().created as { username: string; temporaryPassword: string | null }[];
    expect(created).toHaveLength(20);
    expect(created[1].temporaryPassword).toBeNull();
    expect(created[2].temporaryPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    // no SMS provider here: the first passwords are in the sheet, downloaded once, and none went by SMS
    expect(ok.json().created.some((a: { passwordSent: boolean }) => a.passwordSent)).toBe(false);
    expect(Buffer.from(ok.json().accountsXlsxBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    // named as every list is: the importing union, what it is, the day (the app's clock stands at TEST_NOW)
    expect(ok.json().accountsFileName).toBe(`顺义区总工会新账号清单（截至${TEST_TODAY}）.xlsx`);
    // each signs in with the given or temporary password and must change it
    const s = await t.login('yz-03', created[2].temporaryPassword as string);
    expect((await json(s, 'GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
    const list = await json(manager, 'GET', `/api/users?orgId=${street.id}&pageSize=50`);
    expect(list.json().total).toBe(10);
  });

  it('hashes the imported passwords ahead: a weak one is refused with its row, equal ones hash apart', async () => {
    const header = ['用户名', '姓名', '所在工会', '角色', '初始密码'];
    const weakFile = xlsxUpload([
      header,
      ['hz-01', '何一', '杨镇总工会', '工作人员', ''],
      ['hz-02', '何二', '杨镇总工会', '工作人员', '12345678'],
      // two classes of characters: a staff account's first password meets the staff rule of three
      ['hz-04', '何四', '杨镇总工会', '工作人员', 'initialpassword9'],
    ]);
    const weak = await t.call({ method: 'POST', url: '/api/users/import', cookie: manager, ...weakFile });
    expect(weak.statusCode).toBe(400);
    const errors = weak.json().error.details.errors as { rowNo: number; code: string; column: string }[];
    expect(errors.map((e) => `${e.rowNo}:${e.code}:${e.column}`)).toEqual([
      '3:PASSWORD_TOO_WEAK:初始密码',
      '4:PASSWORD_TOO_WEAK:初始密码',
    ]);
    // the check finds the weak passwords too, though it hashes none
    const checked = await t.call({
      method: 'POST',
      url: '/api/users/import?dryRun=true',
      cookie: manager,
      ...weakFile,
    });
    expect(checked.json().errors.map((e: { rowNo: number; code: string }) => `${e.rowNo}:${e.code}`)).toEqual(
      ['3:PASSWORD_TOO_WEAK', '4:PASSWORD_TOO_WEAK'],
    );
    const none = await t.db.query<{ n: number }>(
      `select count(*) as n from users where username like 'hz-%'`,
    );
    expect(Number(none.rows[0].n)).toBe(0);

    const ok = await t.call({
      method: 'POST',
      url: '/api/users/import',
      cookie: manager,
      ...xlsxUpload([
        header,
        ['hz-01', '何一', '杨镇总工会', '工作人员', 'shared-initial-9'],
        ['hz-02', '何二', '杨镇总工会', '工作人员', 'shared-initial-9'],
        ['hz-03', '何三', '杨镇总工会', '工作人员', ''],
      ]),
    });
    expect(ok.statusCode).toBe(200);
    const hashes = await t.db.query<{ username: string; password_hash: string }>(
      `select username, password_hash from users where username like 'hz-%' order by username`,
    );
    expect(hashes.rows.map((r) => r.password_hash.split('$').slice(0, 4).join('$'))).toEqual([
      'scrypt$16384$8$1',
      'scrypt$16384$8$1',
      'scrypt$16384$8$1',
    ]);
    expect(hashes.rows[0].password_hash).not.toBe(hashes.rows[1].password_hash);
    await t.login('hz-02', 'shared-initial-9');
    await t.login('hz-03', ok.json().created[2].temporaryPassword);
  });

  it('gives a template whose columns the import reads: filled in, it opens the account', async () => {
    const res = await t.call({ method: 'GET', url: '/api/users/import/template.xlsx', cookie: manager });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const template = await readSheet(res.rawPayload, '账号导入模板.xlsx');
    expect(template.headers).toEqual(['用户名*', '姓名*', '手机号', '所在工会*', '角色*', '初始密码']);
    const filled = await t.call({
      method: 'POST',
      url: '/api/users/import',
      cookie: manager,
      ...xlsxUpload([template.headers, ['yz-tpl', '模板填写', '', '杨镇总工会', '单位管理员', '']]),
    });
    expect(filled.statusCode, filled.body).toBe(200);
    expect(
      filled.json().created.map((a: { username: string; role: string }) => [a.username, a.role]),
    ).toEqual([['yz-tpl', 'manager']]);
  });

  it('answers the union of each account by its name, also when the row gave its credit code', async () => {
    const uscc = '81320104510000027J';
    await t.db.query('update orgs set uscc = $2 where id = $1', [street.id, uscc]);
    const res = await t.call({
      method: 'POST',
      url: '/api/users/import',
      cookie: manager,
      ...xlsxUpload([
        ['用户名', '姓名', '所在工会', '角色', '初始密码'],
        ['yz-code', '代码填写', uscc, '工会工作人员', ''],
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created.map((a: { union: string; role: string }) => [a.union, a.role])).toEqual([
      ['杨镇总工会', 'staff'],
    ]);
    const sheet = await readSheet(Buffer.from(res.json().accountsXlsxBase64, 'base64'), '账号.xlsx');
    expect(sheet.rows[0].cells.slice(2, 4)).toEqual(['杨镇总工会', '工会工作人员']);
  });

  it('a person holds roles at two unions and switches between them', async () => {
    const res = await json(admin, 'POST', '/api/users', {
      username: 'two-hats',
      displayName: '两个角色',
      password: 'hats-twice-pass-1',
      roles: [
        { role: 'staff', orgId: street.id },
        { role: 'reviewer', orgId: district.id },
      ],
      mustChangePassword: false,
    });
    expect(res.statusCode).toBe(200);
    const s = await t.login('two-hats', 'hats-twice-pass-1');
    const me = (await json(s, 'GET', '/api/auth/me')).json();
    expect(me).toMatchObject({ role: 'staff', orgId: street.id, mustChangePassword: false });
    expect(me.roles).toHaveLength(2);
    const reviewer = me.roles.find((r: { role: string }) => r.role === 'reviewer');
    const switched = await json(s, 'POST', '/api/auth/switch-role', { assignmentId: reviewer.assignmentId });
    expect(switched.json()).toMatchObject({ role: 'reviewer', orgId: district.id });
    const roots = (await json(s, 'GET', '/api/orgs/roots')).json();
    expect(JSON.stringify(roots)).toContain('顺义区总工会');
  });

  it('disable ends the sessions; reset gives a temporary password once; roles can be replaced', async () => {
    const target = (await json(manager, 'GET', '/api/users?q=yz-05')).json().items[0];
    const s = await t.login('yz-05', await reset(target.id));
    expect((await json(s, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const off = await json(manager, 'POST', `/api/users/${target.id}/disable`);
    expect(off.json().isActive).toBe(false);
    expect((await json(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await json(manager, 'POST', `/api/users/${target.id}/enable`)).json().isActive).toBe(true);
    const pw = await reset(target.id);
    const s2 = await t.login('yz-05', pw);
    expect((await json(s2, 'GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
    const edited = await json(manager, 'PATCH', `/api/users/${target.id}`, {
      roles: [{ role: 'reviewer', orgId: district.id }],
    });
    expect(edited.json().roles).toMatchObject([{ role: 'reviewer', orgId: district.id }]);
    const noUnion = await json(manager, 'PATCH', `/api/users/${target.id}`, {
      roles: [{ role: 'staff', orgId: null }],
    });
    expect(noUnion.statusCode).toBe(400);
    expect(noUnion.json().error.code).toBe('INVALID_ROLES');
    // the session acted as a role that is gone
    expect((await json(s2, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const self = await json(
      manager,
      'POST',
      `/api/users/${(await json(manager, 'GET', '/api/auth/me')).json().userId}/disable`,
    );
    expect(self.statusCode).toBe(400);
    const audit = await t.db.query<{ action: string }>(
      `select distinct action from audit_log where entity = 'user' and entity_id = $1`,
      [String(target.id)],
    );
    expect(audit.rows.map((r) => r.action).sort()).toEqual(
      expect.arrayContaining([
        'user.create',
        'user.disable',
        'user.enable',
        'user.reset_password',
        'user.update',
      ]),
    );
    const logged = await t.db.query<{ n: number }>(
      `select count(*) as n from audit_log where after::text like $1`,
      [`%${pw}%`],
    );
    expect(logged.rows[0].n).toBe(0);

    async function reset(id: number): Promise<string> {
      const r = await json(manager, 'POST', `/api/users/${id}/reset-password`);
      expect(r.statusCode).toBe(200);
      return r.json().temporaryPassword;
    }
  });
});
