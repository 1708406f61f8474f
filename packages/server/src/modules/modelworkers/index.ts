/**
 * The register of model workers (劳模) and advanced workers (先进工作者, issue 28; ADR 66): titles by level and year,
 * their care read through care, hardship and programs, the studios they lead read through innovation, statistics.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { createModelWorkerRegister } from './modelworkers.import.ts';
import { modelworkersRecounter } from './modelworkers.recount.repository.ts';
import { modelWorkersRoutes } from './modelworkers.routes.ts';
import { createModelWorkersService } from './modelworkers.service.ts';
import { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';
import { modelworkersUsage, modelworkerYears } from './modelworkers.usage.ts';

export { seedModelWorkers } from './modelworkers.demo.ts';
export { createModelWorkerRegister, type ModelWorkerRegister } from './modelworkers.import.ts';
export { modelWorkersRoutes } from './modelworkers.routes.ts';
export { createModelWorkersService, type ModelWorkersService } from './modelworkers.service.ts';
/** The one count of studios led by model workers of city level or above, as of a day (issue 41). */
export { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'modelworkers',
  todo: { nothingWaits: 'a register: nothing waits' },
  menuUsage: modelworkersUsage,
  countedYears: modelworkerYears,
  recounter: modelworkersRecounter,
  auditNames: {
    modelworker: namedBy('modelworkers', 'name'),
  },
  description:
    "`modelworkers`, `modelworker_honours` — the register of model workers (劳模) and advanced workers (先进工作者, ADR 66): one row a person per federation (ID number encrypted, hashed, masked; linked to the member with the same number), their union, contact person, health, the studio they lead (innovation's `findStudiosByIds`), and one honour per title and year by level (全国, 省部级, 市级, 区级) and kind, from outside or a selection's final award record (`selectionAwardsOfPersons`, records); the person's hardship file (`hardshipFilesOfPersons`), visits (`visitsOfPersons`, care) and program applications such as health checks and pension top-ups (`applicationsOfPersons`) read on the page, every read audited; the register imported and exported in one re-importable sheet (登记编号); counts `modelworkers.workers` (a state by level, moved when a higher title comes) and `.honours` (flow on 1 January of the title's year), a status (在职, 退休, 已故 with its day; the deceased stay on the register, never among the living), with studios led (`countStudiosLedByModelWorkers`, the one count as of a day over innovation's `listStudiosOnDay`, also handed to the studio statistics by the composition root) and visits made, and .xlsx; the members whose record gives a model-worker level but who are on no row of the register (`unlisted-members`, the two registers' difference, listed above the register for the clerk to reconcile)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({
    modelWorkers: createModelWorkersService(db, ids, clock),
    modelWorkersRegister: createModelWorkerRegister(db, ids, clock),
  }),
  wiring: { studiosLed: countStudiosLedByModelWorkers },
  routes: (app, s) =>
    modelWorkersRoutes(app, { modelWorkers: s.modelWorkers, register: s.modelWorkersRegister }),
  cliRegisters: {
    'model-workers': {
      zh: '劳模名册记录',
      doc: '劳模名册, `/api/model-workers/import`: one row per model worker and title, with 登记编号 so an exported register comes back in as it went out',
      of: (s) => s.modelWorkersRegister,
    },
  },
});
