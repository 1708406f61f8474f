import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { JobsService } from '../jobs/index.ts';
import type { IdProtector } from '../people/index.ts';
import type { EvidenceFile } from './applications/index.ts';
import {
  type ApplicationQuery,
  applyAsWorker,
  attachEvidenceZip,
  attachFiles,
  type BatchInput,
  findApplications,
  getApplicationDetail,
  getApplicationFile,
  getMyApplication,
  getMyApplicationFile,
  listMyApplications,
  listMyPayments,
  listMyPrograms,
  type ProposalsInput,
  type ReviewAction,
  type ReviewInput,
  requireMine,
  resubmitApplication,
  reviewBulk,
  reviewOne,
  startProposals,
  submitBatch,
  withdrawApplication,
} from './applications/index.ts';
import {
  type CreateBatchInput,
  cancelBatch,
  createPaymentBatch,
  exportPaymentBatch,
  findLedger,
  findPaymentBatches,
  getPaymentBatch,
  getReconciliation,
  markBatchPaid,
  previewPaymentBatch,
  reverseEntry,
} from './ledger/index.ts';
import { createPastPaymentsRegister } from './past/index.ts';
import {
  closeProgram,
  createProgram,
  findPrograms,
  getProgramDetail,
  getProgramVersions,
  publishProgram,
  updateProgram,
} from './program-admin.service.ts';
import type { ProgramInput, ProgramPatch } from './programs.types.ts';
import { ruleCatalogue } from './rules/index.ts';
import { type SimulateInput, simulateProgram } from './simulate.service.ts';

/** The programs module's use cases, bound to their dependencies for the routes. */
export function createProgramsService(db: Db, ids: IdProtector, jobs: JobsService, clock: Clock) {
  return {
    list: (actor: Actor, q: Parameters<typeof findPrograms>[2]) => findPrograms(db, actor, q),
    /** The rule vocabulary (fields, comparisons, values, amount kinds); the same for everyone. */
    ruleFields: () => ruleCatalogue(),
    get: (actor: Actor, id: number) => getProgramDetail(db, actor, id),
    create: (actor: Actor, input: ProgramInput) => createProgram(db, actor, input),
    update: (actor: Actor, id: number, patch: ProgramPatch) => updateProgram(db, actor, id, patch),
    publish: (actor: Actor, id: number, effectiveOn?: string | null) =>
      publishProgram(db, actor, id, { effectiveOn, now: clock() }),
    close: (actor: Actor, id: number, effectiveOn?: string | null) =>
      closeProgram(db, actor, id, { effectiveOn, now: clock() }),
    versions: (actor: Actor, id: number) => getProgramVersions(db, actor, id),
    simulate: (actor: Actor, id: number, input: SimulateInput) =>
      simulateProgram(db, actor, id, input, clock()),
    proposals: (actor: Actor, id: number, input: ProposalsInput) =>
      startProposals(db, jobs, actor, id, input, clock()),
    batch: (actor: Actor, id: number, input: BatchInput) => submitBatch(db, ids, actor, id, input, clock()),

    applications: (actor: Actor, q: ApplicationQuery) => findApplications(db, actor, q, clock()),
    application: (actor: Actor, id: number) => getApplicationDetail(db, actor, id),
    applicationFile: (actor: Actor, id: number, fileId: number) => getApplicationFile(db, actor, id, fileId),
    attachFiles: (actor: Actor, id: number, files: EvidenceFile[]) => attachFiles(db, actor, id, files),
    attachEvidenceArchive: (actor: Actor, id: number, input: Parameters<typeof attachEvidenceZip>[4]) =>
      attachEvidenceZip(db, ids, actor, id, input, todayInChina(clock())),
    review: (actor: Actor, id: number, action: ReviewAction, input: ReviewInput) =>
      reviewOne(db, actor, id, action, input, clock()),
    reviewBulk: (actor: Actor, input: Parameters<typeof reviewBulk>[2]) =>
      reviewBulk(db, actor, input, clock()),
    resubmit: (actor: Actor, id: number, input: Parameters<typeof resubmitApplication>[3]) =>
      resubmitApplication(db, actor, id, input, clock()),
    withdraw: (actor: Actor, id: number, reason?: string | null) =>
      withdrawApplication(db, actor, id, reason, clock()),

    ledger: (actor: Actor, q: Parameters<typeof findLedger>[2]) => findLedger(db, actor, q),
    reverse: (actor: Actor, entryId: number, reason: string, effectiveOn?: string | null) =>
      reverseEntry(db, actor, entryId, reason, effectiveOn, clock()),
    reconciliation: (actor: Actor, programId: number) => getReconciliation(db, actor, programId),
    previewBatch: (actor: Actor, input: Parameters<typeof previewPaymentBatch>[2]) =>
      previewPaymentBatch(db, actor, input),
    createBatch: (actor: Actor, input: CreateBatchInput, idempotencyKey?: string) =>
      createPaymentBatch(db, actor, input, idempotencyKey, clock()),
    batches: (actor: Actor, q: Parameters<typeof findPaymentBatches>[2]) => findPaymentBatches(db, actor, q),
    paymentBatch: (actor: Actor, id: number) => getPaymentBatch(db, actor, id),
    exportBatch: (actor: Actor, id: number, options?: { confirmMissing?: boolean }) =>
      exportPaymentBatch(db, ids, actor, id, options),
    markPaid: (actor: Actor, id: number, reference?: string | null, paidOn?: string | null) =>
      markBatchPaid(db, actor, id, reference, paidOn, clock()),
    cancelBatch: (actor: Actor, id: number, reason?: string | null) => cancelBatch(db, actor, id, reason),
    /** The register of payments to people before the platform (ADR 74). */
    pastPayments: createPastPaymentsRegister(db, ids, clock),

    myPrograms: (actor: Actor) => listMyPrograms(db, actor, clock()),
    apply: (actor: Actor, input: Parameters<typeof applyAsWorker>[2]) =>
      applyAsWorker(db, actor, input, clock()),
    myApplications: (actor: Actor, q: { page?: number; pageSize?: number }) =>
      listMyApplications(db, actor, q),
    myApplication: (actor: Actor, id: number) => getMyApplication(db, actor, id),
    myApplicationFile: (actor: Actor, id: number, fileId: number) =>
      getMyApplicationFile(db, actor, id, fileId),
    myPayments: (actor: Actor, q: { page?: number; pageSize?: number }) => listMyPayments(db, actor, q),
    /** Resubmit or withdraw one of the caller's own applications (worker routes). */
    resubmitMine: async (actor: Actor, id: number, input: Parameters<typeof resubmitApplication>[3]) => {
      await requireMine(db, actor, id);
      return resubmitApplication(db, actor, id, input, clock());
    },
    withdrawMine: async (actor: Actor, id: number, reason?: string | null) => {
      await requireMine(db, actor, id);
      return withdrawApplication(db, actor, id, reason, clock());
    },
  };
}

export type ProgramsService = ReturnType<typeof createProgramsService>;
