import type { Sql } from '../db/db.ts';

/**
 * Counts one request for `key` in a fixed window of `windowSeconds` that starts with the first request, by the
 * application's clock (`now`), and answers the count in the window, this one included. One upsert: parallel
 * requests for a key are serialised on its row. `table` is a module's own counters table (`key text primary key,
 * n int, window_start timestamptz`), named by the module's repository.
 */
export async function countInWindow(
  sql: Sql,
  table: string,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<number> {
  return (await countInWindowLeft(sql, table, key, now, windowSeconds)).n;
}

/**
 * As `countInWindow`, and the whole seconds left in the window (at least 1): what a refused caller is told to wait,
 * where the refusal said the window's full length however long ago it started.
 */
export async function countInWindowLeft(
  sql: Sql,
  table: string,
  key: string,
  now: Date,
  windowSeconds: number,
): Promise<{ n: number; secondsLeft: number }> {
  const { rows } = await sql.query<{ n: number; secondsLeft: number }>(
    `insert into ${table} as c (key, n, window_start) values ($1, 1, $2)
     on conflict (key) do update
        set n = case when c.window_start <= $2::timestamptz - make_interval(secs => $3) then 1 else c.n + 1 end,
            window_start = case when c.window_start <= $2::timestamptz - make_interval(secs => $3) then $2
                                else c.window_start end
     returning n, greatest(1, ceil(extract(epoch from
        c.window_start + make_interval(secs => $3) - $2::timestamptz)))::int as "secondsLeft"`,
    [key, now, windowSeconds],
  );
  return rows[0];
}

/** Removes a counters table's rows whose window started more than a day before `now`. */
export async function deleteCountersBefore(sql: Sql, table: string, now: Date): Promise<void> {
  await sql.query(`delete from ${table} where window_start < $1::timestamptz - interval '1 day'`, [now]);
}
