/**
 * Returns (填报任务, ADR 47): a union asks the unions of a level below it for a form's figures over a period — the
 * sheet once mailed down and summed by hand. Fields bound to Gonghui figures come pre-filled; unions fill on the
 * web or through their own sheet, submit, are returned with comments or accepted; the unions between consolidate
 * and submit up, so the issuer's table is the sum of what climbed the tree.
 */

import type { Db } from '../../db/db.ts';
import { defineModule } from '../../module-manifest.ts';
import type { Clock } from '../../shared/clock.ts';
import { namedBy } from '../../shared/record-names.ts';
import { seedReturns } from './returns.demo.ts';
import { createFillingService } from './returns.filling.ts';
import { returnsRoutes } from './returns.routes.ts';
import { createReturnsService } from './returns.service.ts';
import { createReturnTablesService } from './returns.table.ts';
import { returnsTodo } from './returns.todo.repository.ts';

export { seedReturns } from './returns.demo.ts';
export { remindReturns } from './returns.remind.ts';
export { returnsRoutes } from './returns.routes.ts';

export function createReturnsServices(db: Db, clock: Clock) {
  const filling = createFillingService(db, clock);
  return { returns: createReturnsService(db, clock), filling, tables: createReturnTablesService(db, clock) };
}
export type ReturnsServices = ReturnType<typeof createReturnsServices>;
export { summariseIssuedReturns } from './returns.golive.repository.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'returns',
  auditNames: { return: namedBy('returns', 'title') },
  todo: returnsTodo,
  demo: async ({ db }) => seedReturns(db),
  description:
    "`returns`, `return_submissions`, `return_values`, `return_value_history`, `return_comments` — returns (填报任务, ADR 47): a union issues a form (sections of typed fields and tables, rules as comparisons) to the unions of a level below for a period; each fills its own (web or its pre-filled sheet), the unions between consolidate; submit, send back with comments per field, accept, 未报; totals fixed on submit so the issuer's consolidated table reads one level; fields bound to figures (members and unions as of the period end from `people`/`org` tables, flows from `reporting`) pre-filled with the basis shown and a reason kept for a change; completeness and timeliness, last year and outliers, .xlsx export; reminders before and on the deadline (`remindReturns`, main.ts)",
  dependencyNotes: { cases: '`addWorkingDays`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ returns: createReturnsServices(db, clock) }),
  routes: (app, s) => returnsRoutes(app, { ...s.returns, clock: s.clock }),
});
