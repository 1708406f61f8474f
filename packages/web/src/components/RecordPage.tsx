import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { LoadGate } from './LoadError.tsx';
import { type Loaded, useLoad } from './useLoad.ts';
import { usePageTitle } from './usePageTitle.ts';

/** The record a page at `…/:id` opens, read by `load(id)` (again when the id changes). */
export function useRecord<T>(load: (id: number) => Promise<T>): Loaded<T> {
  const id = Number(useParams().id);
  // useLoad keys the read by the address too, so one page's record is never shown on another; and by the load's
  // text, so two reads at one address (the mould's call site is the same for both) are never taken for each other
  return useLoad(() => load(id), [id, String(load)]);
}

/**
 * The mould of a page that opens one record at `…/:id`: reads it, names the tab, and shows `children` with the
 * record once it has come — the spinner until then, the error with 重试 after a failure.
 */
export function RecordPage<T>({
  load,
  what,
  title,
  untitled = what,
  children,
}: {
  load: (id: number) => Promise<T>;
  /** The record in words, as the load error says it ("加载<what>失败"). */
  what: string;
  /** The tab's name: a text, or made from the record once it has come. */
  title: string | ((record: T) => string | null | undefined);
  /** The tab's name until the record has come (and where `title` makes none). */
  untitled?: string;
  /** The page, given the record and its state (`reload`, `set`). */
  children: (record: T, loaded: Loaded<T>) => ReactNode;
}) {
  const record = useRecord(load);
  const named = typeof title === 'string' ? title : record.data === undefined ? null : title(record.data);
  usePageTitle(named ?? untitled);
  return (
    <LoadGate state={record} what={what}>
      {(data) => children(data, record)}
    </LoadGate>
  );
}
