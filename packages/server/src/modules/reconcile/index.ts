/**
 * Reconciliation for auditors (ADR 73): the kept counts of a subtree (`report_counts`) compared cell by cell with
 * what each module recounts from its rows; `npm run cli -- reconcile` prints the differences. No tables of its own.
 */
export type { CountDifference } from './reconcile.compare.ts';
export { figureName, RECOUNTERS } from './reconcile.recounters.ts';
export {
  createReconcileService,
  type ReconcileResult,
  type ReconcileService,
  reconcileCounts,
} from './reconcile.service.ts';
