import { type Actor, offeredCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { AreaUsage } from '../../shared/menu-usage.ts';

/** The ids of the unions of the actor's subtree and of the unions above it (what they run is offered below). */
export async function unionsAroundScope(sql: Sql, actor: Actor): Promise<number[]> {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ id: number }>(
    `select id from orgs where ${offeredCondition(actor, 'path', params)}`,
    params,
  );
  return rows.map((r) => Number(r.id));
}

/** Whether an area has a record at one of `unions` (null: anywhere). */
export async function isUsed(sql: Sql, usage: AreaUsage, unions: number[] | null): Promise<boolean> {
  return (await sql.query(usage.sql, [unions])).rows.length > 0;
}
