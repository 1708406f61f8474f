import type { Sql } from '../../db/db.ts';

/** The name and founding day (成立日期) of each of the unions `orgIds` that has one. */
export async function listUnionFoundingDays(
  sql: Sql,
  orgIds: number[],
): Promise<Map<number, { name: string; foundedOn: string }>> {
  if (!orgIds.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string; foundedOn: string }>(
    `select id, name, founded_on::text as "foundedOn" from orgs where id = any($1::int[]) and founded_on is not null`,
    [orgIds],
  );
  return new Map(rows.map((r) => [Number(r.id), { name: r.name, foundedOn: r.foundedOn }]));
}
