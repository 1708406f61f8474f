import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import { createTestApp, undeclaredAnswers } from './api.ts';
import { movableClock, TEST_NOW } from './clock.ts';

/** The staff account rules of ADR 82 (security settings, passwords, idle timeout, sessions, last sign-in). */

const clock = movableClock();
let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
const DEFAULTS = {
  minLength: 8,
  minClasses: 3,
  historyCount: 5,
  expiryDays: 90,
  idleMinutes: 30,
  maxSessions: 3,
};
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

beforeAll(async () => {
  t = await createTestApp({ clock, trustLoopback: true });
  const a = await t.ctx.newUser('security_admin', null, null, 'Admin-pass-2026');
  admin = await t.login(a.username, a.password);
});
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  clock.set(TEST_NOW);
  await t.db.query(
    `update security_settings set min_length = 8, min_classes = 3, history_count = 5, expiry_days = 90,
            idle_minutes = 30, max_sessions = 3`,
  );
  t.ctx.services.auth.forgetSessions();
});

let serial = 0;
/** A fresh client address per sign-in, so the throttle of one test does not touch another. */
const from = () => ({ 'x-forwarded-for': `10.9.${Math.floor(++serial / 250)}.${serial % 250}` });

async function staff(password = 'Staff-pass-1') {
  const root = await t.ctx.newRoot();
  return t.ctx.newUser('staff', root, null, password);
}

async function signIn(username: string, password: string, headers = from()) {
  const res = await t.call({ method: 'POST', url: '/api/auth/login', body: { username, password }, headers });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
  return { token: cookie as string, me: res.json() };
}

const get = (url: string, cookie: string) => t.call({ method: 'GET', url, cookie });
const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
  t.call({ method: 'POST', url: '/api/auth/password', cookie, body: { currentPassword, newPassword } });

describe('the security settings', () => {
  it('hold the defaults; a change is audited with the values before and after', async () => {
    const res = await get('/api/security-settings', admin);
    expect(res.json()).toEqual(DEFAULTS);
    const next = { ...DEFAULTS, expiryDays: 60, idleMinutes: 15 };
    const put = await t.call({ method: 'PUT', url: '/api/security-settings', cookie: admin, body: next });
    expect(put.statusCode, put.body).toBe(200);
    expect((await get('/api/security-settings', admin)).json()).toEqual(next);
    const { rows } = await t.db.query<{ before: unknown; after: unknown }>(
      `select before, after from audit_log where action = 'security_settings.update' order by id desc limit 1`,
    );
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(parse(rows[0].before)).toEqual(DEFAULTS);
    expect(parse(rows[0].after)).toEqual(next);
  });

  it('are refused to staff and to the system administrator, and refuse values out of range or unknown fields in both languages', async () => {
    const s = await staff();
    const clerk = (await signIn(s.username, s.password)).token;
    expect((await get('/api/security-settings', clerk)).statusCode).toBe(403);
    // what a new password must meet is told to the staff member themselves, with the settings' numbers
    const { minLength, minClasses, historyCount } = (await get('/api/security-settings', admin)).json();
    expect((await get('/api/auth/me', clerk)).json().passwordRules).toEqual({
      minLength,
      minClasses,
      historyCount,
    });
    // 三员分立: the system administrator keeps accounts, not their security rules (ADR 78)
    const sys = await t.ctx.newUser('admin', null, null, 'Admin-pass-2026');
    expect((await get('/api/security-settings', await t.login(sys.username, sys.password))).statusCode).toBe(
      403,
    );
    const low = await t.call({
      method: 'PUT',
      url: '/api/security-settings',
      cookie: admin,
      body: { ...DEFAULTS, minLength: 6 },
    });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.messageZh).toMatch(/密码最短长度/);
    const extra = await t.call({
      method: 'PUT',
      url: '/api/security-settings',
      cookie: admin,
      body: { ...DEFAULTS, lockoutMinutes: 5 },
    });
    expect(extra.statusCode).toBe(400);
  });
});

describe('staff passwords', () => {
  it('need the settings’ length and three of four classes; the refusal names the rule', async () => {
    const s = await staff();
    const { token } = await signIn(s.username, s.password);
    const two = await changePassword(token, s.password, 'only-lower-and-symbols');
    expect(two.statusCode).toBe(400);
    expect(two.json().error.messageZh).toBe(
      '工作人员密码需要包含小写字母、大写字母、数字、其他符号中的至少3类',
    );
    expect(two.json().error.messageEn).toMatch(/at least 3 of/);
    await t.db.query('update security_settings set min_length = 12');
    const short = await changePassword(token, s.password, 'Short-pw-1');
    expect(short.json().error.messageZh).toBe('工作人员密码至少需要12个字符');
    expect((await changePassword(token, s.password, 'Long-enough-pw-1')).statusCode).toBe(200);
  });

  it('chosen by an administrator, final or temporary, meet the staff rules; a temporary one is changed at the first sign-in', async () => {
    const sys = await t.ctx.newUser('admin', null, null, 'System-pass-2026');
    const cookie = await t.login(sys.username, sys.password);
    const root = await t.ctx.newRoot();
    const create = (username: string, password: string, mustChangePassword: boolean) =>
      t.call({
        method: 'POST',
        url: '/api/users',
        cookie,
        body: {
          username,
          displayName: '职员',
          password,
          roles: [{ role: 'staff', orgId: root.id }],
          mustChangePassword,
        },
      });
    const weak = await create('final-weak', 'lowerdigits12345', false);
    expect(weak.statusCode, weak.body).toBe(400);
    expect(weak.json().error.messageZh).toBe(
      '工作人员密码需要包含小写字母、大写字母、数字、其他符号中的至少3类',
    );
    // a first password the holder changes at the first sign-in meets them too: it opens the account until then
    expect((await create('temp-weak', 'lowerdigits12345', true)).statusCode).toBe(400);
    expect((await create('temp-strong', 'Temp-pass-2026', true)).statusCode).toBe(200);
    expect((await create('final-strong', 'Lowerdigits12345', false)).statusCode).toBe(200);
  });

  it('may not repeat any of the last five; the sixth back is allowed', async () => {
    const s = await staff();
    const { token } = await signIn(s.username, s.password);
    const pw = (i: number) => `Rotating-pw-${i}`;
    let current = s.password;
    for (let i = 1; i <= 4; i++) {
      expect((await changePassword(token, current, pw(i))).statusCode).toBe(200);
      current = pw(i);
    }
    // the last five: the first password and pw 1 to 4
    const reused = await changePassword(token, current, s.password);
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({
      code: 'PASSWORD_REUSED',
      messageZh: '新密码不能与最近5次使用过的密码相同',
    });
    expect((await changePassword(token, current, pw(5))).statusCode).toBe(200);
    expect((await changePassword(token, pw(5), s.password)).statusCode).toBe(200);
  });

  it('expire after the settings’ days: the session may then only change the password', async () => {
    const s = await staff();
    const first = await signIn(s.username, s.password);
    expect((await changePassword(first.token, s.password, 'Fresh-pass-2026')).statusCode).toBe(200);
    clock.advance(89 * DAY);
    const before = await signIn(s.username, 'Fresh-pass-2026');
    expect(before.me.passwordExpired).toBe(false);
    clock.advance(2 * DAY);
    const after = await signIn(s.username, 'Fresh-pass-2026');
    expect(after.me).toMatchObject({ passwordExpired: true, mustChangePassword: true });
    const refused = await get('/api/orgs/roots', after.token);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'PASSWORD_EXPIRED',
      messageZh: '您的密码已过期，请先修改密码',
    });
    expect((await changePassword(after.token, 'Fresh-pass-2026', 'Renewed-pass-2026')).statusCode).toBe(200);
    expect((await get('/api/orgs/roots', after.token)).statusCode).toBe(200);
    await t.db.query('update security_settings set expiry_days = 0');
    clock.advance(400 * DAY);
    expect((await signIn(s.username, 'Renewed-pass-2026')).me.passwordExpired).toBe(false);
  });

  it('of workers keep the general rules only: two classes do, and they never expire', async () => {
    const root = await t.ctx.newRoot();
    const person = await t.ctx.newPerson(root);
    const w = await t.ctx.newUser('worker', null, person.id, 'worker-pass');
    const { token, me } = await signIn(w.username, w.password);
    expect(me.passwordRules).toBeNull();
    expect((await changePassword(token, w.password, 'worker-phone')).statusCode).toBe(200);
    clock.advance(200 * DAY);
    expect((await signIn(w.username, 'worker-phone')).me.passwordExpired).toBe(false);
  });
});

describe('idle staff sessions', () => {
  it('end after the settings’ minutes without a request, with the reason, once', async () => {
    const s = await staff();
    const { token } = await signIn(s.username, s.password);
    for (let i = 0; i < 3; i++) {
      clock.advance(29 * MINUTE);
      expect((await get('/api/orgs/roots', token)).statusCode).toBe(200);
    }
    clock.advance(31 * MINUTE);
    const res = await get('/api/orgs/roots', token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'SESSION_IDLE',
      messageZh: '因长时间未操作已退出，请重新登录',
    });
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
    const session = await get('/api/auth/session', token);
    expect(session.json()).toMatchObject({ me: null, ended: { code: 'SESSION_IDLE' } });
    // signing in again from the same browser (still sending the old cookie) gives a working session
    const again = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: s.username, password: s.password },
      headers: { ...from(), cookie: `${SESSION_COOKIE}=${token}` },
    });
    const fresh = again.cookies.filter((c) => c.name === SESSION_COOKIE).at(-1)?.value;
    expect(fresh).toBeTruthy();
    expect((await get('/api/orgs/roots', fresh as string)).statusCode).toBe(200);
  });

  it('are marked seen at most once a minute', async () => {
    const s = await staff();
    const { token } = await signIn(s.username, s.password);
    const seen = async () =>
      (
        await t.db.query<{ at: Date }>('select last_seen_at as at from sessions where user_id = $1', [s.id])
      ).rows[0].at.toISOString();
    const start = await seen();
    expect(start).toBe(TEST_NOW.toISOString());
    clock.advance(40_000);
    await get('/api/orgs/roots', token);
    expect(await seen()).toBe(start);
    clock.advance(30_000);
    await get('/api/orgs/roots', token);
    expect(await seen()).toBe(new Date(TEST_NOW.getTime() + 70_000).toISOString());
  });

  it('but a worker’s phone session keeps only its absolute lifetime', async () => {
    const root = await t.ctx.newRoot();
    const person = await t.ctx.newPerson(root);
    const w = await t.ctx.newUser('worker', null, person.id, 'worker-pass');
    const { token } = await signIn(w.username, w.password);
    clock.advance(5 * 60 * MINUTE);
    expect((await get('/api/auth/me', token)).statusCode).toBe(200);
  });
});

describe('sessions per staff account', () => {
  it('a sign-in past the limit ends the oldest, whose holder is told why', async () => {
    const s = await staff();
    await t.db.query('update security_settings set max_sessions = 2');
    const one = await signIn(s.username, s.password);
    const two = await signIn(s.username, s.password);
    const three = await signIn(s.username, s.password);
    const res = await get('/api/orgs/roots', one.token);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'SESSION_REPLACED',
      messageZh: '您的账号已在其他地方登录，本次登录已退出',
    });
    expect((await get('/api/orgs/roots', two.token)).statusCode).toBe(200);
    expect((await get('/api/orgs/roots', three.token)).statusCode).toBe(200);
  });

  it('the server that took the sign-in ends the oldest at once, though it keeps sessions looked up a while', async () => {
    const cached = await createTestApp({ db: t.db, clock, trustLoopback: true, sessionCacheSeconds: 600 });
    try {
      const s = await staff();
      await t.db.query('update security_settings set max_sessions = 1');
      const signInThere = async () => {
        const res = await cached.call({
          method: 'POST',
          url: '/api/auth/login',
          body: { username: s.username, password: s.password },
          headers: from(),
        });
        expect(res.statusCode, res.body).toBe(200);
        return res.cookies.find((c) => c.name === SESSION_COOKIE)?.value as string;
      };
      const one = await signInThere();
      // its session is looked up, and kept
      expect((await cached.call({ method: 'GET', url: '/api/orgs/roots', cookie: one })).statusCode).toBe(
        200,
      );
      await signInThere();
      const res = await cached.call({ method: 'GET', url: '/api/orgs/roots', cookie: one });
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().error.code).toBe('SESSION_REPLACED');
    } finally {
      await cached.app.close();
    }
  });

  it('an idle session does not count; 0 means any number', async () => {
    const s = await staff();
    await t.db.query('update security_settings set max_sessions = 1');
    const idle = await signIn(s.username, s.password);
    clock.advance(31 * MINUTE);
    await signIn(s.username, s.password);
    expect((await get('/api/orgs/roots', idle.token)).json().error.code).toBe('SESSION_IDLE');
    await t.db.query('update security_settings set max_sessions = 0');
    const many = [];
    for (let i = 0; i < 5; i++) many.push(await signIn(s.username, s.password));
    for (const m of many) expect((await get('/api/orgs/roots', m.token)).statusCode).toBe(200);
  });

  it('eight sign-ins at once leave exactly the limit live', async () => {
    const s = await staff();
    await t.db.query('update security_settings set max_sessions = 2');
    const all = await Promise.all(Array.from({ length: 8 }, () => signIn(s.username, s.password)));
    const codes = await Promise.all(all.map(async (a) => (await get('/api/orgs/roots', a.token)).statusCode));
    expect(codes.filter((c) => c === 200).length).toBe(2);
    expect(codes.filter((c) => c === 401).length).toBe(6);
  });
});

describe('the last sign-in', () => {
  it('is shown with its time, address and the wrong passwords since', async () => {
    const s = await staff();
    const first = await signIn(s.username, s.password, { 'x-forwarded-for': '10.1.2.3' });
    expect(first.me.lastSignIn).toBeNull();
    clock.advance(DAY);
    for (let i = 0; i < 2; i++) {
      const wrong = await t.call({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: s.username, password: `wrong-${i}` },
        headers: from(),
      });
      expect(wrong.statusCode).toBe(401);
    }
    const second = await signIn(s.username, s.password, { 'x-forwarded-for': '10.4.5.6' });
    const expected = { at: TEST_NOW.toISOString(), ip: '10.1.2.3', failedAttempts: 2 };
    expect(second.me.lastSignIn).toEqual(expected);
    expect((await get('/api/auth/me', second.token)).json().lastSignIn).toEqual(expected);
    const third = await signIn(s.username, s.password);
    expect(third.me.lastSignIn).toMatchObject({ ip: '10.4.5.6', failedAttempts: 0 });
  });

  it('every status these routes answered is declared', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
