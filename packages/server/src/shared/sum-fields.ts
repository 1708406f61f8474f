/** The sum of each of `keys` over `rows`, every key 0 when there are none: a statistics table's total row. */
export function sumFields<K extends string>(
  rows: readonly Record<K, number>[],
  keys: readonly K[],
): Record<K, number> {
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) for (const k of keys) total[k] += r[k];
  return total;
}
