import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useNarrow } from './useNarrow.ts';

/**
 * On a phone a table as wide as its content, scrolled sideways inside its card: its columns neither squeezed to a
 * character a line nor pushing the page past the screen (issue 42: the statistics pages at 375 px). Wider screens
 * lay the table out to the card as before. A table's own `scroll` wins.
 */
function useScroll<T>(table: TableProps<T>): TableProps<T>['scroll'] {
  const narrow = useNarrow();
  return table.scroll ?? (narrow ? { x: 'max-content' } : undefined);
}

/**
 * A small table shown whole (no pager), its rows keyed by `id` unless it says otherwise: a section of a detail
 * or a statistics page, a year's or a level's figures. On a phone it scrolls sideways inside its card.
 */
export function WholeTable<T extends object>(table: TableProps<T>) {
  const scroll = useScroll(table);
  return <Table<T> rowKey="id" size="small" pagination={false} {...table} scroll={scroll} />;
}

/**
 * A small table paged in the page by `pageSize` rows, the pager hidden while they fit on one, its rows keyed by
 * `id` unless it says otherwise: a list a detail or a statistics page holds whole (bookings, nominations, years).
 * On a phone it scrolls sideways inside its card.
 */
export function PagedTable<T extends object>({ pageSize, ...table }: TableProps<T> & { pageSize: number }) {
  const scroll = useScroll(table);
  return (
    <Table<T>
      rowKey="id"
      size="small"
      pagination={{ pageSize, hideOnSinglePage: true }}
      {...table}
      scroll={scroll}
    />
  );
}

/** A card holding a small table shown whole (no pager): a section of a detail or a statistics page. */
export function TableCard<T extends object>({
  title,
  ...table
}: { title: ReactNode } & Omit<TableProps<T>, 'title'>) {
  return (
    <Card title={title}>
      <WholeTable<T> {...table} />
    </Card>
  );
}
