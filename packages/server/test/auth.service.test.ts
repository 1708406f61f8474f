import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { createAuthService, DEMO_PASSWORD } from '../src/modules/auth/index.ts';
import { difficultyFor, loginKeyIn } from '../src/modules/auth/throttle.ts';
import type { AppError } from '../src/shared/errors.ts';
import { undeclaredAnswers } from './api.ts';
import { rejection } from './factories.ts';
import { signInKit } from './sign-in-kit.ts';

const kit = signInKit();
const { auth, ip, staffUser } = kit;
let t: ReturnType<typeof kit.app>;
beforeAll(() => {
  t = kit.app();
});
/** The key the throttle keeps a typed login under (never the text). */
const keyOf = (login: string) => loginKeyIn(t.db, login);

describe('signing in', () => {
  it('by username gives a session whose actor carries the union’s subtree', async () => {
    const u = await staffUser();
    const { token, actor } = await auth().login(u.username, u.password, ip());
    expect(actor).toMatchObject({
      userId: u.userId,
      role: 'staff',
      orgId: u.district.id,
      scopePath: u.district.path,
    });
    const again = await auth().findActorBySession(token);
    expect(again?.userId).toBe(u.userId);
    const { rows } = await t.db.query<{ n: number }>(
      `select count(*) as n from audit_log where action = 'auth.login' and entity_id = $1`,
      [String(u.userId)],
    );
    expect(rows[0].n).toBe(1);
  });

  it('by phone number', async () => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const u = await staffUser(phone);
    const { actor } = await auth().login(phone, u.password, ip());
    expect(actor.username).toBe(u.username);
  });

  it('only the session token’s hash is stored', async () => {
    const u = await staffUser();
    const { token } = await auth().login(u.username, u.password, ip());
    const { rows } = await t.db.query<{ token_hash: string }>(
      'select token_hash from sessions where user_id = $1',
      [u.userId],
    );
    expect(rows.length).toBe(1);
    expect(rows[0].token_hash).not.toBe(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const u = await staffUser();
    const wrong = await rejection(auth().login(u.username, 'wrong password', ip()));
    const unknown = await rejection(auth().login(`nobody${t.ctx.unique()}`, u.password, ip()));
    for (const err of [wrong, unknown]) {
      expect(err).toMatchObject({ code: 'INVALID_CREDENTIALS', kind: 'unauthenticated' });
      expect(err.messages.zh).toBe('用户名或密码错误');
    }
  });

  it('refuses a deactivated user', async () => {
    const u = await staffUser();
    await t.db.query('update users set is_active = false where id = $1', [u.userId]);
    expect((await rejection(auth().login(u.username, u.password, ip()))).code).toBe('INVALID_CREDENTIALS');
  });
});

describe('throttling', () => {
  const attempt = (username: string, password: string, from: string) =>
    t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username, password },
      headers: { 'x-forwarded-for': from },
    });

  it('after five attempts from one address the pair waits; the owner elsewhere still signs in', async () => {
    const u = await staffUser();
    const attacker = ip();
    for (let i = 0; i < 5; i++) {
      expect((await rejection(auth().login(u.username, `wrong-${i}`, attacker))).code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const err = await rejection(auth().login(u.username, u.password, attacker));
    expect(err.code).toBe('LOGIN_THROTTLED');
    expect(err.messages.zh).toContain('秒后再试');
    expect(err.details).toMatchObject({ retryAfterSeconds: 2 });
    // the real user, from their own address, is not locked out
    expect((await auth().login(u.username, u.password, ip())).actor.userId).toBe(u.userId);
  });

  it('30 wrong passwords sent at once: five are checked, the rest answered 429', async () => {
    const u = await staffUser();
    const from = ip();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => attempt(u.username, `wrong-${i}`, from)),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(25);
    const failures = await t.db.query<{ n: number }>(
      'select count(*) as n from login_failures where login_key = $1',
      [await keyOf(u.username)],
    );
    expect(failures.rows[0].n).toBe(5);
  });

  it('each attempt past the free ones waits twice as long as the one before', async () => {
    const u = await staffUser();
    const from = ip();
    for (let i = 0; i < 5; i++) await rejection(auth().login(u.username, 'wrong-pass', from));
    const key = await keyOf(u.username);
    const back = (seconds: number) =>
      t.db.query(
        `update login_attempts set last_at = now() - make_interval(secs => $3) where login_key = $1 and ip = $2`,
        [key, from, seconds],
      );
    await back(3);
    expect((await rejection(auth().login(u.username, 'wrong-pass', from))).code).toBe('INVALID_CREDENTIALS');
    await back(3);
    expect((await rejection(auth().login(u.username, u.password, from))).details).toMatchObject({
      retryAfterSeconds: 1,
    });
    await back(5);
    expect((await auth().login(u.username, u.password, from)).actor.userId).toBe(u.userId);
    // a success clears the count
    expect((await rejection(auth().login(u.username, 'wrong-pass', from))).code).toBe('INVALID_CREDENTIALS');
  });

  it('an address that fails on 20 different logins is refused for every login', async () => {
    const address = ip();
    for (let i = 0; i < 20; i++) await rejection(auth().login(`guess${i}-${t.ctx.unique()}`, 'x', address));
    const u = await staffUser();
    expect((await rejection(auth().login(u.username, u.password, address))).code).toBe('LOGIN_THROTTLED');
    expect((await auth().login(u.username, u.password, ip())).actor.userId).toBe(u.userId);
  });

  it('attempts older than the window no longer count', async () => {
    const u = await staffUser();
    const address = ip();
    for (let i = 0; i < 6; i++) await rejection(auth().login(u.username, 'wrong-pass', address));
    await t.db.query(
      `update login_attempts set last_at = now() - interval '16 minutes' where login_key = $1`,
      [await keyOf(u.username)],
    );
    expect((await auth().login(u.username, u.password, address)).actor.userId).toBe(u.userId);
  });
});

/** The zero bits SHA-256(challenge + ':' + solution) starts with. */
function zeroBits(challenge: string, solution: number): number {
  const digest = createHash('sha256').update(`${challenge}:${solution}`).digest();
  let bits = 0;
  for (const byte of digest) {
    bits += byte === 0 ? 8 : Math.clz32(byte) - 24;
    if (byte !== 0) break;
  }
  return bits;
}

/** A solution of a sign-in challenge, found as a client would: counting up until the hash has enough zero bits. */
function solve(challenge: string, difficulty: number): string {
  for (let i = 0; ; i++) if (zeroBits(challenge, i) >= difficulty) return String(i);
}

/** A number that does not solve the challenge. */
function nonSolution(challenge: string, difficulty: number): string {
  for (let i = 0; ; i++) if (zeroBits(challenge, i) < difficulty) return String(i);
}

type Challenge = { challenge: string; difficulty: number };
const challengeOf = (err: AppError) => err.details as Challenge;

describe('proof of work for a login guessed from many addresses', () => {
  /** Wrong guesses recorded against the login from another address, as a distributed guesser leaves them. */
  const failOften = async (login: string, n: number) =>
    t.db.query(
      `insert into login_failures (login_key, ip) select $1, '192.0.2.1' from generate_series(1, $2)`,
      [await keyOf(login), n],
    );

  it('asks for more work as the failures double, from 10 failures on, at most 16 bits', () => {
    expect([0, 9, 10, 19, 20, 39, 40, 100, 160, 10_000].map(difficultyFor)).toEqual([
      undefined,
      undefined,
      12,
      12,
      13,
      13,
      14,
      15,
      16,
      16,
    ]);
  });

  it('100 wrong passwords from 20 addresses: after ten each guess costs a proof of work; the owner from a new address signs in at once', async () => {
    const u = await staffUser();
    let challenged = 0;
    /** Signs in as a client does: when asked, solves the challenge and sends the attempt again. */
    const signIn = async (password: string, from: string) => {
      const first = await rejection(auth().login(u.username, password, from));
      if (first.code !== 'LOGIN_CHALLENGE_REQUIRED') return first;
      challenged++;
      const { challenge, difficulty } = challengeOf(first);
      const solution = solve(challenge, difficulty);
      return auth()
        .login(u.username, password, from, 'staff', { challenge, solution })
        .catch((err: AppError) => err);
    };
    const guessers = Array.from({ length: 20 }, () => ip());
    for (let round = 0; round < 5; round++) {
      for (const from of guessers) {
        expect(((await signIn(`wrong-${round}`, from)) as AppError).code).toBe('INVALID_CREDENTIALS');
      }
    }
    expect(challenged).toBe(90);

    const owner = ip();
    const asked = await rejection(auth().login(u.username, u.password, owner));
    expect(asked).toMatchObject({ code: 'LOGIN_CHALLENGE_REQUIRED', kind: 'unauthenticated' });
    expect(asked.messages.zh).toContain('安全验证');
    expect(challengeOf(asked).difficulty).toBe(15);
    const signedIn = (await signIn(u.password, owner)) as { actor: { userId: number } };
    expect(signedIn.actor.userId).toBe(u.userId);
  }, 180_000); // ninety proofs of work are solved in this process: minutes on a loaded 2-core machine

  it('over HTTP: 401 LOGIN_CHALLENGE_REQUIRED with the challenge, then the solution signs in', async () => {
    const u = await staffUser();
    await failOften(u.username, 10);
    const from = ip();
    const send = (extra: Record<string, string> = {}) =>
      t.call({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: u.username, password: u.password, ...extra },
        headers: { 'x-forwarded-for': from },
      });
    const asked = await send();
    expect(asked.statusCode).toBe(401);
    const { error } = asked.json();
    expect(error).toMatchObject({ code: 'LOGIN_CHALLENGE_REQUIRED', details: { difficulty: 12 } });
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    const { challenge, difficulty } = error.details as Challenge;
    const ok = await send({ challenge, solution: solve(challenge, difficulty) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().userId).toBe(u.userId);
  });

  it('a solution is accepted once', async () => {
    const u = await staffUser();
    await failOften(u.username, 10);
    const from = ip();
    const { challenge, difficulty } = challengeOf(
      await rejection(auth().login(u.username, u.password, from)),
    );
    const proof = { challenge, solution: solve(challenge, difficulty) };
    expect((await auth().login(u.username, u.password, from, 'staff', proof)).actor.userId).toBe(u.userId);
    const again = await rejection(auth().login(u.username, u.password, ip(), 'staff', proof));
    expect(again).toMatchObject({ code: 'LOGIN_CHALLENGE_FAILED', kind: 'unauthenticated' });
    expect(again.messages).toEqual({
      zh: '这次安全验证已经用过，请重新验证',
      en: 'This security check was already used; run it again',
    });
    // the refusal carries a fresh challenge
    expect(challengeOf(again).challenge).not.toBe(challenge);
  });

  it('one solution sent ten times at once signs in once', async () => {
    const u = await staffUser();
    await failOften(u.username, 10);
    const { challenge, difficulty } = challengeOf(
      await rejection(auth().login(u.username, u.password, ip())),
    );
    const proof = { challenge, solution: solve(challenge, difficulty) };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        auth()
          .login(u.username, u.password, ip(), 'staff', proof)
          .then(() => 'signed in')
          .catch((err: AppError) => err.code),
      ),
    );
    expect(answers.filter((a) => a === 'signed in')).toHaveLength(1);
    expect(answers.filter((a) => a === 'LOGIN_CHALLENGE_FAILED')).toHaveLength(9);
  });

  it('a challenge expires two minutes after it was given; any instance checks it', async () => {
    const u = await staffUser();
    await failOften(u.username, 10);
    let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
    const options = { sessionTtlHours: 12, production: false, now: () => clock };
    const instance = createAuthService(t.db, options);
    const from = ip();
    const given = async () => {
      const { challenge, difficulty } = challengeOf(await rejection(instance.login(u.username, 'x', from)));
      return { challenge, solution: solve(challenge, difficulty) };
    };
    const late = await given();
    clock += 120_000;
    const expired = await rejection(instance.login(u.username, u.password, from, 'staff', late));
    expect(expired).toMatchObject({ code: 'LOGIN_CHALLENGE_FAILED' });
    expect(expired.messages).toEqual({
      zh: '安全验证已过期，请重新验证',
      en: 'The security check has expired; run it again',
    });
    const inTime = await given();
    clock += 119_000;
    expect((await instance.login(u.username, u.password, from, 'staff', inTime)).actor.userId).toBe(u.userId);
    // a challenge one instance gave is good on another (the key is shared through the database)
    const elsewhere = await given();
    const another = createAuthService(t.db, options);
    expect((await another.login(u.username, u.password, ip(), 'staff', elsewhere)).actor.userId).toBe(
      u.userId,
    );
  });

  it('a wrong solution, a challenge for another login and a forged difficulty are refused in both languages', async () => {
    const u = await staffUser();
    const other = await staffUser();
    await failOften(u.username, 10);
    await failOften(other.username, 10);
    const from = ip();
    const { challenge, difficulty } = challengeOf(
      await rejection(auth().login(u.username, u.password, from)),
    );
    const forOther = challengeOf(await rejection(auth().login(other.username, other.password, from)));
    const [nonce, , expiresAt, mac] = challenge.split('.');
    const easier = `${nonce}.1.${expiresAt}.${mac}`;
    const refusals = await Promise.all([
      rejection(
        auth().login(u.username, u.password, from, 'staff', {
          challenge,
          solution: nonSolution(challenge, difficulty),
        }),
      ),
      rejection(
        auth().login(u.username, u.password, from, 'staff', {
          challenge: forOther.challenge,
          solution: solve(forOther.challenge, forOther.difficulty),
        }),
      ),
      rejection(
        auth().login(u.username, u.password, from, 'staff', {
          challenge: easier,
          solution: solve(easier, 1),
        }),
      ),
    ]);
    for (const err of refusals) {
      expect(err).toMatchObject({ code: 'LOGIN_CHALLENGE_FAILED', kind: 'unauthenticated' });
      expect(err.messages).toEqual({
        zh: '安全验证未通过，请重新验证',
        en: 'The security check did not pass; run it again',
      });
    }
    // nothing was counted against the pair, and the right solution still signs in
    const ok = await auth().login(u.username, u.password, from, 'staff', {
      challenge,
      solution: solve(challenge, difficulty),
    });
    expect(ok.actor.userId).toBe(u.userId);
  });
});

describe('sessions', () => {
  it('an expired session is refused', async () => {
    const u = await staffUser();
    const { token } = await auth().login(u.username, u.password, ip());
    const ok = await t.call({ method: 'GET', url: '/api/auth/me', cookie: token });
    expect(ok.statusCode).toBe(200);
    await t.db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [
      u.userId,
    ]);
    expect(await auth().findActorBySession(token)).toBeNull();
    const res = await t.call({ method: 'GET', url: '/api/orgs/roots', cookie: token });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('sessions of a deactivated user stop working', async () => {
    const u = await staffUser();
    const { token } = await auth().login(u.username, u.password, ip());
    await t.db.query('update users set is_active = false where id = $1', [u.userId]);
    expect(await auth().findActorBySession(token)).toBeNull();
  });

  it('logout ends the session and clears the cookie', async () => {
    const u = await staffUser();
    const token = await t.login(u.username, u.password);
    const out = await t.call({ method: 'POST', url: '/api/auth/logout', cookie: token });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.find((c) => c.name === 'gonghui_session');
    expect(cleared?.value).toBe('');
    expect(await auth().findActorBySession(token)).toBeNull();
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: token })).statusCode).toBe(401);
  });

  it('lookups asked for at once share one statement, each answered as it would be alone', async () => {
    let statements = 0;
    const counting: Db = {
      ...t.db,
      query: (text, params, options) => {
        if (text.includes('from sessions s')) statements++;
        return t.db.query(text, params, options);
      },
    };
    const svc = createAuthService(counting, {
      sessionTtlHours: 12,
      production: false,
      sessionCacheSeconds: 60,
    });
    const [a, b, c] = [await staffUser(), await staffUser(), await staffUser()];
    const [ta, tb, tc] = await Promise.all([a, b, c].map((u) => svc.login(u.username, u.password, ip())));
    await t.db.query(`update sessions set expires_at = now() - interval '1 second' where user_id = $1`, [
      c.userId,
    ]);
    statements = 0;
    const found = await Promise.all(
      [ta.token, tb.token, tc.token, 'no-such-token', ta.token].map((token) => svc.findActorBySession(token)),
    );
    expect(found.map((x) => x?.userId ?? null)).toEqual([a.userId, b.userId, null, null, a.userId]);
    expect(statements).toBe(1);

    // cached now; a sign-out on this instance is obeyed at once, even by a lookup already sent
    expect((await svc.findActorBySession(tb.token))?.userId).toBe(b.userId);
    expect(statements).toBe(1);
    await svc.logout(tb.token);
    expect(await svc.findActorBySession(tb.token)).toBeNull();
    const sent = svc.findActorBySession(ta.token);
    await new Promise((r) => setImmediate(r));
    await svc.logout(ta.token);
    await sent;
    expect(await svc.findActorBySession(ta.token)).toBeNull();

    // an answer read before the cache was cleared (an account changed) is not kept
    const fresh = await svc.login(a.username, a.password, ip());
    const asked = svc.findActorBySession(fresh.token);
    await new Promise((r) => setImmediate(r));
    svc.forgetSessions();
    expect((await asked)?.userId).toBe(a.userId);
    const before = statements;
    expect((await svc.findActorBySession(fresh.token))?.userId).toBe(a.userId);
    expect(statements - before).toBe(1);
  });

  it('the session cookie is http-only', async () => {
    const u = await staffUser();
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: u.username, password: u.password },
    });
    const cookie = res.cookies.find((c) => c.name === 'gonghui_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });
});

describe('the demo password', () => {
  it('is refused in production, accepted otherwise', async () => {
    const prod = createAuthService(t.db, { sessionTtlHours: 12, production: true });
    const root = await t.ctx.newRoot();
    const username = `demo${t.ctx.unique()}`;
    await prod.createUser({
      username,
      password: DEMO_PASSWORD,
      displayName: 'demo',
      roles: [{ role: 'staff', orgId: root.id }],
    });
    const err = await rejection(prod.login(username, DEMO_PASSWORD, ip()));
    expect(err).toMatchObject({ code: 'DEMO_PASSWORD_REFUSED', kind: 'forbidden' });
    const { rows } = await t.db.query<{ n: number }>(
      'select count(*) as n from sessions s join users u on u.id = s.user_id where u.username = $1',
      [username],
    );
    expect(rows[0].n).toBe(0);
    expect((await auth().login(username, DEMO_PASSWORD, ip())).actor.username).toBe(username);
  });
});

describe('the OpenAPI document', () => {
  it('declares every status the auth routes answered here (401, 429…)', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect([...(t.answered.get('POST /api/auth/login') ?? [])]).toEqual(expect.arrayContaining([401, 429]));
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});

describe('housekeeping', () => {
  it('purges expired sessions and sign-in attempts and failures older than a day', async () => {
    const u = await staffUser();
    const from = ip();
    await rejection(auth().login(u.username, 'wrong-pass', from));
    const { token } = await auth().login(u.username, u.password, ip());
    const key = await keyOf(u.username);
    await t.db.query(`update login_attempts set last_at = now() - interval '2 days' where login_key = $1`, [
      key,
    ]);
    await t.db.query(`update login_failures set at = now() - interval '2 days' where login_key = $1`, [key]);
    await t.db.query(`update sessions set expires_at = now() - interval '1 minute' where user_id = $1`, [
      u.userId,
    ]);
    await auth().purgeExpiredSessions();
    const left = await t.db.query<{ a: number; f: number; s: number }>(
      `select (select count(*) from login_attempts where login_key = $1) as a,
              (select count(*) from login_failures where login_key = $1) as f,
              (select count(*) from sessions where user_id = $2) as s`,
      [key, u.userId],
    );
    expect(left.rows[0]).toEqual({ a: 0, f: 0, s: 0 });
    expect(await auth().findActorBySession(token)).toBeNull();
  });
});
