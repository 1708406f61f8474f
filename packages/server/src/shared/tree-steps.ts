/**
 * Each row's step below the topmost union a table of unions lists — the statistics .xlsx's `indents` and the page's
 * indent alike (the web's `unionTreeColumn`) — from the rows' depths in the tree: the asked union's own row (depth
 * null) is the top and the unions below it one step down or more; without it, the shallowest union listed is the
 * top. A row that is no union's (a total: depth undefined) stands at the left. A table of unions of several depths
 * shows which union is under which.
 */
export function treeSteps(depths: readonly (number | null | undefined)[]): number[] {
  const top = Math.min(...depths.filter((d): d is number => typeof d === 'number'));
  const own = depths.some((d) => d === null) ? 1 : 0;
  return depths.map((d) => (typeof d === 'number' ? d - top + own : 0));
}
