/**
 * Workers' requests (诉求) from every channel: filing (the phone, or staff entering a request taken by phone, at a
 * reception day or a meeting), handling along the union chain with working-day deadlines and escalation, the
 * worker's rating, and statistics through the reporting layer. ADR 0022 sets out deadlines and privacy.
 */

import { defineModule } from '../../module-manifest.ts';
import { findCategoryNames } from './cases.calendar.repository.ts';
import { casesRecounter } from './cases.recount.repository.ts';
import { casesRoutes } from './cases.routes.ts';
import { createCasesService } from './cases.service.ts';
import { casesTodo } from './cases.todo.repository.ts';
import { casesUsage } from './cases.usage.ts';

export { addWorkingDays } from './cases.calendar.ts';
export { seedCases } from './cases.demo.ts';
export { escalateOverdueCases } from './cases.escalation.ts';
export { countCalendarDays } from './cases.golive.repository.ts';
export { casesRoutes } from './cases.routes.ts';
export { type CasesService, casesOfPersons, createCasesService } from './cases.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'cases',
  todo: casesTodo,
  menuUsage: casesUsage,
  recounter: casesRecounter,
  wiring: { caseCategoryNames: findCategoryNames },
  description:
    "`cases`, `case_events`, `case_escalations`, `case_files`, `case_categories`, `work_calendar`, `case_settings` — workers' requests (诉求) from every channel (the time each came in: after the cut-off or on a rest day its deadlines count from the next working day; a year's holidays pasted from the State Council notice; the requests register imported with each step on its day, ADR 40/41): filed on the phone (optionally anonymous) or entered by staff, handled along the union chain (accept, assign, transfer, escalate, reply, close), categories the administrator adds, renames and retires, each with its deadlines in working days on an editable holiday calendar (ADR 44), a sweep that escalates overdue requests one union up once per deadline, the worker's timeline, the files they sent (opened on the phone as staff open them, each read audited), rating and one reopening; identity shown only to the handling chain, anonymous requests stored without a person, every read audited (ADR 22); statistics through `reporting` (`cases.filed`, `.answered`, `.rated`, `.open`, `.overdue`) and .xlsx; `casesOfPersons` for the hardship files",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ cases: createCasesService(db, ids, clock) }),
  routes: (app, s, { db, testRoutes }) => casesRoutes(app, { db, cases: s.cases, testRoutes }),
  cliRegisters: {
    cases: {
      zh: '诉求台账',
      doc: '诉求台账, `/api/cases/import`: each request with the day and time it came in and the days it was accepted, answered and closed',
      of: (s) => s.cases.register,
    },
    holidays: {
      zh: '节假日安排',
      doc: "节假日安排, `/api/cases/calendar/import`: one row per day — 日期, 休 or 班, 名称 — of one year, replacing that year's holidays and make-up working days; the page also takes the State Council's notice pasted",
      of: (s) => s.cases.holidays,
    },
  },
});
