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

/** The note row under a sheet: 注：「职代会数」为时点数，不能相加：<what its rows and its 合计 hold>。 */
export function notSummedNote(kind: NotSummed, columns: string[], what: string): string {
  return `注：${columns.map((c) => `「${c}」`).join('')}${SAYS[kind]}：${what}。`;
}
