import type { Sql } from '../../db/db.ts';
import { onboardingErrors } from './onboarding.errors.ts';

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
  const { rows } = await sql.query<{ n: number }>(
    `insert into onboarding_counters as c (key, n, window_start) values ($1, 1, now())
     on conflict (key) do update
        set n = case when c.window_start < now() - make_interval(secs => $2) then 1 else c.n + 1 end,
            window_start = case when c.window_start < now() - make_interval(secs => $2) then now()
                                else c.window_start end
     returning n`,
    [key, windowSeconds],
  );
  if (rows[0].n > limit) throw onboardingErrors.throttled();
}

export async function purgeCounters(sql: Sql): Promise<void> {
  await sql.query(`delete from onboarding_counters where window_start < now() - interval '1 day'`);
}
