import type { Sql } from './db.ts';

/** A snake_case column's camelCase name: `starts_on` → `startsOn`. */
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Camel<Capitalize<T>>}` : S;

/** The camelCase names of a list of columns written as in SQL (`'org_id, title'` → `'orgId' | 'title'`). */
export type ColumnKeys<C extends string> = C extends `${infer A}, ${infer B}`
  ? Camel<A> | ColumnKeys<B>
  : Camel<C>;

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Inserts one row of `table` and answers its id: `columns` written as in SQL (`'org_id, title, created_by'`), each
 * given the value of its camelCase key of `row` (`orgId`, `title`, `createdBy`) as a parameter, in that order.
 */
export async function insertRow<C extends string>(
  sql: Sql,
  table: string,
  columns: C,
  row: Record<ColumnKeys<C>, unknown>,
): Promise<number> {
  const names = columns.split(', ');
  const values = names.map((name) => (row as Record<string, unknown>)[camel(name)]);
  const { rows } = await sql.query<{ id: number }>(
    `insert into ${table} (${columns}) values (${names.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
    values,
  );
  return rows[0].id;
}
