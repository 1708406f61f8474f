/** How many stations the near page shows at first, and how many more each press of 显示更多 adds. */
export const NEAR_STEP = 12;

/**
 * The stations the near page shows: the first `shown` of those the server sent, nearest first, and how many are
 * still hidden (`more`, offered on a button), as the counselling slots are shown; the page listed every station in
 * Beijing at once.
 */
export function nearShown<T>(stations: readonly T[], shown: number) {
  return { items: stations.slice(0, shown), more: Math.max(0, stations.length - shown) };
}
