/**
 * Where a row of an import's file is (ADR 152). A file whose rows come from one sheet numbers them as the sheet
 * does, and a message names a row as it always has: 第7行 / row 7. A file read from several sheets (a ledger split
 * by year into 2024年 and 2025年) numbers each row SHEET_ROW_SPAN × its sheet's place among those read (from 1) +
 * its row in the sheet, so that a row's number is still unique within the file and in the file's order (every import
 * keys, sorts and stages its rows by number as before), and the row carries its sheet's name: a message names both,
 * “2025年”第7行 / sheet "2025年", row 7. What an import answers gives each row as its sheet numbers it, with the
 * sheet (`placeOf`, `placeRows`).
 */

import type { SheetRows } from './spreadsheet.ts';
import { normaliseHeader } from './spreadsheet.ts';

type SheetRow = SheetRows['rows'][number];

/** More than the rows a sheet may hold (1,048,576 in Excel). */
export const SHEET_ROW_SPAN = 10_000_000;

/** The most sheets one file's rows are read from: their rows' numbers stay within a database integer. */
export const MAX_SHEETS_READ = 200;

/** A row of a file: its number (the file's, see above) and, when the file was read from several sheets, its sheet. */
export interface RowPlace {
  rowNo: number;
  sheet?: string;
}

/** Where a row is, without the rest of it: what a check keeps of an earlier row to name it in a later row's problem. */
export const placeOfRow = (row: RowPlace): RowPlace =>
  row.sheet === undefined ? { rowNo: row.rowNo } : { rowNo: row.rowNo, sheet: row.sheet };

/** The row's number in its own sheet. */
export const sheetRowNo = (at: RowPlace) => (at.sheet === undefined ? at.rowNo : at.rowNo % SHEET_ROW_SPAN);

/** 第7行, or “2025年”第7行 when the file was read from several sheets. */
export const rowZh = (at: RowPlace) =>
  at.sheet === undefined ? `第${at.rowNo}行` : `“${at.sheet}”第${sheetRowNo(at)}行`;

/** row 7, or sheet "2025年", row 7; `start` for the head of a sentence: Row 7, Sheet "2025年", row 7. */
export function rowEn(at: RowPlace, start = false): string {
  if (at.sheet === undefined) return `${start ? 'Row' : 'row'} ${at.rowNo}`;
  return `${start ? 'Sheet' : 'sheet'} "${at.sheet}", row ${sheetRowNo(at)}`;
}

/** Several rows: 第5、7行 (as before), or “2024年”第5行、“2025年”第7行. */
export function rowsZh(ats: readonly RowPlace[]): string {
  if (ats.every((a) => a.sheet === undefined)) return `第${ats.map((a) => a.rowNo).join('、')}行`;
  return ats.map(rowZh).join('、');
}

/** row 5, 7 (as before), or sheet "2024年", row 5; sheet "2025年", row 7. */
export function rowsEn(ats: readonly RowPlace[]): string {
  if (ats.every((a) => a.sheet === undefined)) return `row ${ats.map((a) => a.rowNo).join(', ')}`;
  return ats.map((a) => rowEn(a)).join('; ');
}

/**
 * A row named by the file's number alone, as an import answers it: its number in its sheet, with the sheet when the
 * file was read from several (`sheets`, the sheets read; none when the rows come from one).
 */
export function placeOf(rowNo: number, sheets: readonly string[]): RowPlace {
  if (!sheets.length || rowNo < SHEET_ROW_SPAN) return { rowNo };
  return { rowNo: rowNo % SHEET_ROW_SPAN, sheet: sheets[Math.floor(rowNo / SHEET_ROW_SPAN) - 1] };
}

/**
 * What an import answers of its rows (errors, rows left out, cells to check): each numbered as its sheet numbers it,
 * with the sheet when the file was read from several (`placeOf`). Changes the items given and answers them.
 */
export function placeRows<T extends { rowNo: number; sheet?: string }>(
  items: T[],
  sheets: readonly string[],
): (T & { sheet?: string })[] {
  if (!sheets.length) return items;
  for (const item of items) {
    if (item.rowNo < SHEET_ROW_SPAN) continue;
    const at = placeOf(item.rowNo, sheets);
    item.rowNo = at.rowNo;
    item.sheet = at.sheet;
  }
  return items;
}

/** A row of one of several sheets read: numbered by the file, its sheet named, its cells under the one header. */
export function placed(
  row: SheetRow,
  first: number,
  sheet: string,
  layout: number[] | null,
  width: number,
): SheetRow {
  const marks = {
    ...(row.merged ? { merged: layout ? row.merged.map((i) => layout[i]) : row.merged } : {}),
    ...(row.hidden ? { hidden: true } : {}),
  };
  if (!layout) return { rowNo: first + row.rowNo, cells: row.cells, sheet, ...marks };
  const cells: string[] = new Array(width).fill('');
  for (let i = 0; i < layout.length; i++) cells[layout[i]] = row.cells[i] ?? '';
  return { rowNo: first + row.rowNo, cells, sheet, ...marks };
}

/**
 * One header over the sheets read: the first sheet's, then each column a later sheet has and no sheet before it
 * (known by `columnKey`, else by its header normalised; a name twice in a sheet is two columns); for each sheet, where
 * its columns go (null where they stand as they are).
 */
export function oneHeader(
  sheets: string[][],
  columnKey: ((header: string) => string | undefined) | undefined,
): { headers: string[]; layouts: (number[] | null)[] } {
  if (sheets.length === 1) return { headers: sheets[0], layouts: [null] };
  const headers: string[] = [];
  const places = new Map<string, number>();
  const layouts = sheets.map((cells) => {
    const times = new Map<string, number>();
    const layout = cells.map((h) => {
      const key = (h && columnKey?.(h)) ?? normaliseHeader(h);
      const n = (times.get(key) ?? 0) + 1;
      times.set(key, n);
      const id = `${key}\u0000${n}`;
      let at = places.get(id);
      if (at === undefined) {
        at = headers.length;
        places.set(id, at);
        headers.push(h);
      }
      return at;
    });
    return layout.every((at, i) => at === i) ? null : layout;
  });
  return { headers, layouts };
}
