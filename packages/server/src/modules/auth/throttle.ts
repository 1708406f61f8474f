import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import {
  type AttemptRule,
  claimAttempt,
  countFailedLogins,
  countLoginFailures,
  findAttemptWait,
  findOrCreateChallengeKey,
  markChallengeUsed,
} from './auth.repository.ts';
import { isSolved, readChallenge, signChallenge } from './proof-of-work.ts';

/** Attempts a (login, address) pair gets before each further one must wait. */
export const FREE_ATTEMPTS = 5;
/** The longest wait between two attempts of one pair, and how long a pair's count lasts. */
export const MAX_DELAY_SECONDS = 15 * 60;
const ATTEMPTS: AttemptRule = { freeAttempts: FREE_ATTEMPTS, maxDelaySeconds: MAX_DELAY_SECONDS };
/** Distinct logins that one address may fail within the window before the address itself is refused. */
export const SPRAY_LOGINS = 20;
/** Failures of one login, from any address, within CHALLENGE_WINDOW_SECONDS before its sign-ins need a proof of work. */
export const CHALLENGE_AFTER_FAILURES = 10;
export const CHALLENGE_WINDOW_SECONDS = 60 * 60;
/** Leading zero bits of the first challenge (about 4,000 hashes) and the most ever asked (about 65,000: a second in a browser). */
export const MIN_DIFFICULTY = 12;
export const MAX_DIFFICULTY = 16;
/** How long a challenge may be answered. */
export const CHALLENGE_TTL_SECONDS = 120;

/** A solved challenge sent with a sign-in. */
export interface Proof {
  challenge: string;
  solution: string;
}

/**
 * The proof of work a login's sign-ins need after `failures` recent failures from any address, in leading zero
 * bits: none below CHALLENGE_AFTER_FAILURES, then one more bit each time the failures double, at most MAX_DIFFICULTY.
 */
export function difficultyFor(failures: number): number | undefined {
  if (failures < CHALLENGE_AFTER_FAILURES) return undefined;
  const doublings = Math.floor(Math.log2(failures / CHALLENGE_AFTER_FAILURES));
  return Math.min(MAX_DIFFICULTY, MIN_DIFFICULTY + doublings);
}

const throttled = (seconds: number) =>
  new AppError(
    'throttled',
    'LOGIN_THROTTLED',
    {
      zh: `登录尝试过于频繁，请${seconds >= 60 ? `${Math.ceil(seconds / 60)}分钟` : `${seconds}秒`}后再试`,
      en: `Too many sign-in attempts; try again in ${seconds >= 60 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`}`,
    },
    { retryAfterSeconds: seconds },
  );

type ChallengeFailure = 'wrong' | 'expired' | 'used';

const FAILURE_WORDS: Record<ChallengeFailure, { zh: string; en: string }> = {
  wrong: { zh: '安全验证未通过，请重新验证', en: 'The security check did not pass; run it again' },
  expired: { zh: '安全验证已过期，请重新验证', en: 'The security check has expired; run it again' },
  used: { zh: '这次安全验证已经用过，请重新验证', en: 'This security check was already used; run it again' },
};

/** Reads the key every instance shares, kept once in login_challenge_key (this instance's candidate when none was). */
const readSharedKey = (db: Db) =>
  findOrCreateChallengeKey(db, randomBytes(32).toString('base64')).then((k) => Buffer.from(k, 'base64'));

/** The key login keys are made with, derived from the shared one so it never signs a challenge itself. */
const loginSecret = (shared: Buffer) => createHmac('sha256', shared).update('gonghui login key').digest();

/**
 * What the throttle keeps of a typed login (login_attempts, login_failures): an HMAC-SHA256 of the text, never the
 * text, since a person who types a password into the login box must not leave it behind. Counting per login only
 * needs the same key for the same text.
 */
const keyOf = (secret: Buffer, login: string) =>
  createHmac('sha256', secret).update(login).digest('base64url');

/** The key the throttle keeps for `login` (tests and tools that look at its rows). */
export async function loginKeyIn(db: Db, login: string): Promise<string> {
  return keyOf(loginSecret(await readSharedKey(db)), login);
}

/**
 * Counts sign-in attempts before the password is checked (ADR 38). An address that failed on SPRAY_LOGINS
 * different logins within the window is refused outright. A login with many recent failures from any address is
 * never refused: its sign-ins must carry a solved proof-of-work challenge, checked (and used up) before anything
 * else is counted, so a distributed guesser pays for every guess while the owner's browser solves one in about a
 * second. Then the (login, address) pair is counted in one statement, so parallel requests cannot pass the limit
 * together: the first FREE_ATTEMPTS are free, and attempt n waits 2^(n - FREE_ATTEMPTS) seconds after the
 * previous one (at most MAX_DELAY_SECONDS). A wrong guesser therefore slows only its own address, never the
 * owner's right password from another. Logins are counted by their keys (keyOf), never kept as typed. `now` is
 * the clock (ms since the epoch) challenges expire by.
 */
export function createLoginThrottle(db: Db, now: () => number) {
  let key: Promise<Buffer> | undefined;
  const challengeKey = () => {
    key ??= readSharedKey(db);
    key.catch(() => {
      key = undefined;
    });
    return key;
  };
  const loginKey = async (login: string) => keyOf(loginSecret(await challengeKey()), login);

  /** An error carrying a fresh challenge for `login`, which the client solves and sends back. */
  async function challengeError(login: string, difficulty: number, failure?: ChallengeFailure) {
    const expiresAt = now() + CHALLENGE_TTL_SECONDS * 1000;
    const challenge = signChallenge(await challengeKey(), login, difficulty, expiresAt);
    const words = failure
      ? FAILURE_WORDS[failure]
      : {
          zh: '该账号近期登录失败较多，需先完成安全验证',
          en: 'This login has failed many times lately; a security check is needed first',
        };
    return new AppError(
      'unauthenticated',
      failure ? 'LOGIN_CHALLENGE_FAILED' : 'LOGIN_CHALLENGE_REQUIRED',
      words,
      { challenge, difficulty },
    );
  }

  /** Refuses a sign-in of a challenged login without a fresh, unused, solved challenge of its difficulty. */
  async function requireProof(login: string, key: string, proof: Proof | undefined): Promise<void> {
    const difficulty = difficultyFor(await countLoginFailures(db, key, CHALLENGE_WINDOW_SECONDS));
    if (difficulty === undefined) return;
    if (!proof) throw await challengeError(login, difficulty);
    const claims = readChallenge(await challengeKey(), login, proof.challenge);
    if (
      !claims ||
      claims.difficulty < difficulty ||
      !isSolved(proof.challenge, proof.solution, claims.difficulty)
    )
      throw await challengeError(login, difficulty, 'wrong');
    if (claims.expiresAt <= now()) throw await challengeError(login, difficulty, 'expired');
    if (!(await markChallengeUsed(db, claims.nonce, new Date(claims.expiresAt))))
      throw await challengeError(login, difficulty, 'used');
  }

  return {
    /** Counts the attempt, or refuses it; the login's key, which the caller's failure or success row uses. */
    async claim(login: string, ip: string, proof?: Proof): Promise<string> {
      if ((await countFailedLogins(db, ip, MAX_DELAY_SECONDS)) >= SPRAY_LOGINS)
        throw throttled(MAX_DELAY_SECONDS);
      const key = await loginKey(login);
      await requireProof(login, key, proof);
      const attempts = await claimAttempt(db, key, ip, ATTEMPTS);
      if (attempts === undefined) {
        throw throttled((await findAttemptWait(db, key, ip, ATTEMPTS)) ?? 1);
      }
      return key;
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
