import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * A small table shown whole (no pager), its rows keyed by `id` unless it says otherwise: a section of a detail
 * or a statistics page, a year's or a level's figures.
 */
export function WholeTable<T extends object>(table: TableProps<T>) {
  return <Table<T> rowKey="id" size="small" pagination={false} {...table} />;
}

/**
 * A small table paged in the page by `pageSize` rows, the pager hidden while they fit on one, its rows keyed by
 * `id` unless it says otherwise: a list a detail or a statistics page holds whole (bookings, nominations, years).
 */
export function PagedTable<T extends object>({ pageSize, ...table }: TableProps<T> & { pageSize: number }) {
  return <Table<T> rowKey="id" size="small" pagination={{ pageSize, hideOnSinglePage: true }} {...table} />;
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
