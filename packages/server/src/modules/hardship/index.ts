import { defineModule } from '../../module-manifest.ts';
import { namedByQuery } from '../../shared/record-names.ts';
import { hardshipRecounter } from './hardship.recount.repository.ts';
import { hardshipRoutes } from './hardship.routes.ts';
import { createHardshipService } from './hardship.service.ts';
import { hardshipUsage } from './hardship.usage.ts';

export { HARDSHIP_DEMO, seedHardship } from './hardship.demo.ts';
/** A worker's hardship files, for the registers that show them (model workers). */
export { hardshipFilesOfPersons } from './hardship.repository.ts';
export { hardshipRoutes } from './hardship.routes.ts';
export { createHardshipService, type HardshipService } from './hardship.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'hardship',
  todo: { nothingWaits: 'files due for their yearly review are shown on the files list, not yet a to-do' },
  menuUsage: hardshipUsage,
  recounter: hardshipRecounter,
  auditNames: {
    // whose file a verification or review was, masked (张*, 王*明): no hardship list of names
    hardship_file: namedByQuery(
      'select h.id, p.name as person from hardship_files h join persons p on p.id = h.person_id where h.id = any($1::bigint[])',
      { masked: true },
    ),
  },
  description:
    "`hardship_files`, `hardship_members` (ID numbers encrypted and masked like persons'), `hardship_events` — 困难职工档案 per household: level (深度困难, 相对困难, 意外致困), causes, household and income; verification, yearly review with an expiry, closing. Verifying, reviewing and closing write the worker's `persons.hardship_level/from/until` through people's `setHardshipFromFile`/`releaseHardshipFile`, so program rules read verified files; a hand-typed level is taken over (ADR 23). The file's history lists, oldest first, relief grants (`applicationsOfPersons`, programs), the worker's requests (`casesOfPersons`, cases; never anonymous ones) and visits (`visitsOfPersons`, care). The register of files (`hardship.import.ts`, a row per household member) writes each file with its own days and counts it as verification, review and closing would; a file in force today sets the worker's level. Reporting subjects `hardship.files`, `.causes`, `.expired` (states with dated ends) and `.verified` (flow)",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, clock }) => ({ hardship: createHardshipService(db, ids, clock) }),
  routes: (app, s) => hardshipRoutes(app, s),
  cliRegisters: {
    hardship: {
      zh: '困难职工档案',
      doc: '困难职工档案台账, `/api/hardship/import`: one row per household member',
      of: (s) => s.hardship.register,
    },
  },
});
