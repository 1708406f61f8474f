/**
 * The one reporting layer (docs/ARCHITECTURE.md, ADR 14). Statistics read maintained counts per (subject,
 * union, month, dim, dim2): `addCounts` in the transaction of each decision, `sumCounts` over a subtree and a
 * month range. A module names its subjects '<module>.<what>' and documents what each counts and on which date.
 */

import { defineModule } from '../../module-manifest.ts';
import { reportingRoutes } from './reporting.routes.ts';
import { createReportingService } from './reporting.service.ts';

export { CountCellSum } from './reporting.cells.ts';
export {
  type CountCell,
  listKeptCells,
  listKeptSubjects,
  type Recounter,
  readOneSnapshot,
  recounter,
  runRecount,
} from './reporting.recount.repository.ts';
export {
  addCountCells,
  addCounts,
  type CountDelta,
  type CountGroup,
  type CountQuery,
  type CountRow,
  countUpsertSql,
  findCountCellsOnRecord,
  type LaidCountCells,
  sumCounts,
} from './reporting.repository.ts';
export { REPORTING_AREAS, reportingRoutes } from './reporting.routes.ts';
export { createReportingService, type ReportingService } from './reporting.service.ts';
export { listSourceYears, type YearsSource } from './reporting.years.repository.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'reporting',
  todo: { nothingWaits: 'counts: nothing waits' },
  description:
    "`report_counts` — the one reporting layer: counts per (subject, union, day, dims) kept in the transaction of each decision (ADR 43: the day the fact counts on; programs' triggers still write a month's first day), each statement's unions checked once by a statement trigger, not a key per cell (ADR 91), summed over a subtree, by union or by the next level of unions (ADR 14; programs' subjects ADR 29), and the years a statistics page offers (`reporting.service.ts`, up to the clock's year, and those each module's `countedYears` reads from its own rows); `report_presence` — who counted where in a year, one row per holder and year with its dims in one object, so distinct counts (people, unions) are kept as counts too (ADR 35, ADR 99)",
  migrations: new URL('./migrations/', import.meta.url),
  /** The years a statistics page offers. */
  services: ({ db, clock, yearsSources }) => ({
    reporting: createReportingService(db, clock, yearsSources),
  }),
  routes: (app, s) => reportingRoutes(app, s),
});
