import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/db.ts';

/**
 * The six-digit codes sent by SMS (account activation, signing in by code): kept only as a salted hash
 * (`<salt>.<sha256>`), compared in constant time.
 */
export const newSmsCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

const hashWith = (salt: string, code: string) =>
  `${salt}.${createHash('sha256').update(`${salt}:${code}`).digest('base64url')}`;

/** A code's hash under a fresh salt, as it is stored. */
export const hashSmsCode = (code: string) => hashWith(randomBytes(9).toString('base64url'), code);

/** Whether a typed code is the one a stored hash was made of. */
export function smsCodeMatches(stored: string, code: string): boolean {
  const [salt] = stored.split('.');
  const a = Buffer.from(hashWith(salt, code));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A code claimed for a guess: its row, the guesses counted on it (this one included) and its stored hash. */
export interface ClaimedCode {
  id: number;
  attempts: number;
  codeHash: string;
}

/**
 * Counts one guess on the newest code of `table` (a module's codes table: `id`, `attempts`, `code_hash`,
 * `used_at`) that is not used and that `live` finds — its conditions over `params`, the code's expiry among them —,
 * unless it has had `maxAttempts` already: one guarded update, so parallel guesses never pass the limit.
 * Undefined when no code could be claimed.
 */
export async function claimCodeGuess(
  sql: Sql,
  table: string,
  live: string,
  params: unknown[],
  maxAttempts: number,
): Promise<ClaimedCode | undefined> {
  const { rows } = await sql.query<ClaimedCode>(
    `update ${table} set attempts = attempts + 1
      where id = (select id from ${table} where ${live} and used_at is null order by id desc limit 1)
        and attempts < $${params.length + 1}
      returning id, attempts, code_hash as "codeHash"`,
    [...params, maxAttempts],
  );
  return rows[0];
}
