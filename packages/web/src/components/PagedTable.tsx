import { Empty, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from './LoadError.tsx';
import { ListTable } from './TableCard.tsx';
import type { Loaded } from './useLoad.ts';

/**
 * One page of a server-paged list: the load error with a retry when the request failed (never an empty
 * table), a spinner until the first answer, else the table with its pager and `empty` as the empty text.
 */
export function PagedTable<T extends object>({
  list,
  page,
  pageSize,
  onPage,
  empty,
  what,
  ...table
}: {
  list: Loaded<{ items: T[]; total: number }>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  empty: string;
  /** What the list is, for the load error ("项目列表"). */
  what?: string;
} & Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination'>) {
  const { t } = useTranslation();
  if (list.error) return <LoadError error={list.error} retry={list.reload} what={what} />;
  return (
    <ListTable<T>
      rowKey="id"
      {...table}
      loading={list.loading}
      dataSource={list.data?.items ?? []}
      // Before the first answer the table holds a spinner, not "no data".
      locale={{ emptyText: list.data ? <Empty description={empty} /> : <Loading compact /> }}
      pagination={{
        current: page,
        pageSize,
        total: list.data?.total ?? 0,
        showTotal: (n) => t('common.total', { count: n }),
        onChange: onPage,
      }}
    />
  );
}
