import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, type TableProps, Tabs } from 'antd';
import { type ComponentType, type CSSProperties, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { CappedTable } from './CappedTable.tsx';
import type { NewRecordDialogProps } from './FormDialog.tsx';
import { FilterField } from './ListFilterField.tsx';
import { addressValue, filterValues, type ListFilter } from './list-filters.ts';
import { NewButton } from './NewButton.tsx';
import { OrgSelect } from './OrgSelect.tsx';
import { PagedTable } from './PagedTable.tsx';
import { PeopleFrame, PeopleTable } from './PeopleList.tsx';
import { LIST_MIN_WIDTH } from './TableCard.tsx';
import { useUnionParams } from './useListParams.ts';
import { type Loaded, useLoad } from './useLoad.ts';
import { usePageTitle } from './usePageTitle.ts';

export { choiceFilter, type ListFilter, selectFilter, viewsFilter } from './list-filters.ts';

/**
 * The filters as the list asks for them: each filter's value (undefined when not set; a view at `all` is not
 * set), the union picked (`orgId`, the home union unless another is chosen) where the list has one, the page.
 */
export interface ListQuery {
  values: Record<string, string | undefined>;
  orgId: number | undefined;
  page: number;
  pageSize: number;
}

type Rows<T> = { items: T[]; total: number };

/** The rows picked for a bulk action (their ids), and `clear` once it is done. */
export interface Picked {
  ids: number[];
  clear: () => void;
}

/** A register list's new-record button (`create`, below). */
export interface CreateButton {
  permission: string;
  label: string;
  testId: string;
  to?: string;
  dialog?: (q: ListQuery, close: () => void, reload: () => Promise<void>) => ReactNode;
  Dialog?: ComponentType<NewRecordDialogProps>;
  opens?: (id: number) => string;
}

/** The new-record button that goes to the new record's page `to`, for those holding `permission`. */
export const createLink = (permission: string, label: string, testId: string, to: string): CreateButton => ({
  permission,
  label,
  testId,
  to,
});

/** What a register's list declares (`RegisterList`), and the table's own props (size, row clicks, scroll). */
export type RegisterListProps<T extends object> = {
  /** The card's title and the browser tab's; none `within` another page. */
  title?: string;
  /** The list is part of another page (a tab, a card): no card or page title of its own. */
  within?: boolean;
  /** The prefix of the page's test ids: `<testId>-view`, `-search`, `-export`, `-table` unless a filter names its own. */
  testId: string;
  filters?: ListFilter[];
  /**
   * Where the list is of a union's subtree: the union picker (with its own test id), beside the buttons, or first
   * on the filters' line (`inFilters`, in `style`).
   */
  org?: boolean | { testId?: string; inFilters?: boolean; style?: CSSProperties };
  /** What else `load` reads: a value the page picks outside the list's filters (its program, its union). */
  deps?: unknown[];
  /** The table's test id where it is not `<testId>-table`. */
  tableTestId?: string;
  paging?: 'server' | 'client';
  pageSize?: number;
  load: (q: ListQuery) => Promise<Rows<T>>;
  /** The export of what the filters show (an .xlsx link). */
  exportHref?: (q: ListQuery) => string;
  exportLabel?: string;
  /** The page's buttons after the export: its import (`ListImport`). */
  actions?: (list: Loaded<Rows<T>>, q: ListQuery) => ReactNode;
  /**
   * The new-record button, last, for those holding `permission`: it goes to the page `to`, or opens `dialog`
   * (given the filters, for the union picked, `close` and the list's `reload`), or opens `Dialog` for the union picked, whose new
   * record's page `opens(id)` then shows (without `opens`, the dialog closes and the list is read again).
   */
  create?: CreateButton;
  /**
   * Rows of a server-paged list picked for a bulk action: a box on each row where `enabled` (not on a row `locked`), and `bar` between
   * the filters and the table, given what is picked (its buttons, its notices, its dialogs). Another filter or
   * page drops the pick.
   */
  pick?: {
    enabled: boolean;
    locked?: (row: T) => boolean;
    bar: (picked: Picked, list: Loaded<Rows<T>>) => ReactNode;
  };
  /**
   * A list of people (the members, the accounts): the title over the buttons, the filters in a card of their own
   * (`tag` filters on a line below, after `flagsLabel`), the table in another with a choice of `pageSizes` (the size
   * kept in the address) and `showTotal` for the pager's count where the page words it its own way.
   */
  people?: {
    pageSizes: number[];
    pageTestId?: string;
    flagsLabel?: string;
    flagsTestId?: string;
    showTotal?: (n: number, list: Loaded<Rows<T>>) => string;
  };
  /** Shown above the filters (a notice of the list, or of the union and filters it is read with). */
  notice?: (list: Loaded<Rows<T>>, q: ListQuery) => ReactNode;
  /** Shown after the filters, on their line (how many the list holds). */
  tally?: (list: Loaded<Rows<T>>) => ReactNode;
  /** What the list is, for the load error ("项目列表"). */
  what?: string;
  empty: string | ((q: ListQuery) => string);
  /** The table's columns; given the list (and the filters) where a row's button acts on it and reloads it. */
  columns: TableProps<T>['columns'] | ((list: Loaded<Rows<T>>, q: ListQuery) => TableProps<T>['columns']);
  /** Below the table: the page's dialogs. */
  children?: (list: Loaded<Rows<T>>, q: ListQuery) => ReactNode;
} & Omit<TableProps<T>, 'loading' | 'dataSource' | 'pagination' | 'title' | 'children' | 'columns'>;

/**
 * A register's list page (issue 46), the mould every register's list is declared with: the title, the filters
 * kept in the address (a linked or reloaded page shows the same list), the union picked, the table a page at a
 * time (`paging: 'server'`) or the whole capped list (`'client'`, with the 只显示前 N 条 notice), the export of
 * what the filters show, the register's import (its list reloads after it) and the page's own buttons; the load
 * error with a retry, a spinner, the empty text. A page declares its columns, filters and API calls only.
 * `within` a tab or card of another page, the list has no card or page title of its own, and its buttons stand
 * on the filters' line.
 */
export function RegisterList<T extends object>({
  title,
  within,
  testId,
  filters = [],
  org,
  deps = [],
  tableTestId = `${testId}-table`,
  paging = 'server',
  pageSize: size = 20,
  load,
  exportHref,
  exportLabel,
  actions,
  create,
  pick,
  people,
  notice,
  tally,
  what,
  empty,
  columns,
  children,
  ...table
}: RegisterListProps<T>) {
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { params, set, setMany, orgId: shown, pickUnion } = useUnionParams();
  const values = filterValues(filters, params);
  const orgId = org ? shown : undefined;
  const page = paging === 'server' ? Number(params.get('page') ?? 1) : 1;
  const pageSize = (people && Number(params.get('pageSize'))) || size;
  const q: ListQuery = { values, orgId, page, pageSize };
  // the test id keeps apart two lists of one page (a tab each) that would read with the same filters
  const at = [testId, JSON.stringify(values), orgId, page, pageSize, ...deps];
  const list = useLoad(() => load(q), at);
  const [pickedAt, setPicked] = useState<{ at: string; ids: number[] }>({ at: '', ids: [] });
  const picked: Picked = {
    ids: pickedAt.at === JSON.stringify(at) ? pickedAt.ids : [],
    clear: () => setPicked({ at: '', ids: [] }),
  };
  const emptyWords = typeof empty === 'function' ? empty(q) : empty;
  const cols = typeof columns === 'function' ? columns(list, q) : columns;
  const row = filters.filter((f) => f.kind !== 'tabs' && f.kind !== 'tag');
  const field = (f: Exclude<ListFilter, { kind: 'tabs' }>) => (
    <FilterField
      key={f.param}
      filter={f}
      value={addressValue(f, params)}
      set={set}
      testId={testId}
      people={!!people}
    />
  );
  const picker = typeof org === 'object' ? org : {};
  const union = org && (
    <OrgSelect value={orgId ?? null} onChange={pickUnion} style={picker.style} testId={picker.testId} />
  );
  const hasButtons = (org && !picker.inFilters) || exportHref || actions || create;
  const buttons = (
    <>
      {!picker.inFilters && union}
      {exportHref && (
        <Button icon={<DownloadOutlined />} href={exportHref(q)} data-testid={`${testId}-export`}>
          {exportLabel}
        </Button>
      )}
      {actions?.(list, q)}
      {create && can(create.permission) && (
        <NewButton
          onClick={() => (create.to ? navigate(create.to) : setCreating(true))}
          testId={create.testId}
        >
          {create.label}
        </NewButton>
      )}
    </>
  );
  if (people)
    return (
      <PeopleFrame
        title={title}
        pageTestId={people.pageTestId}
        actions={hasButtons && buttons}
        filters={row.map(field)}
        flags={filters.flatMap((f) => (f.kind === 'tag' ? [field(f)] : []))}
        flagsLabel={people.flagsLabel}
        flagsTestId={people.flagsTestId}
      >
        <PageTitle title={title} />
        <PeopleTable<T>
          {...table}
          columns={cols}
          list={list}
          page={page}
          pageSize={pageSize}
          pageSizes={people.pageSizes}
          // a new size goes back to the first page
          onPage={(p, n) => setMany({ page: n === pageSize ? String(p) : undefined, pageSize: String(n) })}
          what={what}
          empty={emptyWords}
          showTotal={people.showTotal && ((n) => people.showTotal?.(n, list) ?? '')}
          data-testid={tableTestId}
        />
        {children?.(list, q)}
      </PeopleFrame>
    );
  const body = (
    <>
      {notice?.(list, q)}
      {filters.map((f) => f.kind === 'tabs' && <ListTabs key={f.param} tabs={f} params={params} set={set} />)}
      {(row.length > 0 || tally || picker.inFilters || (within && (exportHref || actions || create))) && (
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          {picker.inFilters && union}
          {row.map(field)}
          {tally?.(list)}
          {within && buttons}
        </Flex>
      )}
      {pick?.bar(picked, list)}
      {paging === 'server' ? (
        <PagedTable<T>
          // as wide as its columns ask and scrolled sideways inside the card, as the capped table below: left to the
          // card's width a list of nine columns at 1024 px squeezed names to a character a line, or ran past the screen
          scroll={{ x: LIST_MIN_WIDTH }}
          rowSelection={
            pick?.enabled
              ? {
                  selectedRowKeys: picked.ids,
                  onChange: (keys) => setPicked({ at: JSON.stringify(at), ids: keys.map(Number) }),
                  getCheckboxProps: (row) => ({ disabled: pick.locked?.(row) }),
                }
              : undefined
          }
          {...table}
          columns={cols}
          list={list}
          page={page}
          pageSize={pageSize}
          onPage={(p) => set('page', p > 1 ? String(p) : undefined)}
          what={what}
          empty={emptyWords}
          data-testid={tableTestId}
        />
      ) : (
        <CappedTable<T>
          scroll={{ x: LIST_MIN_WIDTH }}
          {...table}
          columns={cols}
          list={list}
          pageSize={pageSize}
          what={what}
          empty={emptyWords}
          data-testid={tableTestId}
        />
      )}
      {creating && create?.dialog?.(q, () => setCreating(false), list.reload)}
      {creating && create?.Dialog && (
        <create.Dialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          // the new record's page where it has one; else the list again, the new record in it
          onDone={(id) => {
            if (create.opens) return navigate(create.opens(id));
            setCreating(false);
            void list.reload();
          }}
        />
      )}
      {children?.(list, q)}
    </>
  );
  if (within) return body;
  return (
    <Card
      title={title}
      extra={
        hasButtons && (
          <Flex gap={8} wrap>
            {buttons}
          </Flex>
        )
      }
    >
      <PageTitle title={title} />
      {body}
    </Card>
  );
}

/** Tabs over the list (待我审批 / 全部), the tab `initial` kept out of the address. */
function ListTabs({
  tabs: f,
  params,
  set,
}: {
  tabs: Extract<ListFilter, { kind: 'tabs' }>;
  params: URLSearchParams;
  set: (key: string, value: string | undefined) => void;
}) {
  return (
    <Tabs
      activeKey={addressValue(f, params) ?? f.initial}
      onChange={(k) => set(f.param, k === f.initial ? undefined : k)}
      items={f.options.map((o) => ({ key: o.value, label: o.label }))}
      data-testid={f.testId}
    />
  );
}

/** Names the browser tab after a list that is a page of its own. */
function PageTitle({ title }: { title: string | undefined }) {
  usePageTitle(title);
  return null;
}
