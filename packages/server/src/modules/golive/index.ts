/**
 * The go-live checklist (上线清单, issue 45, ADR 77): the steps that take a new federation from set-up to its first
 * return, each with its state and figures, read from the shared registers and from the modules' indexes.
 */

import { defineModule } from '../../module-manifest.ts';
import { goLiveRoutes } from './golive.routes.ts';
import { createGoLiveService } from './golive.service.ts';

export { noteRegisterImport } from './golive.registers.ts';
export { goLiveRoutes, keepRegisterImports } from './golive.routes.ts';
export {
  createGoLiveService,
  type GoLiveChecklist,
  type GoLiveService,
  goLiveChecklist,
} from './golive.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'golive',
  todo: { nothingWaits: 'the go-live checklist is its own page, announced on the to-do page until done' },
  description:
    "`register_imports` — the go-live checklist (上线清单, ADR 77, ADR 86, `GET /api/golive`): union tree, accounts, members, a step per register of the past (from the register catalog, optional), holiday calendar, first return, each with its state and figures in the manager's subtree, from the shared registers, the modules' indexes and the line every register import that wrote leaves (`keepRegisterImports`, the CLI's `import`); `npm run bench:golive` takes a city's go-live (10,000 unions to the first return) through the imports these steps name",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ golive: createGoLiveService(db, clock) }),
  routes: (app, s, { registers }) => goLiveRoutes(app, { golive: s.golive, registers }),
});
