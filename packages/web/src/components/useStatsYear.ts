import { api, unwrap } from '../api/client.ts';
import type { paths } from '../api/schema.gen.ts';
import { thisYear as currentYear } from './dates.ts';
import { useLoad } from './useLoad.ts';

export type ReportingArea = paths['/api/reports/years']['get']['parameters']['query']['area'];

export interface StatsYear {
  /** The year to show: the one asked for, else the newest year with figures, else this year; undefined while unknown. */
  year: number | undefined;
  /** Years to offer: those with figures, this year and the one asked for, newest first. */
  options: number[];
  /** This year in China: what `year` falls back to. */
  thisYear: number;
}

/**
 * The year a statistics page opens on (`orgId` undefined: the user's own union, or everything for the administrator). Without a year in the address it is the newest year in which the area
 * counted anything in the union's subtree, so a page never opens on an empty year while older figures exist.
 * If that question fails, the page falls back to this year rather than wait.
 */
export function useStatsYear(
  area: ReportingArea,
  orgId: number | undefined,
  asked: number | undefined,
): StatsYear {
  const thisYear = currentYear();
  const counted = useLoad(
    () => unwrap(api.GET('/api/reports/years', { params: { query: { orgId, area } } })).then((r) => r.years),
    [area, orgId],
  );
  const years = counted.data ?? [];
  const settled = !counted.loading || counted.data !== undefined;
  const year = asked ?? (settled ? (years[0] ?? thisYear) : undefined);
  const options = [...new Set([...years, thisYear, ...(asked ? [asked] : [])])].sort((a, b) => b - a);
  return { year, options, thisYear };
}
