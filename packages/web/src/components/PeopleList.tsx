import { Card, Input, Space, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../api/client.ts';
import { emptyText, LoadError } from './LoadError.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { type Loaded, useLoad } from './useLoad.ts';

/**
 * The address of a list of people or accounts (the members, the accounts): the union chosen (`orgId`), the words
 * searched (`q`), the page and its size; the union's name for its picker; `update`, which sets parameters (an
 * empty one removed) and goes back to the first page unless told not to.
 */
export function usePeopleListParams() {
  const [params, setParams] = useSearchParams();
  const orgId = Number(params.get('orgId')) || undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 20;
  const orgName = useLoad(
    async () =>
      orgId ? (await unwrap(api.GET('/api/orgs/{id}', { params: { path: { id: orgId } } }))).name : '',
    [orgId],
  );
  const update = (changes: Record<string, string | undefined>, resetPage = true) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '') p.delete(k);
        else p.set(k, v);
      }
      if (resetPage) p.delete('page');
      return p;
    });
  return { params, orgId, q, page, pageSize, orgName, update };
}

export type PeopleListParams = ReturnType<typeof usePeopleListParams>;

/**
 * A list of people or accounts (issue 46): the title and its buttons, a filter card (the words searched, the
 * union of a subtree, the page's own filters and, below, its flags), and the table a page at a time with a
 * choice of page sizes, the load error with a retry in its place.
 */
export function PeopleList<T extends object>({
  title,
  pageTestId,
  actions,
  at,
  search,
  union,
  filters,
  flags,
  list,
  what,
  empty,
  pageSizeOptions,
  showTotal,
  children,
  ...table
}: {
  title: string;
  pageTestId?: string;
  actions: ReactNode;
  at: PeopleListParams;
  search: { placeholder: string; testId: string };
  union: { placeholder: string; width: number; id: string };
  /** More filters on the search's line. */
  filters?: ReactNode;
  /** Below the search's line, in the same card. */
  flags?: ReactNode;
  list: Loaded<{ items: T[]; total: number }>;
  what: string;
  empty: string;
  pageSizeOptions: number[];
  showTotal?: (n: number) => string;
  /** After the table: the page's dialogs. */
  children?: ReactNode;
} & Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination' | 'title' | 'children'>) {
  const { t } = useTranslation();
  const { q, orgId, orgName, page, pageSize, update } = at;
  return (
    <div className="page" data-testid={pageTestId}>
      <div className="page-head">
        <Typography.Title level={3} className="page-title" style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space wrap>{actions}</Space>
      </div>
      <Card className="filter-card">
        <div className="filter-row">
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={search.placeholder}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            className="filter-search"
            data-testid={search.testId}
          />
          <OrgSelect
            tree
            value={orgId}
            valueLabel={orgName.data || undefined}
            onChange={(id) => update({ orgId: id ? String(id) : undefined })}
            allowClear
            placeholder={union.placeholder}
            style={{ minWidth: union.width }}
            id={union.id}
          />
          {filters}
        </div>
        {flags}
      </Card>
      <Card className="table-card">
        {list.error ? (
          <LoadError error={list.error} retry={list.reload} what={what} />
        ) : (
          <Table<T>
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
              pageSizeOptions,
              showTotal: showTotal ?? ((n) => t('common.total', { count: n })),
              onChange: (p, size) => update({ page: String(p), pageSize: String(size) }, size !== pageSize),
            }}
          />
        )}
      </Card>
      {children}
    </div>
  );
}
