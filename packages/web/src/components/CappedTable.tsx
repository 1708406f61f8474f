import { Empty, type TableProps } from 'antd';
import { CappedNotice } from './CappedNotice.tsx';
import { emptyText } from './LoadError.tsx';
import { ListTable } from './TableCard.tsx';
import type { Loaded } from './useLoad.ts';

/**
 * A capped list (the server's first N rows and how many there are) as a table a page of the browser's at a time
 * (`pageSize`, 50 unless told), after the 只显示前 N 条 notice; while it loads the spinner, after a failure the error
 * with 重试 (`what` names the list), and `empty` when it has no rows. The table's other props are the page's own.
 */
export function CappedTable<T extends object>({
  list,
  pageSize = 50,
  what,
  empty,
  ...table
}: {
  list: Loaded<{ items: T[]; total: number }>;
  pageSize?: number;
  what?: string;
  empty: string;
} & Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination' | 'title' | 'children'>) {
  return (
    <>
      <CappedNotice list={list.data} />
      <ListTable<T>
        rowKey="id"
        size="small"
        {...table}
        dataSource={list.data?.items}
        pagination={{ pageSize, hideOnSinglePage: true }}
        locale={{ emptyText: emptyText(list, <Empty description={empty} />, what) }}
      />
    </>
  );
}
