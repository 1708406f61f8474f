/**
 * The go-live checklist (上线清单, issue 45, ADR 77): the steps that take a new federation from set-up to its first
 * return, each with its state and figures, read from the shared registers and from the modules' indexes.
 */

export { noteRegisterImport } from './golive.registers.ts';
export { goLiveRoutes, keepRegisterImports } from './golive.routes.ts';
export {
  createGoLiveService,
  type GoLiveChecklist,
  type GoLiveService,
  goLiveChecklist,
} from './golive.service.ts';

export const goliveMigrations = new URL('./migrations/', import.meta.url);
