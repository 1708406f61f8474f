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

/**
 * The conditions of a filtered read and their parameters, numbered as they are added: `add('x.kind = ?', value)`
 * pushes `value` onto `params` and adds the clause with every `?` made that parameter's number; `where` holds the
 * clauses (`first` among them, written over the same `params`), to join with ' and '.
 */
export function conditions(params: unknown[], ...first: string[]) {
  const where = [...first];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  return { where, add };
}
