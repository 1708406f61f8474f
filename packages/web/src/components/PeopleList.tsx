import { Card, Space, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyText, LoadError } from './LoadError.tsx';
import { FitTable } from './TableCard.tsx';
import type { Loaded } from './useLoad.ts';

/**
 * How `RegisterList` shows a list of people (the members, the accounts; its `people`): the title over the page's
 * buttons, the filters in a card of their own (the ticked tags on a line below, after their label), the table in
 * another card.
 */
export function PeopleFrame({
  title,
  pageTestId,
  actions,
  filters,
  flags,
  flagsLabel,
  flagsTestId,
  children,
}: {
  title: string | undefined;
  pageTestId?: string;
  actions: ReactNode;
  filters: ReactNode;
  flags: ReactNode[];
  flagsLabel?: string;
  flagsTestId?: string;
  /** The table, then the page's dialogs. */
  children: ReactNode;
}) {
  return (
    <div className="page" data-testid={pageTestId}>
      <div className="page-head">
        <Typography.Title level={3} className="page-title" style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space wrap>{actions}</Space>
      </div>
      <Card className="filter-card">
        <div className="filter-row">{filters}</div>
        {flags.length > 0 && (
          <div className="filter-flags" data-testid={flagsTestId}>
            <span className="muted">{flagsLabel}</span>
            {flags}
          </div>
        )}
      </Card>
      {children}
    </div>
  );
}

/**
 * A list of people a page at a time, in its card: a choice of page sizes, the load error with a retry in the
 * table's place, `showTotal` for the pager's count where the page words it its own way.
 */
export function PeopleTable<T extends object>({
  list,
  page,
  pageSize,
  pageSizes,
  onPage,
  what,
  empty,
  showTotal,
  ...table
}: {
  list: Loaded<{ items: T[]; total: number }>;
  page: number;
  pageSize: number;
  pageSizes: number[];
  onPage: (page: number, size: number) => void;
  what?: string;
  empty: string;
  showTotal?: (n: number) => string;
} & Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination' | 'title' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Card className="table-card">
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} what={what} />
      ) : (
        <FitTable<T>
          rowKey="id"
          size="middle"
          {...table}
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: emptyText(list, empty) }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: pageSizes,
            showTotal: showTotal ?? ((n) => t('common.total', { count: n })),
            onChange: onPage,
          }}
        />
      )}
    </Card>
  );
}
