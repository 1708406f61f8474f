import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * A small table shown whole (no pager), its rows keyed by `id` unless it says otherwise: a section of a detail
 * or a statistics page, a year's or a level's figures.
 */
export function WholeTable<T extends object>(table: TableProps<T>) {
  return <Table<T> rowKey="id" size="small" pagination={false} {...table} />;
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
