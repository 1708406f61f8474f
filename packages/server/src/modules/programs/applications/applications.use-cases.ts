import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import type { JobsService } from '../../jobs/index.ts';
import type { IdProtector } from '../../people/index.ts';
import type { EvidenceFile } from './applications.files.repository.ts';
import {
  type ApplicationQuery,
  applyAsWorker,
  attachFiles,
  type BatchInput,
  findApplications,
  getApplicationDetail,
  getApplicationFile,
  resubmitApplication,
  submitBatch,
  withdrawApplication,
} from './applications.service.ts';
import { attachEvidenceZip } from './evidence-zip.ts';
import {
  getMyApplication,
  getMyApplicationFile,
  listMyApplications,
  listMyPayments,
  listMyPrograms,
  requireMine,
} from './me.service.ts';
import { type ProposalsInput, startProposals } from './proposals.job.ts';
import { type ReviewAction, type ReviewInput, reviewBulk, reviewOne } from './review.service.ts';

/**
 * The use cases of applications, bound to their dependencies: intake, review, evidence and the worker's own view.
 * The programs service (programs.service.ts) composes them; the routes of this folder take exactly these.
 */
export function createApplicationUseCases(db: Db, ids: IdProtector, jobs: JobsService, clock: Clock) {
  return {
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

export type ApplicationUseCases = ReturnType<typeof createApplicationUseCases>;
