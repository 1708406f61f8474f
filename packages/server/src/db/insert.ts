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
  const { rows } = await sql.query<{ id: number }>(...insertStatement(table, columns, row, ''));
  return rows[0].id;
}

/** `insertRow` for a row whose id nobody reads (a step of a record's history, an attempt, an audit line). */
export async function addRow<C extends string>(
  sql: Sql,
  table: string,
  columns: C,
  row: Record<ColumnKeys<C>, unknown>,
): Promise<void> {
  await sql.query(...insertStatement(table, columns, row, '', null));
}

/**
 * `insertRow` for a row that may be taken already (a name a union uses, a seat a delegate holds): nothing is
 * inserted when another row holds `conflict` (`'(org_id, name)'`, with its `where` for a partial index), and the
 * answer is then undefined.
 */
export async function insertRowUnlessTaken<C extends string>(
  sql: Sql,
  table: string,
  columns: C,
  row: Record<ColumnKeys<C>, unknown>,
  conflict: string,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    ...insertStatement(table, columns, row, ` on conflict ${conflict} do nothing`),
  );
  return rows[0]?.id;
}

/**
 * Inserts a row that may be there already (a ballot, a co-signature, a reading counted once), whatever key it
 * would clash on: nothing is inserted then. True when the row is new. For a table with no `id` of its own.
 */
export async function insertOnce<C extends string>(
  sql: Sql,
  table: string,
  columns: C,
  row: Record<ColumnKeys<C>, unknown>,
): Promise<boolean> {
  const { rows } = await sql.query(...insertStatement(table, columns, row, ' on conflict do nothing', '1'));
  return rows.length > 0;
}

function insertStatement(
  table: string,
  columns: string,
  row: object,
  conflict: string,
  /** What the statement answers; null: nothing. */
  returning: string | null = 'id',
): [text: string, values: unknown[]] {
  const names = columns.split(', ');
  const placeholders = names.map((_, i) => `$${i + 1}`).join(', ');
  return [
    `insert into ${table} (${columns}) values (${placeholders})${conflict}${returning ? ` returning ${returning}` : ''}`,
    names.map((name) => (row as Record<string, unknown>)[camel(name)]),
  ];
}
