/**
 * The ledger of programs (ADR 28): entitlements written on final approval, reversals, reconciliation, payment
 * batches (preview, create, export, paid, cancel) and the ledger routes. Depends only on the module root; the
 * application areas write entitlements and read payments through this surface.
 */
export { insertEntitlement, listEntries, listPaymentsOfApplications } from './ledger.repository.ts';
export { ledgerRoutes } from './ledger.routes.ts';
export { LedgerListSchema } from './ledger.schemas.ts';
export { findLedger, getReconciliation, reverseEntry } from './ledger.service.ts';
export { findProgramLedgerTotals, type ProgramLedgerTotals } from './ledger.totals.ts';
export { createLedgerUseCases, type LedgerUseCases } from './ledger.use-cases.ts';
export { previewPaymentBatch } from './payment-preview.ts';
export { exportPaymentBatch } from './payments.export.ts';
export {
  type CreateBatchInput,
  cancelBatch,
  createPaymentBatch,
  createPaymentBatchIn,
  findPaymentBatches,
  getPaymentBatch,
  markBatchPaid,
  markBatchPaidIn,
} from './payments.service.ts';
