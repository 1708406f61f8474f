import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatTime } from './dates.ts';
import { formatCount, formatFen } from './format.ts';

/** A table's column of figures: it fits any table's `columns`. */
export interface FigureColumn {
  title: ReactNode;
  dataIndex: string;
  align: 'right';
  render?: (n: number | null | undefined) => ReactNode;
  width?: number;
  key?: string;
}

/**
 * A table's column of figures (issue 46): right-aligned, each cell written by `write` (as it comes unless given;
 * a dash where a row has none), with the column's width or key where it has one.
 */
export function figureColumn(
  title: ReactNode,
  dataIndex: string,
  write?: (n: number) => ReactNode,
  more?: { width?: number; key?: string },
): FigureColumn {
  // a figure not given (an optional area, a count not yet known) shows a dash, as a text or a code does
  const render = write && ((n: number | null | undefined) => (n == null ? '—' : write(n)));
  return { title, dataIndex, align: 'right', ...(render && { render }), ...more };
}

/** A column of amounts in fen, written ¥1,234.56. */
export const fenColumn = (title: ReactNode, dataIndex: string, more?: { width?: number }) =>
  figureColumn(title, dataIndex, formatFen, more);

/** A column of counts, written 44,320. */
export const countColumn = (title: ReactNode, dataIndex: string, more?: { width?: number }) =>
  figureColumn(title, dataIndex, formatCount, more);

/** What else a column may set (its width, its alignment, an ellipsis, a key). */
type More = { width?: number; align?: 'left' | 'right' | 'center'; ellipsis?: boolean; key?: string };

/**
 * A column of codes (a kind, a level, a state), each shown by its label (`label`: the dictionary's words, or the
 * code's tag); a row without one (an open case's outcome) shows a dash, as `textColumn` does.
 */
export const labelColumn = <C extends string = string>(
  title: ReactNode,
  dataIndex: string,
  label: (code: C) => ReactNode,
  more?: More,
) => ({ title, dataIndex, render: (code: C | null) => (code == null ? '—' : label(code)), ...more });

/** A column of text that may be missing: a dash where there is none. */
export const textColumn = (title: ReactNode, dataIndex: string, more?: More) => ({
  title,
  dataIndex,
  render: (v: string | null) => v ?? '—',
  ...more,
});

/** A column of moments (a record's creation, a message sent), written 2026-03-01 14:05; a dash where there is none. */
export const timeColumn = (title: ReactNode, dataIndex: string, more?: More) => ({
  title,
  dataIndex,
  render: (v: string | null | undefined) => formatTime(v),
  ...more,
});

/** A column whose text links to the row's page (`to`): the title of a record on its register's list. */
export function linkColumn<T>(title: ReactNode, dataIndex: string, to: (row: T) => string, more?: More) {
  return {
    title,
    dataIndex,
    render: (text: ReactNode, row: T) => <Link to={to(row)}>{text}</Link>,
    ...more,
  };
}
