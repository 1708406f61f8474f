import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import { createTestApp, errorShapeProblem, undeclaredAnswers } from './api.ts';
import { movableClock } from './clock.ts';

/**
 * Sign-in by SMS code over HTTP (ADR 81): one answer for every number, the code from the outbox, the same session
 * as a password, and the limits kept in the database. The clock is moved, never waited for.
 */

const clock = movableClock();
let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp({ trustLoopback: true, clock });
});
afterAll(async () => {
  await t?.close();
});

let ipSerial = 0;
/** A fresh client address per test, so one test's per-address limit does not touch another's. */
const ip = () => `198.51.${Math.floor(++ipSerial / 250)}.${ipSerial % 250}`;
const post = (url: string, body: unknown, address = ip()) =>
  t.call({ method: 'POST', url, body, headers: { 'x-forwarded-for': address } });

async function newWorker() {
  const root = await t.ctx.newRoot();
  const union = await t.ctx.newOrg(await t.ctx.newOrg(root, 'district'), 'grassroots');
  const phone = t.ctx.newPhone();
  const person = await t.ctx.newPerson(union, { phone });
  const userId = await t.ctx.services.auth.createUser({
    username: `w${t.ctx.unique()}`,
    password: 'a-long-passphrase',
    displayName: '职工',
    roles: [{ role: 'worker', orgId: null }],
    personId: person.id,
    phone,
  });
  return { phone, userId, personId: person.id, union };
}

async function codesSentTo(phone: string) {
  const { rows } = await t.db.query<{ text: string; purpose: string }>(
    'select text, purpose from outbox where recipient = $1 order by id',
    [phone],
  );
  return rows;
}
const lastCode = async (phone: string) =>
  (await codesSentTo(phone)).at(-1)?.text.match(/\d{6}/)?.[0] as string;

describe('sign-in by SMS code', () => {
  it('sends a login code through the Sender and signs the worker in with the same session, audited', async () => {
    const w = await newWorker();
    const asked = await post('/api/auth/sms-code', { phone: w.phone });
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toEqual({ ok: true, resendAfterSeconds: 60 });
    const sent = await codesSentTo(w.phone);
    expect(sent.map((m) => m.purpose)).toEqual(['login_code']);
    const code = await lastCode(w.phone);
    const res = await post('/api/auth/sms-login', { phone: w.phone, code });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'worker', personId: w.personId });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie: cookie?.value });
    expect(me.json()).toMatchObject({ userId: w.userId, role: 'worker' });

    const { rows: audit } = await t.db.query<{ after: unknown }>(
      `select after from audit_log where action = 'auth.login' and entity_id = $1`,
      [String(w.userId)],
    );
    expect(audit.map((a) => (typeof a.after === 'string' ? JSON.parse(a.after) : a.after))).toEqual([
      { method: 'sms_code' },
    ]);
    // the code is stored hashed, and never in the audit log
    const { rows: stored } = await t.db.query<{ codeHash: string }>(
      'select code_hash as "codeHash" from sign_in_codes where phone = $1',
      [w.phone],
    );
    expect(stored[0].codeHash).not.toContain(code);
    const { rows: logged } = await t.db.query('select 1 from audit_log where after::text like $1', [
      `%${code}%`,
    ]);
    expect(logged).toEqual([]);
    // the outbox, where the code's text is kept, is for administrators only
    const listing = await t.call({ method: 'GET', url: '/api/outbox', cookie: cookie?.value });
    expect(listing.statusCode).toBe(403);
    expect(listing.body).not.toContain(code);
    // the password stays available
    expect(await t.login(w.phone, 'a-long-passphrase')).toBeTruthy();
  });

  it('refuses a wrong code, a used code and an expired one, and voids a code after 5 wrong guesses', async () => {
    const w = await newWorker();
    await post('/api/auth/sms-code', { phone: w.phone });
    const code = await lastCode(w.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await post('/api/auth/sms-login', { phone: w.phone, code: wrong });
    expect(bad.statusCode).toBe(401);
    expect(errorShapeProblem(bad)).toBeNull();
    expect(bad.json().error).toMatchObject({ code: 'SMS_CODE_INVALID', details: { remaining: 4 } });
    expect((await post('/api/auth/sms-login', { phone: w.phone, code })).statusCode).toBe(200);
    const reused = await post('/api/auth/sms-login', { phone: w.phone, code });
    expect([reused.statusCode, reused.json().error.code]).toEqual([401, 'SMS_CODE_INVALID']);

    clock.advance(61_000);
    await post('/api/auth/sms-code', { phone: w.phone });
    const late = await lastCode(w.phone);
    clock.advance(5 * 60_000 + 1);
    const expired = await post('/api/auth/sms-login', { phone: w.phone, code: late });
    expect([expired.statusCode, expired.json().error.messageZh]).toEqual([
      401,
      '验证码错误或已失效，请重新获取',
    ]);

    clock.advance(61_000);
    await post('/api/auth/sms-code', { phone: w.phone });
    const fresh = await lastCode(w.phone);
    const other = fresh === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await post('/api/auth/sms-login', { phone: w.phone, code: other });
    const voided = await post('/api/auth/sms-login', { phone: w.phone, code: fresh });
    expect([voided.statusCode, voided.json().error.code]).toEqual([401, 'SMS_CODE_INVALID']);
  });

  it('answers a known and an unknown number alike and sends nothing to the unknown one', async () => {
    const w = await newWorker();
    const stranger = t.ctx.newPhone();
    const known = await post('/api/auth/sms-code', { phone: w.phone });
    const unknown = await post('/api/auth/sms-code', { phone: stranger });
    expect([unknown.statusCode, unknown.body]).toEqual([known.statusCode, known.body]);
    expect(await codesSentTo(stranger)).toEqual([]);
    const tryIt = await post('/api/auth/sms-login', { phone: stranger, code: '123456' });
    const tryKnown = await post('/api/auth/sms-login', {
      phone: w.phone,
      code: (await lastCode(w.phone)) === '123456' ? '654321' : '123456',
    });
    expect([tryIt.statusCode, tryIt.body]).toEqual([tryKnown.statusCode, tryKnown.body]);
    // the limits count the unknown number as they count the known one
    const again = await post('/api/auth/sms-code', { phone: stranger });
    const againKnown = await post('/api/auth/sms-code', { phone: w.phone });
    expect([again.statusCode, again.body]).toEqual([againKnown.statusCode, againKnown.body]);
    expect(again.statusCode).toBe(429);
  });

  it('limits codes per number per minute and per hour, and requests per address', async () => {
    const w = await newWorker();
    const first = await post('/api/auth/sms-code', { phone: w.phone });
    expect(first.statusCode).toBe(200);
    const soon = await post('/api/auth/sms-code', { phone: w.phone });
    expect(soon.statusCode).toBe(429);
    expect(soon.json().error).toMatchObject({
      code: 'SMS_CODE_THROTTLED',
      details: { retryAfterSeconds: 60 },
    });
    expect(soon.json().error.messageEn).toContain('60 seconds');
    for (let i = 0; i < 4; i++) {
      clock.advance(61_000);
      expect((await post('/api/auth/sms-code', { phone: w.phone })).statusCode).toBe(200);
    }
    clock.advance(61_000);
    const sixth = await post('/api/auth/sms-code', { phone: w.phone });
    expect([sixth.statusCode, sixth.json().error.messageZh]).toEqual([
      429,
      '验证码请求过于频繁，请一小时后再试',
    ]);
    expect((await codesSentTo(w.phone)).length).toBe(5);
    clock.advance(3600_000);
    expect((await post('/api/auth/sms-code', { phone: w.phone })).statusCode).toBe(200);

    const address = ip();
    const answers: number[] = [];
    for (let i = 0; i < 21; i++)
      answers.push((await post('/api/auth/sms-code', { phone: t.ctx.newPhone() }, address)).statusCode);
    expect(answers.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it('lets a staff account sign in by code only once its holder turned it on, with a phone', async () => {
    const root = await t.ctx.newRoot();
    const phone = t.ctx.newPhone();
    const staffId = await t.ctx.services.auth.createUser({
      username: `s${t.ctx.unique()}`,
      password: 'a-long-passphrase',
      displayName: '干部',
      roles: [{ role: 'staff', orgId: root.id }],
      phone,
    });
    await post('/api/auth/sms-code', { phone, portal: 'staff' });
    expect(await codesSentTo(phone)).toEqual([]);

    const cookie = await t.login(phone, 'a-long-passphrase');
    const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie });
    expect(me.json().maySignInBySms).toBe(true);
    const off = await t.call({ method: 'GET', url: '/api/account/sms-sign-in', cookie });
    expect(off.json()).toEqual({ enabled: false, hasPhone: true, alwaysForWorkers: true });
    const on = await t.call({
      method: 'PUT',
      url: '/api/account/sms-sign-in',
      cookie,
      body: { enabled: true },
    });
    expect(on.json()).toMatchObject({ enabled: true });

    clock.advance(61_000);
    await post('/api/auth/sms-code', { phone, portal: 'staff' });
    const res = await post('/api/auth/sms-login', { phone, code: await lastCode(phone), portal: 'staff' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ userId: staffId, role: 'staff' });

    const bareCookie = await t.signInAs('staff', root);
    const refused = await t.call({
      method: 'PUT',
      url: '/api/account/sms-sign-in',
      cookie: bareCookie,
      body: { enabled: true },
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'SMS_SIGN_IN_NEEDS_PHONE']);
    expect(errorShapeProblem(refused)).toBeNull();
  });

  it('never signs a security or audit administrator in by code, whose codes the system administrator would read', async () => {
    for (const role of ['security_admin', 'audit_admin'] as const) {
      const phone = t.ctx.newPhone();
      const userId = await t.ctx.services.auth.createUser({
        username: `o${t.ctx.unique()}`,
        password: 'a-long-passphrase',
        displayName: '审计员',
        roles: [{ role, orgId: null }],
        phone,
      });
      const cookie = await t.login(phone, 'a-long-passphrase');
      // the web shows the switch only where the account may use it
      const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie });
      expect([role, me.json().maySignInBySms]).toEqual([role, false]);
      const refused = await t.call({
        method: 'PUT',
        url: '/api/account/sms-sign-in',
        cookie,
        body: { enabled: true },
      });
      expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'SMS_SIGN_IN_NOT_FOR_OVERSEERS']);
      expect(errorShapeProblem(refused)).toBeNull();
      // turned on before the rule, or by hand: still no code, and no session for a code
      await t.db.query('update users set sms_sign_in = true where id = $1', [userId]);
      await post('/api/auth/sms-code', { phone, portal: 'staff' });
      expect(await codesSentTo(phone)).toEqual([]);
      const code = (await lastCode(phone)) ?? '123456';
      const res = await post('/api/auth/sms-login', { phone, code, portal: 'staff' });
      expect([res.statusCode, res.json().error.code]).toEqual([401, 'SMS_CODE_INVALID']);
    }
  });

  it('refuses malformed numbers and codes with a bilingual 400, and answers only declared statuses', async () => {
    for (const [url, body] of [
      ['/api/auth/sms-code', { phone: '1390000000' }],
      ['/api/auth/sms-code', { phone: '13900000000', extra: 1 }],
      ['/api/auth/sms-login', { phone: '13900000000', code: '12345a' }],
    ] as const) {
      const res = await post(url, body);
      expect(res.statusCode, url).toBe(400);
      expect(errorShapeProblem(res)).toBeNull();
    }
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
