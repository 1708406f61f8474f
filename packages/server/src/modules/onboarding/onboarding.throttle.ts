import type { Sql } from '../../db/db.ts';
import { onboardingErrors } from './onboarding.errors.ts';
import { countRequest, deleteOldCounters } from './onboarding.repository.ts';

export const HOUR = 3600;

/**
 * Counts one request for `key` in a fixed window of `windowSeconds` and refuses (429) once more than
 * `limit` were made. One upsert: parallel requests for a key are serialised on its row.
 * `key` is a keyed hash, so the table holds no phone number, ID number or address in clear.
 */
export async function claimRequest(
  sql: Sql,
  key: string,
  limit: number,
  windowSeconds = HOUR,
): Promise<void> {
  const n = await countRequest(sql, key, windowSeconds);
  if (n > limit) throw onboardingErrors.throttled();
}

export async function purgeCounters(sql: Sql): Promise<void> {
  await deleteOldCounters(sql);
}
