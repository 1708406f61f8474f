import { beforeAll, describe, expect, it } from 'vitest';
import { sealAudit, verifyAudit } from '../src/modules/audit/index.ts';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { rejection } from './factories.ts';
import { signInKit } from './sign-in-kit.ts';

/**
 * Failed sign-ins and sign-outs in the audit log (等保 level 3): kept with the log's hash chain, not only in
 * login_failures (purged after a day). A failed attempt has no acting user, only the caller's address.
 */

const kit = signInKit();
const { auth, ip, staffUser } = kit;
let t: ReturnType<typeof kit.app>;
beforeAll(() => {
  t = kit.app();
});

const signIn = (username: string, password: string, from: string) =>
  t.call({
    method: 'POST',
    url: '/api/auth/login',
    body: { username, password },
    headers: { 'x-forwarded-for': from },
  });

interface Row {
  action: string;
  entity: string;
  entityId: string | null;
  userId: number | null;
  username: string | null;
  actorName: string | null;
  ip: string | null;
  after: unknown;
}

/** The audit rows of these actions from one address, oldest first. */
async function rowsFrom(from: string, actions = ['auth.login', 'auth.login_failed', 'auth.logout']) {
  const { rows } = await t.db.query<Row>(
    `select action, entity, entity_id as "entityId", user_id as "userId", username, actor_name as "actorName",
            ip, after
       from audit_log where ip = $1 and action = any($2::text[]) order by id`,
    [from, actions],
  );
  return rows.map((r) => ({ ...r, after: typeof r.after === 'string' ? JSON.parse(r.after) : r.after }));
}

const failed = (entityId: number | null, from: string, after: object) => ({
  action: 'auth.login_failed',
  entity: 'user',
  entityId: entityId === null ? null : String(entityId),
  userId: null,
  username: null,
  actorName: null,
  ip: from,
  after,
});

/**
 * A staff account changed by `change` (SQL given the user's id) is refused its right password (401), and the one row
 * on the log is the failure, with `reason`.
 */
async function expectRightPasswordRefused(change: string, reason: string) {
  const u = await staffUser();
  await t.db.query(change, [u.userId]);
  const from = ip();
  expect((await signIn(u.username, u.password, from)).statusCode).toBe(401);
  expect(await rowsFrom(from)).toEqual([failed(u.userId, from, { login: u.username, reason })]);
}

describe('a failed password sign-in is audited, with no acting user', () => {
  it('a wrong password on an existing account', async () => {
    const u = await staffUser();
    const from = ip();
    expect((await signIn(u.username, 'wrong password', from)).statusCode).toBe(401);
    expect(await rowsFrom(from)).toEqual([
      failed(u.userId, from, { login: u.username, reason: 'wrong_password' }),
    ]);
  });

  it('a wrong password on an existing account named by its phone: the phone kept as typed', async () => {
    const phone = t.ctx.newPhone();
    const u = await staffUser(phone);
    const from = ip();
    expect((await signIn(phone, 'wrong password', from)).statusCode).toBe(401);
    expect(await rowsFrom(from)).toEqual([
      failed(u.userId, from, { login: phone, reason: 'wrong_password' }),
    ]);
  });

  it('an unknown login: no account, the text typed masked to its first character and length', async () => {
    const from = ip();
    const login = `nobody${t.ctx.unique()}`;
    expect((await signIn(`  ${login} `, 'whatever-it-is', from)).statusCode).toBe(401);
    const long = `x${t.ctx.unique()}`.padEnd(100, 'y');
    expect((await rejection(auth().login(long, 'whatever-it-is', from))).code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('abc', 'whatever-it-is', from)).statusCode).toBe(401);
    expect((await signIn('张三丰同志', 'whatever-it-is', from)).statusCode).toBe(401);
    const rows = await rowsFrom(from);
    expect(rows).toEqual([
      failed(null, from, { loginMasked: `n******* (${login.length})`, reason: 'unknown_login' }),
      failed(null, from, { loginMasked: 'x******* (100)', reason: 'unknown_login' }),
      failed(null, from, { loginMasked: '*** (3)', reason: 'unknown_login' }),
      failed(null, from, { loginMasked: '张******* (5)', reason: 'unknown_login' }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(login);
  });

  it('a password typed into the login box is kept nowhere, while its failures still count', async () => {
    const u = await staffUser();
    const from = ip();
    const typed = `Pw-${t.ctx.unique()}-secret!`;
    for (let i = 0; i < 5; i++) expect((await signIn(typed, u.password, from)).statusCode).toBe(401);
    // the sixth try of the same text from the same address waits, as any login's does
    expect((await signIn(typed, u.password, from)).statusCode).toBe(429);
    const audited = await rowsFrom(from);
    expect(audited).toHaveLength(5);
    expect(audited[0]).toEqual(
      failed(null, from, { loginMasked: `P******* (${typed.length})`, reason: 'unknown_login' }),
    );
    const { rows } = await t.db.query<{ n: number }>(
      `select (select count(*) from audit_log where after::text like $1 or before::text like $1)
            + (select count(*) from login_failures where login_key like $1)
            + (select count(*) from login_attempts where login_key like $1) as n`,
      [`%${typed}%`],
    );
    expect(rows[0].n).toBe(0);
    const { rows: kept } = await t.db.query<{ n: number }>(
      'select count(*) as n from login_failures where ip = $1',
      [from],
    );
    expect(kept[0].n).toBe(5);
  });

  it('a disabled account, with its right password', () =>
    expectRightPasswordRefused('update users set is_active = false where id = $1', 'disabled'));

  it('a right password on an account with no role', () =>
    expectRightPasswordRefused('delete from role_assignments where user_id = $1', 'no_role'));

  it('an attempt the throttle refuses before the password is checked writes nothing', async () => {
    const u = await staffUser();
    const from = ip();
    for (let i = 0; i < 5; i++) expect((await signIn(u.username, `wrong-${i}`, from)).statusCode).toBe(401);
    expect((await signIn(u.username, 'wrong-again', from)).statusCode).toBe(429);
    const rows = await rowsFrom(from);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.action === 'auth.login_failed')).toBe(true);
  });
});

describe('signing in and out', () => {
  it('a sign-in is audited as auth.login as before, a sign-out as auth.logout by the session’s user', async () => {
    const u = await staffUser();
    const from = ip();
    const res = await signIn(u.username, u.password, from);
    expect(res.statusCode).toBe(200);
    const token = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    const out = await t.call({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: token,
      headers: { 'x-forwarded-for': from },
    });
    expect(out.statusCode).toBe(200);
    const by = { entity: 'user', entityId: String(u.userId), userId: u.userId, username: u.username };
    expect(await rowsFrom(from)).toMatchObject([
      { action: 'auth.login', ...by, actorName: '工作人员', ip: from },
      { action: 'auth.logout', ...by, actorName: '工作人员', ip: from, after: null },
    ]);
    // the session is gone: signing out with it again writes nothing
    await t.call({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: token,
      headers: { 'x-forwarded-for': from },
    });
    expect(await rowsFrom(from, ['auth.logout'])).toHaveLength(1);
  });
});

describe('a wrong SMS code at sign-in', () => {
  it('is audited with the phone masked, about the account with that phone', async () => {
    const phone = t.ctx.newPhone();
    const u = await staffUser(phone);
    await t.db.query('update users set sms_sign_in = true where id = $1', [u.userId]);
    const from = ip();
    const post = (url: string, body: object) =>
      t.call({ method: 'POST', url, body, headers: { 'x-forwarded-for': from } });
    expect((await post('/api/auth/sms-code', { phone, portal: 'staff' })).statusCode).toBe(200);
    const { rows } = await t.db.query<{ text: string }>(
      'select text from outbox where recipient = $1 order by id desc limit 1',
      [phone],
    );
    const code = rows[0].text.match(/\d{6}/)?.[0] as string;
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await post('/api/auth/sms-login', { phone, code: wrong, portal: 'staff' })).statusCode).toBe(401);
    const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
    const audited = await rowsFrom(from);
    expect(audited).toEqual([failed(u.userId, from, { phone: masked, reason: 'wrong_code' })]);
    expect(JSON.stringify(audited)).not.toContain(phone);
    // a number no account has: no account named
    const other = t.ctx.newPhone();
    expect(
      (await post('/api/auth/sms-login', { phone: other, code: wrong, portal: 'staff' })).statusCode,
    ).toBe(401);
    expect((await rowsFrom(from)).at(-1)).toEqual(
      failed(null, from, { phone: `${other.slice(0, 3)}****${other.slice(-4)}`, reason: 'wrong_code' }),
    );
  });
});

describe('the hash chain', () => {
  it('seals and verifies with the failed sign-ins and sign-outs in it', async () => {
    const u = await staffUser();
    const from = ip();
    await signIn(u.username, 'wrong password', from);
    await signIn(`nobody${t.ctx.unique()}`, 'wrong password', from);
    const token = await t.login(u.username, u.password);
    await t.call({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: token,
      headers: { 'x-forwarded-for': from },
    });
    expect(await sealAudit(t.db, 'sha256')).toBeGreaterThanOrEqual(3);
    const { rows } = await t.db.query<{ action: string }>(
      `select action from audit_log
        where ip = $1 and action in ('auth.login_failed', 'auth.logout') and seq is not null order by seq`,
      [from],
    );
    expect(rows.map((r) => r.action)).toEqual(['auth.login_failed', 'auth.login_failed', 'auth.logout']);
    expect(await verifyAudit(t.db)).toMatchObject({ ok: true });
  });
});

describe('who a failed sign-in is by, on the log and in its export', () => {
  it('a visitor who is not signed in, not the system (a background job)', async () => {
    const from = ip();
    const login = `stranger${t.ctx.unique()}`;
    expect((await signIn(login, 'whatever-it-is', from)).statusCode).toBe(401);
    const cookie = await t.signInAs('audit_admin', null);
    const res = await t.call({ method: 'GET', url: '/api/audit.xlsx?action=auth.login_failed', cookie });
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res.rawPayload, 'log.xlsx');
    const row = sheet.rows.find((r) => r.cells.includes(from));
    expect(row?.cells.slice(1, 4)).toEqual(['未登录的访问者', '', '登录失败']);
    // the object: the login typed, masked as the row keeps it, never the text
    expect(row?.cells[5]).toBe(`s******* (${login.length})`);
    expect(JSON.stringify(sheet.rows)).not.toContain(login);
  });
});
