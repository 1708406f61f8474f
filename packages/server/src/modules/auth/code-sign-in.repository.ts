import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';
import { claimCodeGuess } from '../../shared/sms-code.ts';
import { countInWindowLeft, deleteCountersBefore } from '../../shared/window-count.ts';

/** SQL for sign-in by SMS code: the codes, their request counters, and the staff's opt-in (auth's own tables). */

export async function insertSignInCode(
  sql: Sql,
  code: { phone: string; codeHash: string; now: Date; expiresAt: Date },
): Promise<void> {
  // A new code replaces the number's earlier ones that were not used.
  await sql.query('delete from sign_in_codes where phone = $1 and used_at is null', [code.phone]);
  await addRow(sql, 'sign_in_codes', 'phone, code_hash, created_at, expires_at', {
    ...code,
    createdAt: code.now,
  });
}

/** Counts one guess on the number's newest live code (see `claimCodeGuess`). */
export const claimSignInCode = (sql: Sql, phone: string, now: Date, maxAttempts: number) =>
  claimCodeGuess(sql, 'sign_in_codes', 'phone = $1 and expires_at > $2', [phone, now], maxAttempts);

/** Marks the code used, once; false when another request used it first. */
export async function useSignInCode(sql: Sql, id: number, now: Date): Promise<boolean> {
  const { rows } = await sql.query(
    'update sign_in_codes set used_at = $2 where id = $1 and used_at is null returning id',
    [id, now],
  );
  return rows.length > 0;
}

/** Counts one request for `key` in its window (sign_in_counters), and the seconds left in it; see `countInWindowLeft`. */
export const countSignInRequest = (
  sql: Sql,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ n: number; secondsLeft: number }> =>
  countInWindowLeft(sql, 'sign_in_counters', key, now, windowSeconds);

/** Removes codes and counters older than a day. */
export async function purgeSignInCodes(sql: Sql, now: Date): Promise<void> {
  await sql.query(`delete from sign_in_codes where expires_at < $1::timestamptz - interval '1 day'`, [now]);
  await deleteCountersBefore(sql, 'sign_in_counters', now);
}

/** The active account whose phone is this number, with whether its holder allowed code sign-in for staff roles. */
export async function findCodeSignInUser(
  sql: Sql,
  phone: string,
): Promise<{ userId: number; smsSignIn: boolean } | undefined> {
  const { rows } = await sql.query<{ userId: number; smsSignIn: boolean }>(
    'select id as "userId", sms_sign_in as "smsSignIn" from users where phone = $1 and is_active',
    [phone],
  );
  return rows[0];
}

/** The account with this phone number, active or not. */
export async function findUserIdByPhone(sql: Sql, phone: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from users where phone = $1', [phone]);
  return rows[0]?.id;
}

export async function findSmsSignIn(
  sql: Sql,
  userId: number,
): Promise<{ phone: string | null; on: boolean }> {
  const { rows } = await sql.query<{ phone: string | null; on: boolean }>(
    'select phone, sms_sign_in as "on" from users where id = $1',
    [userId],
  );
  return rows[0] ?? { phone: null, on: false };
}

export async function setSmsSignIn(sql: Sql, userId: number, on: boolean): Promise<void> {
  await sql.query('update users set sms_sign_in = $2, updated_at = now() where id = $1', [userId, on]);
}
