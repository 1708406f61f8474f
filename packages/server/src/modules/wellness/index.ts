/**
 * 疗休养 and 体检 places over years (双千工程, issue 26): programs, institutions, batches, quotas per lower union,
 * nominations with substitution, attendance, the union's share through the programs ledger, reminders and yearly
 * statistics. Its choices are in docs/adr/0055-wellness-places.md.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { seedWellness } from './wellness.demo.ts';
import { wellnessRecounter } from './wellness.recount.repository.ts';
import { wellnessRoutes } from './wellness.routes.ts';
import { createWellnessService } from './wellness.service.ts';
import { wellnessTodo } from './wellness.todo.repository.ts';
import { wellnessUsage, wellnessYears } from './wellness.usage.ts';

export { seedWellness } from './wellness.demo.ts';
export { remindWellness } from './wellness.remind.ts';
export { wellnessRoutes } from './wellness.routes.ts';
export { createWellnessService, type WellnessService } from './wellness.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'wellness',
  auditNames: {
    wellness_program: namedBy('wellness_programs', 'name'),
    wellness_institution: namedBy('wellness_institutions', 'name'),
    wellness_batch: namedBy('wellness_batches', 'title'),
  },
  todo: wellnessTodo,
  demo: async ({ db, ids, today }) => ({ wellnessBatches: (await seedWellness(db, ids, today)).batches }),
  menuUsage: wellnessUsage,
  recounter: wellnessRecounter,
  countedYears: wellnessYears,
  description:
    "`wellness_programs`, `wellness_institutions`, `wellness_batches`, `wellness_allocations`, `wellness_nominations` — 疗休养 and 体检 places over years (双千工程, ADR 55): a union's program of places of one kind with a cost per person and its shares (union, enterprise, worker), an optional rule (programs' `evaluateRule`) and a bar on those served in the last N years; institutions with their capacity per batch; batches within the year's places; quotas per lower union (`used < quota`, the guarded counter), nominations and substitution until the batch closes; attendance by staff, the worker's sign-in or the institution's sheet (`runRegisterImport`); settling grants the union's share for those who went through the programs ledger (`recordSubjectGrant`, subject `wellness:batch:<id>`, the union's own `wellness-subsidy` program); a reminder two days before (`remindWellness`, main.ts); counts `wellness.offered`, `.allocated`, `.used` (dim kind, dim2 group) by the batch's first day; past years' batches entered as the books give them (`recorded_used`)",
  dependencyNotes: { programs: 'rules, ledger' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ wellness: createWellnessService(db, ids, clock) }),
  routes: (app, s) => wellnessRoutes(app, s),
  cliRegisters: {
    wellness: {
      zh: '疗休养体检推荐记录',
      doc: '疗休养体检台账, `/api/wellness/import`: one row per nominee of a batch, with substitutions, withdrawals and attendance on their days; ADR 55',
      of: (s) => s.wellness.register,
    },
  },
});
