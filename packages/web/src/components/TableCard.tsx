import { Card, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/** A card holding a small table shown whole (no pager): a section of a detail or a statistics page. */
export function TableCard<T extends object>({
  title,
  ...table
}: { title: ReactNode } & Omit<TableProps<T>, 'title'>) {
  return (
    <Card title={title}>
      <Table<T> size="small" pagination={false} {...table} />
    </Card>
  );
}
