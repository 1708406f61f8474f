import { useMemo } from 'react';
import { useStatsPeriod } from './StatsPeriod.tsx';
import { useStatsUnion } from './useHomeOrg.ts';
import { useUnionParams } from './useListParams.ts';
import { useLoad } from './useLoad.ts';
import { usePageTitle } from './usePageTitle.ts';
import type { ReportingArea } from './useStatsYear.ts';

/** What a statistics page counts besides the union and the period: its own filters (a call), unset ones left out. */
export type StatsFilters = Record<string, number | undefined>;

/**
 * What a statistics page counts (issue 46): its title set, the union (`orgId` in the address, else the home
 * union), the period of `area` with its control (`period.control`, for `StatsHeader`), and `q`, the union, the
 * page's own `filters` and the period as the figures' request and its .xlsx link take them. With `wholeTree`, the
 * administrator who picked no union counts the whole tree, as the union picker's `placeholder` says.
 */
export function useStatsScope(
  title: string,
  area: ReportingArea,
  opts: { yearRange?: number; filters?: StatsFilters; wholeTree?: boolean } = {},
) {
  usePageTitle(title);
  const { params, orgId, unionPending } = useUnionParams(!opts.wholeTree);
  const { placeholder } = useStatsUnion(params.get('orgId'));
  const period = useStatsPeriod(area, orgId, opts);
  // the filters by value (a page builds them anew each render): JSON leaves the unset ones out
  const filters = JSON.stringify(opts.filters ?? {});
  const q = useMemo(
    () => ({ orgId, ...(JSON.parse(filters) as StatsFilters), ...period.query }),
    [orgId, filters, period.query],
  );
  return { orgId, period, q, placeholder, unionPending };
}

/** The union and the period as a statistics page's figures and its .xlsx link take them. */
export type StatsScopeQuery = ReturnType<typeof useStatsScope>['q'];

/**
 * A statistics page of one union's figures: its scope (`useStatsScope`), and `stats`, asked of `load` once a union is
 * picked and the period known (`ready`; till then nothing is asked). With `allUnions`, no union picked counts every
 * union, and `stats` waits only for the period.
 */
export function useUnionStats<S>(
  title: string,
  area: ReportingArea,
  load: (q: StatsScopeQuery) => Promise<S>,
  opts: { yearRange?: number; filters?: StatsFilters; allUnions?: boolean; wholeTree?: boolean } = {},
) {
  const scope = useStatsScope(title, area, opts);
  const ready = (opts.allUnions || !!scope.orgId) && scope.period.ready;
  const stats = useLoad(() => (ready ? load(scope.q) : Promise.resolve(undefined)), [scope.q, ready]);
  return { ...scope, ready, stats };
}
