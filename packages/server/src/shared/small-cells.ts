/**
 * Small-cell suppression for statistics about few workers (ADR 161). A count from 1 to 4 is hidden as "<5"
 * (primary suppression). A hidden count could still be worked out by subtraction when it is the only one hidden
 * among cells that sum to a shown total (12, 5, <5 with 合计 20 → 3), so the smallest other non-zero cell of that
 * set is hidden too (complementary suppression), as "*": it is 5 or more, and "<5" would say it was not.
 */
export const BELOW_FIVE = '<5' as const;
export const WITHHELD = '*' as const;
export type Cell = number | typeof BELOW_FIVE | typeof WITHHELD;

/** Primary suppression: 1–4 become "<5"; 0 and 5 or more are shown. */
export const suppressSmall = (n: number): number | typeof BELOW_FIVE => (n > 0 && n < 5 ? BELOW_FIVE : n);

/**
 * The cells of a table whose rows, figure by figure, sum to `total` (each figure's column is one set: the rows by
 * month, or by union, of a period), with small cells hidden and, where a column's total is shown and exactly one of
 * its cells is hidden as "<5", its smallest other non-zero cell hidden as "*". One column never needs more: two
 * hidden cells give only their sum. The page and the export read the same answer.
 */
export function suppressTable<R extends Record<K, number>, K extends string>(
  rows: readonly R[],
  total: Record<K, number>,
  keys: readonly K[],
): { rows: (Omit<R, K> & Record<K, Cell>)[]; total: Record<K, Cell> } {
  const out = rows.map((r) => {
    const o: Record<string, unknown> = { ...r };
    for (const k of keys) o[k] = suppressSmall(r[k]);
    return o as Record<K, Cell>;
  });
  const shownTotal = {} as Record<K, Cell>;
  for (const k of keys) {
    shownTotal[k] = suppressSmall(total[k]);
    const column = out.map((o) => o[k] as Cell);
    if (shownTotal[k] === BELOW_FIVE || column.filter((v) => v === BELOW_FIVE).length !== 1) continue;
    let smallest = -1;
    column.forEach((v, i) => {
      if (typeof v === 'number' && v > 0 && (smallest < 0 || v < (column[smallest] as number))) smallest = i;
    });
    if (smallest >= 0) out[smallest][k] = WITHHELD;
  }
  return { rows: out as (Omit<R, K> & Record<K, Cell>)[], total: shownTotal };
}
