/**
 * Reconciliation for auditors (ADR 73): the kept counts of a subtree (`report_counts`) compared cell by cell with
 * what each module recounts from its rows; `npm run cli -- reconcile` prints the differences. No tables of its own.
 */
import { defineModule } from '../../module-manifest.ts';
import { createReconcileService } from './reconcile.service.ts';

export type { CountDifference } from './reconcile.compare.ts';
export { figureName } from './reconcile.recounters.ts';
export {
  createReconcileService,
  type ReconcileResult,
  type ReconcileService,
  reconcileCounts,
} from './reconcile.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'reconcile',
  todo: { nothingWaits: 'a check run on demand' },
  description:
    "no tables — the auditors' reconciliation (ADR 73, `npm run cli -- reconcile`): every kept count of a subtree dated up to a day (`report_counts`, read through `reporting`'s `listKeptCells`) compared cell by cell (union, subject, dims, day) with what each module that keeps counts recounts from its own rows (its `Recounter`, given in its manifest's `recounter` and handed in by the kernel, SQL in its `*.recount.repository.ts` through `reporting`'s `runRecount`), all in one read-only snapshot; the differences and the subjects no module recounts yet (stderr), and the few dims a recount cannot split (a `Recounter`'s `withoutDim2`, compared summed)",
  /** The kept counts compared with their rows (the auditors' command). */
  services: ({ db, clock, recounters }) => ({ reconcile: createReconcileService(db, clock, recounters) }),
});
