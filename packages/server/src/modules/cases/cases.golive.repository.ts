import type { Sql } from '../../db/db.ts';

/** The days of a year the working calendar names (holidays and working weekends): the go-live checklist's. */
export async function countCalendarDays(sql: Sql, year: number): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(
    `select count(*) as n from work_calendar where day between make_date($1, 1, 1) and make_date($1, 12, 31)`,
    [year],
  );
  return Number(rows[0].n);
}
