import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';

const N = 16384;
const R = 8;
const P = 1;
const LEN = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, LEN, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** scrypt, encoded as `scrypt$N$r$p$salt$hash` so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/**
 * How many hashes run at once: one per core, at most 3 — each holds 16 MB while it runs, and libuv's pool (4 threads
 * by default) keeps a thread for the file and DNS work of the requests served meanwhile.
 */
export const HASH_CONCURRENCY = Math.max(1, Math.min(3, availableParallelism()));

/**
 * Many passwords hashed as hashPassword does, side by side on libuv's pool (scrypt runs off the event loop), at
 * most `concurrency` at a time; the hashes in the order of the passwords. For an import of many accounts: one
 * after another they would use one core.
 */
export async function hashPasswords(
  passwords: readonly string[],
  { concurrency = HASH_CONCURRENCY, hash = hashPassword } = {},
): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  let next = 0;
  const lane = async () => {
    while (next < passwords.length) {
      const i = next++;
      out[i] = await hash(passwords[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, passwords.length)) }, lane));
  return out;
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
