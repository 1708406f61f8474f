/**
 * A list cut at a cap says how many rows it holds in all (issue 24: no silent truncation). A capped query selects
 * `COUNT_ALL` beside its columns — the window count is taken before the `limit` — and `capped` splits the rows it
 * returns into the items and that total. With no offset, no row means a total of 0.
 */
export const COUNT_ALL = 'count(*) over ()::int as "countAll"';

/** The items and how many there are in all: `total > items.length` when the list was cut. */
export interface Capped<T> {
  items: T[];
  total: number;
}

/** The rows of a query that selected `COUNT_ALL`, as items without the count, and the count as the total. */
export function capped<T extends { countAll: number }>(rows: T[]): Capped<Omit<T, 'countAll'>> {
  return {
    items: rows.map(({ countAll: _n, ...row }) => row),
    total: rows.length ? Number(rows[0].countAll) : 0,
  };
}
