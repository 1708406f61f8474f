import { Card, Table, type TableProps } from 'antd';
import type { ColumnsType, ColumnType, TableRef } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { ReactNode, RefObject } from 'react';
import { unionTreeColumn } from './union-tree.tsx';
import { useNarrow } from './useNarrow.ts';
import { useScrollRegion } from './useScrollRegion.ts';

/** Columns past which a table is laid out as wide as its content on every screen. */
const MANY_COLUMNS = 8;

/**
 * On a phone, or with more than MANY_COLUMNS columns, a table as wide as its content, scrolled sideways inside its
 * card: its columns neither squeezed to a character a line nor pushing the page past the screen (issue 42: the
 * statistics pages at 375 px; the twenty figures of 职代会统计 at 1024 px stood a union's name a character a line).
 * A few columns are laid out to the card. A table's own `scroll` wins. A table that scrolls is reachable by keyboard
 * (`useScrollRegion`).
 */
function useScroll<T>(
  table: TableProps<T>,
  listed = false,
): {
  scroll: TableProps<T>['scroll'];
  ref: RefObject<TableRef | null>;
} {
  const narrow = useNarrow();
  const ref = useScrollRegion();
  const wide = leafColumns(table.columns ?? []) > MANY_COLUMNS;
  if (listed && wide) return { scroll: table.scroll ?? { x: LIST_MIN_WIDTH }, ref };
  return { scroll: table.scroll ?? (narrow || wide ? { x: 'max-content' } : undefined), ref };
}

/**
 * The narrowest a register's list is laid out (its `scroll.x`), wider where its columns need it. On a laptop's screen
 * (1366 px, a card about 1,000 px wide) it fills its card and long names wrap, where a list as wide as its content
 * (`max-content`) ran past the card for a few long titles; on a narrower screen it scrolls sideways inside the card,
 * its names never squeezed to a character a line.
 */
export const LIST_MIN_WIDTH = 960;

/** How many columns a table shows, a group's counted by its own. */
function leafColumns(columns: readonly unknown[]): number {
  return columns.reduce<number>((n, c) => {
    const children = (c as { children?: unknown[] }).children;
    return n + (children?.length ? leafColumns(children) : 1);
  }, 0);
}

/**
 * A table as antd lays it out — its rows, pager and size its own — that on a phone, or with more than MANY_COLUMNS
 * columns, scrolls sideways inside its card: the one way a page shows a table (`pages/phone-layout.test.ts`).
 */
export function FitTable<T extends object>(table: TableProps<T>) {
  const fit = useScroll(table);
  return <Table<T> {...table} {...fit} />;
}

/**
 * A register's list (`PagedTable`, `CappedTable`): a `FitTable` whose many columns are laid out to what they ask
 * (at least LIST_MIN_WIDTH), long names wrapped, rather than as wide as their content.
 */
export function ListTable<T extends object>(table: TableProps<T>) {
  const fit = useScroll(table, true);
  return <Table<T> {...table} {...fit} />;
}

/**
 * A small table shown whole (no pager), its rows keyed by `id` unless it says otherwise: a section of a detail
 * or a statistics page, a year's or a level's figures. On a phone it scrolls sideways inside its card.
 */
export function WholeTable<T extends object>(table: TableProps<T>) {
  const fit = useScroll(table);
  return <Table<T> rowKey="id" size="small" pagination={false} {...table} {...fit} />;
}

/**
 * A small table paged in the page by `pageSize` rows, the pager hidden while they fit on one, its rows keyed by
 * `id` unless it says otherwise: a list a detail or a statistics page holds whole (bookings, nominations, years).
 * On a phone it scrolls sideways inside its card.
 */
export function PagedTable<T extends object>({ pageSize, ...table }: TableProps<T> & { pageSize: number }) {
  const fit = useScroll(table);
  return (
    <Table<T>
      rowKey="id"
      size="small"
      pagination={{ pageSize, hideOnSinglePage: true }}
      {...table}
      {...fit}
    />
  );
}

/**
 * The pager of a list held whole in the page and shown `pageSize` rows at a time: hidden while the rows fit on one
 * page, the count of all of them (共 N 条) beside it.
 */
export const countedPager = (t: TFunction, pageSize: number) => ({
  pageSize,
  hideOnSinglePage: true,
  showTotal: (n: number) => t('common.total', { count: n }),
});

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

/**
 * A statistics page's table of unions, a row each (`orgId`, `orgName`): in a small card titled `title`, the union's
 * name first, indented below the unions above it where the rows carry their depth — `union` is its column's title,
 * or the whole column where the page writes the name its own way —
 * then the page's figure `columns`, `pageSize` rows at a time (20 unless it says otherwise), `empty` when there
 * are none.
 */
export function UnionsCard<R extends { orgId: number | null; orgName: string }>({
  title,
  rows,
  union,
  columns,
  empty,
  pageSize = 20,
  summary,
}: {
  title: ReactNode;
  rows: readonly R[];
  union: string | ColumnType<R>;
  columns: ColumnsType<R>;
  empty?: string;
  pageSize?: number;
  summary?: TableProps<R>['summary'];
}) {
  const unionColumn = unionTreeColumn<R>(rows, typeof union === 'string' ? { title: union } : union);
  return (
    <Card title={title} size="small">
      <PagedTable<R>
        pageSize={pageSize}
        rowKey="orgId"
        dataSource={rows}
        {...(empty !== undefined && { locale: { emptyText: empty } })}
        columns={[unionColumn, ...columns]}
        summary={summary}
      />
    </Card>
  );
}
