import type { Static, TSchema } from 'typebox';
import type { Actor, Permission } from '../access/access.ts';
import { listRoutes, type StatsWorkbook } from './list-routes.ts';
import type { App } from './types.ts';

export { type StatsWorkbook, sendWorkbook } from './list-routes.ts';

/**
 * The two routes of a statistics page (issue 46): `GET <path>` answers the figures for a query (a year, a range of
 * days, a union's subtree) and `GET <path>.xlsx` the same figures as a workbook, both behind `permission`. The
 * service computes both from the reporting layer (ADR 9); this declares the routes once for every module.
 */
export function statisticsRoutes<Q extends TSchema, R extends TSchema>(
  app: App,
  o: {
    path: string;
    permission: Permission;
    tags: string[];
    /** What the figures are, for the API document. */
    summary: string;
    /** What the workbook holds ("The same statistics as .xlsx"). */
    xlsxSummary: string;
    query: Q;
    result: R;
    stats(actor: Actor, query: Static<Q>): Promise<Static<R>>;
    xlsx(actor: Actor, query: Static<Q>): Promise<StatsWorkbook>;
  },
): void {
  listRoutes(app, {
    path: o.path,
    exportPath: `${o.path}.xlsx`,
    permission: o.permission,
    tags: o.tags,
    summary: o.summary,
    exportSummary: o.xlsxSummary,
    query: o.query,
    exportQuery: o.query,
    result: o.result,
    list: o.stats,
    export: o.xlsx,
  });
}
