import { LeftOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { CappedNotice } from './CappedNotice.tsx';
import { LoadGate } from './LoadError.tsx';
import { RecordPage } from './RecordPage.tsx';
import type { Loaded } from './useLoad.ts';
import './worker-pages.css';
import { usePageTitle } from './usePageTitle.ts';

/**
 * The frame of a worker's phone page (ADR 115): the page's column with its title, `aside` to the title's right
 * (a link to a neighbouring page). The way back up, above it, is the worker layout's (worker-tabs.ts `backOf`).
 */
export function PhonePage({
  title,
  aside,
  testId,
  children,
}: {
  title: ReactNode;
  aside?: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  usePageTitle(typeof title === 'string' ? title : undefined);
  const heading = <div className="wp-title">{title}</div>;
  return (
    <div className="wp-page" data-testid={testId}>
      {aside ? (
        <div className="wp-card-head">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {children}
    </div>
  );
}

/** A quiet link back to a phone page (‹ 服务, ‹ 学习): the worker layout's above each page below a tab. */
export function PhoneBack({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="wp-muted m-tap" data-testid="m-back">
      <LeftOutlined /> {children}
    </Link>
  );
}

/**
 * The mould of a worker's phone page that opens one record at `/m/…/:id` (ADR 115): the page's column, then the
 * record as `RecordPage` reads it — the tab named `title`, the spinner until it has come,
 * the error with 重试 after a failure — and the page's cards, `children` with the record and its state.
 */
export function PhoneRecordPage<T>({
  load,
  what,
  title,
  untitled,
  children,
}: {
  load: (id: number) => Promise<T>;
  /** The record in words, as the load error says it. */
  what: string;
  /** The tab's name: a text, or made from the record once it has come. */
  title: string | ((record: T) => string | null | undefined);
  /** The tab's name until the record has come. */
  untitled?: string;
  children: (record: T, loaded: Loaded<T>) => ReactNode;
}) {
  return (
    <div className="wp-page">
      <RecordPage load={load} what={what} title={title} untitled={untitled}>
        {children}
      </RecordPage>
    </div>
  );
}

/** A capped list as the server sends it: the items shown and how many there are. */
interface Capped<T> {
  items: readonly T[];
  total: number;
}

/** A list's row: an array's element, or a capped list's item. */
type RowOf<D> = D extends readonly (infer I)[] ? I : D extends Capped<infer I> ? I : never;

/**
 * The mould of a phone page's list of cards (ADR 115): the spinner while it loads, the error with 重试 after a
 * failure, `empty` in words when there is nothing, the notice when the server cut the list at its cap, then the
 * cards `children` draws from the rows. The rows are the answer itself when it is an array, its `items` when it
 * is a capped list.
 */
export function PhoneList<D, T = RowOf<D>>({
  state,
  what,
  empty,
  children,
}: {
  state: Loaded<D>;
  what: string;
  empty: string;
  children: (rows: readonly T[], data: D) => ReactNode;
}) {
  return (
    <LoadGate state={state} what={what}>
      {(data) => {
        const capped = Array.isArray(data) ? null : (data as Capped<T>);
        const list = capped ? capped.items : (data as readonly T[]);
        return (
          <>
            {capped && <CappedNotice list={capped} plain />}
            {list.length === 0 ? <Empty description={empty} /> : children(list, data)}
          </>
        );
      }}
    </LoadGate>
  );
}
