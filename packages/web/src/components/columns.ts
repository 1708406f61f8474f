import type { ReactNode } from 'react';
import { formatCount, formatFen } from './format.ts';

/** A table's column of figures: it fits any table's `columns`. */
export interface FigureColumn {
  title: ReactNode;
  dataIndex: string;
  align: 'right';
  render?: (n: number) => ReactNode;
  width?: number;
  key?: string;
}

/**
 * A table's column of figures (issue 46): right-aligned, each cell written by `write` (as it comes unless given),
 * with the column's width or key where it has one.
 */
export function figureColumn(
  title: ReactNode,
  dataIndex: string,
  write?: (n: number) => ReactNode,
  more?: { width?: number; key?: string },
): FigureColumn {
  return { title, dataIndex, align: 'right', ...(write && { render: (n: number) => write(n) }), ...more };
}

/** A column of amounts in fen, written ¥1,234.56. */
export const fenColumn = (title: ReactNode, dataIndex: string, more?: { width?: number }) =>
  figureColumn(title, dataIndex, formatFen, more);

/** A column of counts, written 44,320. */
export const countColumn = (title: ReactNode, dataIndex: string, more?: { width?: number }) =>
  figureColumn(title, dataIndex, formatCount, more);
