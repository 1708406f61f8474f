import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { IdProtector } from '../../people/index.ts';
import { exportLedger, type LedgerExportQuery } from './ledger.export.ts';
import { findLedger, getReconciliation, reverseEntry } from './ledger.service.ts';
import { previewPaymentBatch } from './payment-preview.ts';
import { exportPaymentBatch } from './payments.export.ts';
import {
  type CreateBatchInput,
  cancelBatch,
  createPaymentBatch,
  findPaymentBatches,
  getPaymentBatch,
  markBatchPaid,
} from './payments.service.ts';

/**
 * The use cases of the ledger and payment batches, bound to their dependencies. The programs service
 * (programs.service.ts) composes them; the ledger's routes take exactly these.
 */
export function createLedgerUseCases(db: Db, ids: IdProtector, clock: Clock) {
  return {
    ledger: (actor: Actor, q: Parameters<typeof findLedger>[2]) => findLedger(db, actor, q),
    exportLedger: (actor: Actor, q: LedgerExportQuery) => exportLedger(db, actor, q, clock()),
    reverse: (actor: Actor, entryId: number, reason: string, effectiveOn?: string | null) =>
      reverseEntry(db, actor, entryId, reason, effectiveOn, clock()),
    reconciliation: (actor: Actor, programId: number) => getReconciliation(db, actor, programId),
    previewBatch: (actor: Actor, input: Parameters<typeof previewPaymentBatch>[2]) =>
      previewPaymentBatch(db, actor, input),
    createBatch: (actor: Actor, input: CreateBatchInput, idempotencyKey?: string) =>
      createPaymentBatch(db, actor, input, idempotencyKey, clock()),
    batches: (actor: Actor, q: Parameters<typeof findPaymentBatches>[2]) => findPaymentBatches(db, actor, q),
    paymentBatch: (actor: Actor, id: number) => getPaymentBatch(db, actor, id),
    exportBatch: (actor: Actor, id: number, options?: { confirmMissing?: boolean; lang?: 'zh' | 'en' }) =>
      exportPaymentBatch(db, ids, actor, id, clock(), options),
    markPaid: (actor: Actor, id: number, reference?: string | null, paidOn?: string | null) =>
      markBatchPaid(db, actor, id, reference, paidOn, clock()),
    cancelBatch: (actor: Actor, id: number, reason?: string | null) => cancelBatch(db, actor, id, reason),
  };
}

export type LedgerUseCases = ReturnType<typeof createLedgerUseCases>;
