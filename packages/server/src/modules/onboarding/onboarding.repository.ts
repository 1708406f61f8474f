import type { Sql } from '../../db/db.ts';
import { claimCodeGuess } from '../../shared/sms-code.ts';
import { countInWindowLeft, deleteCountersBefore } from '../../shared/window-count.ts';

/**
 * Whether a user account exists for this person, or with this phone as its phone or login name.
 * Reads auth's `users` table (to move behind auth's index when table ownership is settled).
 */
export async function hasUserForPersonOrPhone(sql: Sql, personId: number, phone: string): Promise<boolean> {
  const { rows } = await sql.query(
    'select 1 from users where person_id = $1 or phone = $2 or username = $2 limit 1',
    [personId, phone],
  );
  return rows.length > 0;
}

/**
 * The users that already hold this person, this login name, or this phone (as phone or login name).
 * Reads auth's `users` table (to move behind auth's index when table ownership is settled).
 */
export async function listUsersTaking(
  sql: Sql,
  personId: number,
  username: string,
  phone: string,
): Promise<{ personId: number | null }[]> {
  const { rows } = await sql.query<{ personId: number | null }>(
    `select person_id as "personId" from users
      where person_id = $1 or username = $2 or phone = $3 or username = $3`,
    [personId, username, phone],
  );
  return rows;
}

/** Removes the person's codes not used yet (a new code replaces them). */
export async function deleteUnusedActivationCodes(sql: Sql, personId: number): Promise<void> {
  await sql.query('delete from activation_codes where person_id = $1 and used_at is null', [personId]);
}

export async function insertActivationCode(
  sql: Sql,
  code: { personId: number; phone: string; codeHash: string; ttlMinutes: number },
): Promise<void> {
  await sql.query(
    `insert into activation_codes (person_id, phone, code_hash, expires_at)
     values ($1, $2, $3, now() + make_interval(mins => $4))`,
    [code.personId, code.phone, code.codeHash, code.ttlMinutes],
  );
}

/** Counts one guess on the phone's newest live code (see `claimCodeGuess`). */
export const claimActivationAttempt = (sql: Sql, phone: string, maxAttempts: number) =>
  claimCodeGuess(sql, 'activation_codes', 'phone = $1 and expires_at > now()', [phone], maxAttempts);

/** Whether the phone has a code not used and not expired. */
export async function hasLiveActivationCode(sql: Sql, phone: string): Promise<boolean> {
  const { rows } = await sql.query(
    'select 1 from activation_codes where phone = $1 and used_at is null and expires_at > now()',
    [phone],
  );
  return rows.length > 0;
}

/** Marks the code used, once; its person, or undefined when it was used already. */
export async function useActivationCode(sql: Sql, id: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ personId: number }>(
    `update activation_codes set used_at = now() where id = $1 and used_at is null
     returning person_id as "personId"`,
    [id],
  );
  return rows[0]?.personId;
}

/** Counts one request for `key` in its window (onboarding_counters), and the seconds left in it; see `countInWindowLeft`. */
export const countRequest = (
  sql: Sql,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ n: number; secondsLeft: number }> =>
  countInWindowLeft(sql, 'onboarding_counters', key, now, windowSeconds);

/** Removes the counters whose window started more than a day before `now`. */
export const deleteOldCounters = (sql: Sql, now: Date): Promise<void> =>
  deleteCountersBefore(sql, 'onboarding_counters', now);
