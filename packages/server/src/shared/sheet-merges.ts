import type { SheetRows } from './spreadsheet.ts';

/**
 * Cells merged down a column (A3:A6): a clerk's sheet shows the top cell's value on every row of the merge (one
 * union or one policy over its insured persons), while the file holds it in the top cell only. The streamed reader
 * reads those rows with the value they show, and marks the cells it filled (`merged`, with the top cell's own) so
 * that a figure merged over rows — each row's, or the rows' together? — is refused rather than read one way.
 * A merge over several columns is left as the file holds it (a title or a note across the sheet).
 */
export interface ColumnMerge {
  col: number;
  top: number;
  bottom: number;
}

/**
 * Fills the rows of a sheet, read in order, with the values their merged cells show: each cell under a merge's top
 * cell that the file leaves blank takes the top cell's value, and every cell of the merge is marked `merged`. One
 * filler reads a sheet once, from its first row.
 */
export function mergeFiller(merges: ColumnMerge[]) {
  let next = 0;
  let open: { col: number; bottom: number; value: string }[] = [];
  return (rows: SheetRows['rows'], from: number) => {
    if (!merges.length) return;
    for (let i = from; i < rows.length; i++) {
      const row = rows[i];
      if (open.length) open = open.filter((m) => m.bottom >= row.rowNo);
      for (const m of open) {
        if (!row.cells[m.col]) {
          while (row.cells.length < m.col) row.cells.push('');
          row.cells[m.col] = m.value;
        }
        mark(row, m.col);
      }
      while (next < merges.length && merges[next].top < row.rowNo) next++;
      while (next < merges.length && merges[next].top === row.rowNo) {
        const m = merges[next++];
        const value = row.cells[m.col];
        if (!value) continue;
        open.push({ col: m.col, bottom: m.bottom, value });
        mark(row, m.col);
      }
    }
  };
}

/** Marks a row's cell as one of a merge. */
function mark(row: SheetRows['rows'][number], col: number): void {
  if (row.merged) row.merged.push(col);
  else row.merged = [col];
}
