/**
 * A 合计 row is the sum of the rows above it (ADR 14, issue 41). A figure that cannot be summed is named on a note
 * row of its sheet, which says which of four kinds it is, and its 合计 cell holds what the note says:
 * - 时点数, a state on a day (congresses at each year's end): the 合计 is the state on the period's last day, the
 *   last year's figure (or blank);
 * - 不重复计数, a distinct count (a person helped by two programs counts once): the whole's distinct count, between
 *   the largest row and the sum, in the 合计 cell or on a row of its own named 不重复计… (or blank);
 * - 比率, a ratio (满意率): the whole's ratio, between the smallest row and the largest (or blank);
 * - a figure of each row alone (按期召开 of a year): the 合计 cell is blank and the note says where the whole's is.
 * test/exports.test.ts holds every such column to its kind and its note.
 */
export type NotSummed = 'state' | 'distinct' | 'ratio' | 'apart';

const SAYS: Record<NotSummed, string> = {
  state: '为时点数，不能相加',
  distinct: '为不重复计数，不能相加',
  ratio: '为比率，不能相加',
  apart: '不能相加，合计栏空白',
};

/** The kinds of figure that make a table's bottom row no 合计: a state on a day, or a distinct count. */
export type WholeKind = Extract<NotSummed, 'state' | 'distinct'>;

/**
 * The label of a table's bottom row where some column is no sum of the rows (ADR 14): 合计 is kept for a row every
 * figure of which adds its rows up. A column of states (会数 at each year's end) makes it 全期（时点数截至<day>）, the
 * flows of the whole period with the states as they stood on its last day; a column of distinct counts (a person
 * helped through two unions) makes it 全部（不重复计）, each counted once. Pages and exports take their words here.
 */
export function wholeRowLabel(kind: WholeKind, asOf?: string): { zh: string; en: string } {
  return kind === 'state'
    ? { zh: `全期（时点数截至${asOf}）`, en: `Whole period (as of ${asOf})` }
    : { zh: '全部（不重复计）', en: 'All (counted once)' };
}

/** A table's bottom row under `kind` (wholeRowLabel): its label in the first cell, then `cells`. */
export function wholeRow<C extends Cell>(
  kind: WholeKind,
  asOf: string | undefined,
  cells: readonly C[],
): (C | string)[] {
  return [wholeRowLabel(kind, asOf).zh, ...cells];
}

/** The note row under a sheet: 注：「职代会数」为时点数，不能相加：<what its rows and its 合计 hold>。 */
export function notSummedNote(kind: NotSummed, columns: string[], what: string): string {
  return `注：${columns.map((c) => `「${c}」`).join('')}${SAYS[kind]}：${what}。`;
}

type Cell = string | number | boolean | null;

/**
 * The 合计 row under a sheet's rows (the sum of the rows above it): 合计 in its first cell, blanks under the other
 * `labels` columns (a union's 类型, a station's union), and under each column of `width` the sum of its numbers, to
 * the fen so yuan keep two decimals; a column some row of which holds text is left blank. A column that cannot be
 * summed (a distinct count, a ratio) is the caller's to overwrite, with its note (notSummedNote).
 */
export function totalRow(width: number, rows: readonly (readonly Cell[])[], labels = 1): Cell[] {
  const out: Cell[] = ['合计'];
  for (let col = 1; col < width; col++) {
    const cells = rows.map((r) => r[col]).filter((c) => c !== null && c !== undefined && c !== '');
    const summed = col >= labels && cells.length > 0 && cells.every((c) => typeof c === 'number');
    out.push(summed ? Math.round((cells as number[]).reduce((s, c) => s + c, 0) * 100) / 100 : '');
  }
  return out;
}

/**
 * The 合计 row of a list whose first columns are days (a column of days holds only days): its label in column `at`,
 * the first of text, the columns before it blank, the sums after it as totalRow gives them.
 */
export function totalRowAt(at: number, width: number, rows: readonly (readonly Cell[])[]): Cell[] {
  const out = totalRow(width, rows, at + 1);
  out.fill(null, 0, at);
  out[at] = '合计';
  return out;
}

/** The rows with their 合计 row (totalRow) under them; no rows, no 合计. */
export function withTotal(width: number, rows: Cell[][], labels = 1): Cell[][] {
  return rows.length ? [...rows, totalRow(width, rows, labels)] : rows;
}

/** The rows with their 合计 row labelled in column `at` (totalRowAt); no rows, no 合计. */
export function withTotalAt(at: number, rows: Cell[][]): Cell[][] {
  return rows.length ? [...rows, totalRowAt(at, rows[0].length, rows)] : rows;
}
