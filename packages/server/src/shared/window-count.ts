import type { Sql } from '../db/db.ts';

/**
 * Counts one request for `key` in a fixed window of `windowSeconds` and answers the count in the window, this one
 * included. One upsert: parallel requests for a key are serialised on its row. `table` is a module's own counters
 * table (`key text primary key, n int, window_start timestamptz`), named by the module's repository.
 */
export async function countInWindow(
  sql: Sql,
  table: string,
  key: string,
  windowSeconds: number,
): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `insert into ${table} as c (key, n, window_start) values ($1, 1, now())
     on conflict (key) do update
        set n = case when c.window_start < now() - make_interval(secs => $2) then 1 else c.n + 1 end,
            window_start = case when c.window_start < now() - make_interval(secs => $2) then now()
                                else c.window_start end
     returning n`,
    [key, windowSeconds],
  );
  return rows[0].n;
}
