import type { Sql } from './db.ts';

/**
 * `n` new ids of `table`'s identity column `id`, drawn in one statement, ascending: a register writing rows that
 * name each other (or made while the database writes) gives them their ids before it inserts them, `overriding
 * system value`. The sequence is named once for the statement, not looked up in the catalogue for every id
 * (`pg_get_serial_sequence` is not constant: 5,000 look-ups cost ~100 ms). A sequence is outside any transaction:
 * ids drawn for a write that fails are not used again, as an insert that fails leaves them.
 */
export async function drawIds(sql: Sql, table: string, n: number): Promise<number[]> {
  if (!n) return [];
  const { rows } = await sql.query<{ id: string | number }>(
    `select nextval((select pg_get_serial_sequence($1, 'id')::regclass)) as id from generate_series(1, $2::int)`,
    [table, n],
  );
  return rows.map((r) => Number(r.id));
}
