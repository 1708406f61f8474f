/** How many open slots the phone shows at first, and how many more each press of 更多时段 adds. */
export const SLOTS_STEP = 12;

/**
 * The open slots the phone shows: the first `shown` of those the server sent, and how many of those are still
 * hidden (`more`, offered on a button), where the list stopped at 12 under 只显示前 12 条，共 28 条 with no way on.
 */
export function slotsShown<T>(slots: readonly T[], shown: number) {
  return { items: slots.slice(0, shown), more: Math.max(0, slots.length - shown) };
}
