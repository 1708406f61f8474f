/**
 * Reconciliation for auditors (ADR 73): the kept counts of a subtree (`report_counts`) compared cell by cell with
 * what each module recounts from its rows; `npm run cli -- reconcile` prints the differences. No tables of its own.
 */
import { defineModule } from '../../module-manifest.ts';
import { createReconcileService } from './reconcile.service.ts';

export type { CountDifference } from './reconcile.compare.ts';
export { figureName, RECOUNTERS } from './reconcile.recounters.ts';
export {
  createReconcileService,
  type ReconcileResult,
  type ReconcileService,
  reconcileCounts,
} from './reconcile.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'reconcile',
  /** The kept counts compared with their rows (the auditors' command). */
  services: ({ db, clock }) => ({ reconcile: createReconcileService(db, clock) }),
});
