import type { Sql } from '../db/db.ts';
import type { Capped } from './capped.ts';

/** What a paged list reads: `select <columns> from <from> where <where…> order by <orderBy>`, over `params`. */
export interface PagedRead {
  columns: string;
  /** The tables and their joins, without the word `from`. */
  from: string;
  /** The conditions, joined with ' and ' (none: every row). */
  where: string[];
  params: unknown[];
  orderBy: string;
}

/**
 * One page of a filtered list and how many rows match in all: the page's rows and the count are read side by side
 * over the same conditions. The page and its size go as parameters after `params`, which stays as it was.
 */
export async function readPage<T>(
  sql: Sql,
  read: PagedRead,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<Capped<T>> {
  const where = read.where.join(' and ') || 'true';
  const n = read.params.length;
  const [items, total] = await Promise.all([
    sql.query<T>(
      `select ${read.columns} from ${read.from} where ${where}
        order by ${read.orderBy} limit $${n + 1} offset $${n + 2}`,
      [...read.params, pageSize, (page - 1) * pageSize],
    ),
    sql.query<{ n: number }>(`select count(*)::int as n from ${read.from} where ${where}`, read.params),
  ]);
  return { items: items.rows, total: total.rows[0].n };
}
