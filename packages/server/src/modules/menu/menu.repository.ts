import type { Sql } from '../../db/db.ts';
import type { AreaUsage } from '../../shared/menu-usage.ts';

/** The ids of the unions of a subtree and of the unions above its top (what they run is offered below). */
export async function unionsAroundScope(sql: Sql, scopePath: string): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from orgs where path like $1 || '%' or $1 like path || '%'`,
    [scopePath],
  );
  return rows.map((r) => Number(r.id));
}

/** Whether an area has a record at one of `unions` (null: anywhere). */
export async function isUsed(sql: Sql, usage: AreaUsage, unions: number[] | null): Promise<boolean> {
  return (await sql.query(usage.sql, [unions])).rows.length > 0;
}
