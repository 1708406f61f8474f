import type { Sql } from './db.ts';

/**
 * The reads of one table a repository repeats, its columns and joins written once (`<columns> from <table> …`):
 * `one` answers the first row a condition finds, `all` every row (the condition may go on with `order by`).
 */
export function selectFrom<T>(source: string) {
  const run = (sql: Sql, where: string, params: unknown[]) =>
    sql.query<T>(`select ${source} where ${where}`, params);
  return {
    one: async (sql: Sql, where: string, params: unknown[]): Promise<T | undefined> =>
      (await run(sql, where, params)).rows[0],
    all: async (sql: Sql, where: string, params: unknown[]): Promise<T[]> =>
      (await run(sql, where, params)).rows,
  };
}
