import type { Static, TSchema } from 'typebox';
import type { Actor, Permission } from '../access/access.ts';
import { listRoutes, type StatsWorkbook } from './list-routes.ts';
import type { App } from './types.ts';

export { type StatsWorkbook, sendWorkbook } from './list-routes.ts';

/** A statistics page's two routes as a module declares them (alone, or in its register's group). */
export interface StatisticsDeclaration<Q extends TSchema, R extends TSchema> {
  path: string;
  permission: Permission;
  /** What the figures are, for the API document. */
  summary: string;
  /** What the workbook holds; by default "The same statistics as .xlsx". */
  xlsxSummary?: string;
  /** The workbook's path, `<path>.xlsx` unless told (a report's `<path>/export.xlsx`). */
  xlsxPath?: string;
  query: Q;
  result: R;
  stats(actor: Actor, query: Static<Q>): Promise<Static<R>>;
  xlsx(actor: Actor, query: Static<Q>): Promise<StatsWorkbook>;
}

/**
 * The two routes of a statistics page (issue 46): `GET <path>` answers the figures for a query (a year, a range of
 * days, a union's subtree) and `GET <path>.xlsx` (or `xlsxPath`) the same figures as a workbook, both behind
 * `permission`. The service computes both from the reporting layer (ADR 9); this declares the routes once for every
 * module. `stats` and `xlsx` are the service's use cases themselves (closures taking the actor and the query), as a
 * list's `run` is.
 */
export function statisticsRoutes<Q extends TSchema, R extends TSchema>(
  app: App,
  o: StatisticsDeclaration<Q, R> & { tags: string[] },
): void {
  listRoutes(app, o.tags, {
    path: o.path,
    permission: o.permission,
    summary: o.summary,
    query: o.query,
    result: o.result,
    run: o.stats,
    export: {
      path: o.xlsxPath,
      summary: o.xlsxSummary ?? 'The same statistics as .xlsx',
      query: o.query,
      run: o.xlsx,
    },
  });
}
