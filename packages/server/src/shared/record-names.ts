import type { Sql } from '../db/db.ts';

/**
 * Names records of one kind by their ids, for the audit log's 对象 (a policy by its title, a studio by its name):
 * one query for a page's ids of that kind, never one per row. A record without a name (or gone) is left out, and the
 * log shows its id.
 */
export type RecordNamer = (sql: Sql, ids: number[]) => Promise<Map<number, string>>;

/**
 * The records of `table` named by their column `column` (a title or a name), in one query. `table` and `column` are
 * the owning module's own, written in its manifest (`auditNames`), never taken from a request.
 */
export function namedBy(table: string, column: string): RecordNamer {
  return async (sql, ids) => {
    if (!ids.length) return new Map();
    const { rows } = await sql.query<{ id: number | string; name: string | null }>(
      `select id, ${column} as name from ${table} where id = any($1::bigint[])`,
      [ids],
    );
    return new Map(rows.flatMap((r) => (r.name?.trim() ? [[Number(r.id), r.name.trim()] as const] : [])));
  };
}
