import type { Sql } from '../../db/db.ts';
import type { AppError } from '../../shared/errors.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import { countRequest, deleteOldCounters } from './onboarding.repository.ts';

export const HOUR = 3600;

/**
 * Counts one request for `key` in a fixed window of `windowSeconds` (by the application's clock, `now`) and answers
 * whether it is within `limit`. One upsert: parallel requests for a key are serialised on its row. `key` is a keyed
 * hash, so the table holds no phone number, ID number or address in clear.
 */
export async function withinLimit(
  sql: Sql,
  key: string,
  limit: number,
  now: Date,
  windowSeconds = HOUR,
): Promise<boolean> {
  return (await countRequest(sql, key, now, windowSeconds)).n <= limit;
}

/**
 * As `withinLimit`, but refuses a request past the limit with `refused(secondsLeft)`, the whole seconds left in the
 * window (by default 429, "try in an hour").
 */
export async function claimRequest(
  sql: Sql,
  key: string,
  limit: number,
  now: Date,
  {
    windowSeconds = HOUR,
    refused = onboardingErrors.throttled,
  }: { windowSeconds?: number; refused?: (secondsLeft: number) => AppError } = {},
): Promise<void> {
  const { n, secondsLeft } = await countRequest(sql, key, now, windowSeconds);
  if (n > limit) throw refused(secondsLeft);
}

export async function purgeCounters(sql: Sql, now: Date): Promise<void> {
  await deleteOldCounters(sql, now);
}
