import type { Sql } from '../../db/db.ts';

/** The groups of workers a register names (一线, 新就业形态), noted on their nominations as a live one notes them. */
export async function personGroups(
  sql: Sql,
  ids: number[],
): Promise<Map<number, { frontLine: boolean; newEmployment: boolean }>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; frontLine: boolean; newEmployment: boolean }>(
    `select id, is_front_line as "frontLine", is_new_employment as "newEmployment" from persons
      where id = any($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), { frontLine: r.frontLine, newEmployment: r.newEmployment }]));
}
