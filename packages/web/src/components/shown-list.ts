/** How many items a phone list shows at first, and how many more each press of its 显示更多 button adds. */
export const SHOWN_STEP = 12;

/**
 * The items a phone list shows: the first `shown` of those the server sent, and how many are still hidden (`more`,
 * offered on a button) — the counselling slots and the nearest stations, where one list stopped at 12 with no way on
 * and the other listed every station in Beijing at once.
 */
export function firstShown<T>(items: readonly T[], shown: number) {
  return { items: items.slice(0, shown), more: Math.max(0, items.length - shown) };
}
