import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Sign-in proofs of work (ADR 38), pure apart from the random nonce. A challenge is a token
 * `nonce.difficulty.expiresAt.mac`, signed with a key every instance shares and bound to one login, so any
 * instance can check it without having stored it. It is solved by a decimal `solution` such that
 * SHA-256(challenge + ':' + solution) starts with `difficulty` zero bits: 2^difficulty hashes on average.
 */

/** What a valid challenge says: its nonce (used once), difficulty in bits and expiry (ms since the epoch). */
export interface ChallengeClaims {
  nonce: string;
  difficulty: number;
  expiresAt: number;
}

const mac = (key: Buffer, login: string, payload: string) =>
  createHmac('sha256', key).update(`${payload}\n${login}`).digest('base64url');

/** A new challenge for `login`, to be solved with `difficulty` leading zero bits before `expiresAt`. */
export function signChallenge(key: Buffer, login: string, difficulty: number, expiresAt: number): string {
  const payload = `${randomBytes(16).toString('base64url')}.${difficulty}.${expiresAt}`;
  return `${payload}.${mac(key, login, payload)}`;
}

/** The claims of a challenge this key signed for this login, or undefined for anything else. */
export function readChallenge(key: Buffer, login: string, challenge: string): ChallengeClaims | undefined {
  const parts = challenge.split('.');
  if (parts.length !== 4) return undefined;
  const [nonce, difficulty, expiresAt, signature] = parts;
  if (!/^\d{1,2}$/.test(difficulty) || !/^\d{1,15}$/.test(expiresAt)) return undefined;
  const expected = Buffer.from(mac(key, login, `${nonce}.${difficulty}.${expiresAt}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { nonce, difficulty: Number(difficulty), expiresAt: Number(expiresAt) };
}

/** The number of zero bits a digest starts with. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Whether `solution` solves `challenge` at `difficulty` bits. */
export function isSolved(challenge: string, solution: string, difficulty: number): boolean {
  if (!/^\d{1,20}$/.test(solution)) return false;
  return leadingZeroBits(createHash('sha256').update(`${challenge}:${solution}`).digest()) >= difficulty;
}
