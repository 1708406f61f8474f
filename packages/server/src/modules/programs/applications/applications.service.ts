import { type Actor, can, canAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { AppError, notFound, notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findOrgById, getOrgInScope } from '../../org/index.ts';
import { findPersonById } from '../../people/index.ts';
import { insertEvent, lastStepDay, listEvents } from '../application-events.repository.ts';
import { amountFor, evaluateApplicant } from '../eligibility.ts';
import { listPaymentsOfApplications } from '../ledger/index.ts';
import { APPLICATION, paging, programError } from '../programs.errors.ts';
import { findProgramById, getVersion } from '../programs.repository.ts';
import type { ApplicationRow, ProgramRow } from '../programs.types.ts';
import { dayWithinPeriod } from '../review-chain.ts';
import type { Decision } from '../rules/index.ts';
import { type EvidenceFile, getFileData, insertFiles, listFiles } from './applications.files.repository.ts';
import {
  findApplicationById,
  findOrgLevel,
  listApplications,
  updateApplication,
} from './applications.repository.ts';
import { evidenceError, missingEvidence, submitApplication } from './intake.ts';
import { findStandInApplications, type StandInSummary } from './stand-in.ts';

export { type BatchInput, type BatchRow, type BatchRowResult, submitBatch } from './batch-intake.service.ts';

/** Staff see applications of unions in their subtree; a worker sees their own. */
export async function getApplicationVisible(sql: Sql, actor: Actor, id: number, lock = false) {
  const app = await findApplicationById(sql, id, lock);
  if (!app) throw notFound(APPLICATION, { id });
  const reachable =
    canAccess(actor, 'programs.read', { orgPath: app.orgPath }) ||
    canAccess(actor, 'self.apply', { personId: app.personId });
  if (!reachable) throw notYours();
  return app;
}

export async function getApplicationDetail(db: Db, actor: Actor, id: number) {
  const app = await getApplicationVisible(db, actor, id);
  const program = await findProgramById(db, app.programId);
  const amount = program ? (await getVersion(db, program.id, app.version)).amount : null;
  return {
    ...app,
    requiredEvidence: program?.requiredEvidence ?? [],
    reviewChain: program?.reviewChain ?? [],
    choiceTiers:
      amount?.kind === 'tier' && amount.by === 'choice'
        ? amount.tiers.map((t) => ({ key: t.key, label: t.label ?? null, fen: t.fen }))
        : null,
    liveDecision: program && app.intake === 'proposal' ? await explainNow(db, program, app) : null,
    files: await listFiles(db, id),
    events: await listEvents(db, id),
    payment: await findPaymentOfApplication(db, id),
  };
}

/** The entitlement of an approved application and the batch paying it, or null before approval. */
async function findPaymentOfApplication(db: Db, id: number) {
  const payment = (await listPaymentsOfApplications(db, [id])).get(id);
  if (!payment) return null;
  const { applicationId: _, ...rest } = payment;
  return rest;
}

/**
 * Proposals store one summary line (they are evaluated over sets); the clerk opening one sees the full
 * explanation, evaluated now from the records as of the application date under its version.
 */
async function explainNow(db: Db, program: ProgramRow, app: ApplicationRow): Promise<Decision | null> {
  const org = await findOrgById(db, app.orgId);
  if (!org) return null;
  try {
    const version = await getVersion(db, program.id, app.version);
    const { decision } = await evaluateApplicant(
      db,
      program,
      version.rule,
      { personId: app.personId, org, subjectRecordId: app.subjectRecordId },
      app.appliedOn,
      app.periodKey,
    );
    return decision;
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
}

export interface ApplicationQuery {
  programId?: number;
  status?: string;
  orgId?: number;
  step?: number;
  intake?: string;
  q?: string;
  mine?: boolean;
  /** Only what the actor's union may take for a union below (代为审核). */
  standIn?: boolean;
  page?: number;
  pageSize?: number;
}

/**
 * The application list; with `mine`, only what awaits the actor's own union at its current step; with `standIn`,
 * only what the actor's union may take for a union below (ADR 58).
 */
export async function findApplications(
  db: Db,
  actor: Actor,
  q: ApplicationQuery,
  now: Date,
): Promise<{
  items: (Awaited<ReturnType<typeof listApplications>>['items'][number] & { standIn?: StandInSummary })[];
  total: number;
  page: number;
  pageSize: number;
}> {
  if (q.standIn) {
    const { page, pageSize } = paging(q, 20);
    return {
      ...(await findStandInApplications(db, actor, { programId: q.programId, page, pageSize }, now)),
      page,
      pageSize,
    };
  }
  const orgPath = q.orgId ? (await getOrgInScope(db, actor, q.orgId)).path : undefined;
  const { page, pageSize } = paging(q, 20);
  const mine = q.mine && !can(actor, 'applications.review.any_step');
  const r = await listApplications(db, {
    scope: actor,
    programId: q.programId,
    status: mine ? 'submitted' : q.status,
    orgPath,
    step: q.step,
    intake: q.intake,
    stepOrgId: mine ? (actor.orgId ?? -1) : undefined,
    q: q.q?.trim() || undefined,
    page,
    pageSize,
  });
  return { ...r, page, pageSize };
}

/** One evidence file; scans may show ID numbers, so every read is audited. */
export async function getApplicationFile(db: Db, actor: Actor, id: number, fileId: number) {
  return db.tx(async (sql) => {
    const app = await getApplicationVisible(sql, actor, id);
    const file = await getFileData(sql, id, fileId);
    if (!file) throw notFound({ zh: '材料', en: 'File' }, { id: fileId });
    await recordAudit(sql, actor, {
      action: 'application.file.read',
      entity: 'application',
      entityId: id,
      orgId: app.orgId,
      after: { fileId, name: file.name },
    });
    return { ...file, data: Buffer.from(file.data), orgId: app.orgId };
  });
}

/** A worker applies for themself (phone). */
export async function applyAsWorker(
  db: Db,
  actor: Actor,
  input: {
    programId: number;
    subjectRecordId?: number | null;
    claimedFen?: number | null;
    note?: string | null;
    files: EvidenceFile[];
  },
  now: Date,
) {
  if (actor.personId === null) throw notYours();
  const personId = actor.personId;
  return db.tx(async (sql) => {
    const program = await findProgramById(sql, input.programId);
    const person = await findPersonById(sql, personId);
    if (!program || !person?.orgPath?.startsWith(program.ownerOrgPath)) {
      throw notFound({ zh: '项目', en: 'Program' }, { id: input.programId });
    }
    const version = await getVersion(sql, program.id, program.currentVersion);
    const r = await submitApplication(
      sql,
      actor,
      program,
      version,
      { ...input, personId, applicantOrgId: null, intake: 'apply', appliedOn: todayInChina(now) },
      person.orgId as number,
    );
    return findApplicationById(sql, r.applicationId) as Promise<ApplicationRow>;
  });
}

/**
 * After a return for correction: the applicant (worker) or staff in scope adds evidence and resubmits. The
 * application is evaluated again under the program's current version and resumes at the step that returned it.
 */
export async function resubmitApplication(
  db: Db,
  actor: Actor,
  id: number,
  input: {
    files?: EvidenceFile[];
    note?: string | null;
    claimedFen?: number | null;
    effectiveOn?: string | null;
  },
  now: Date,
) {
  return db.tx(async (sql) => {
    const app = await getApplicationVisible(sql, actor, id, true);
    if (app.status !== 'returned') {
      throw programError(
        'APPLICATION_STATUS',
        { zh: '只有被退回的申请可以重新提交', en: 'Only a returned application can be resubmitted' },
        {
          status: app.status,
        },
      );
    }
    const program = await findProgramById(sql, app.programId);
    if (program?.status !== 'published') {
      throw programError('PROGRAM_NOT_OPEN', { zh: '项目已结束', en: 'The program is closed' });
    }
    // Staff may record a resubmission handed in on a past day (补录, ADR 40): not before the return it answers.
    const { day, backdated } = effectiveDay(
      actor,
      input.effectiveOn,
      { zh: '重新提交', en: 'resubmission' },
      [
        { day: app.appliedOn, name: { zh: '申请日期', en: 'application date' } },
        { day: await lastStepDay(sql, id), name: { zh: '上一步骤日期', en: 'date of the previous step' } },
      ],
      { now },
    );
    const version = await getVersion(sql, program.id, program.currentVersion);
    const org = { id: app.orgId, name: app.orgName, path: app.orgPath, level: 0 };
    org.level = await findOrgLevel(sql, app.orgId);
    const { decision, subject } = await evaluateApplicant(
      sql,
      program,
      version.rule,
      { personId: app.personId, org, subjectRecordId: app.subjectRecordId },
      dayWithinPeriod(program, day),
      app.periodKey,
    );
    if (!decision.eligible) {
      throw programError('PROGRAM_NOT_ELIGIBLE', { zh: '不符合申请条件', en: 'Not eligible' }, { decision });
    }
    const existing = await listFiles(sql, id);
    const files = input.files ?? [];
    if (app.intake === 'apply') {
      const missing = missingEvidence(program.requiredEvidence, [
        ...existing.map((f) => f.key),
        ...files.map((f) => f.key),
      ]);
      if (missing.length) throw evidenceError(missing);
    }
    const claimedFen = input.claimedFen ?? app.feeFen;
    const { amountFen, feeFen } = amountFor(version.amount, {
      subject,
      claimedFen,
      choiceKey: app.choiceKey,
    });
    if (files.length) await insertFiles(sql, id, files, actor.userId || null);
    await updateApplication(sql, id, {
      status: 'submitted',
      version: version.version,
      decision,
      amountFen,
      feeFen,
      note: input.note ?? undefined,
    });
    await insertEvent(sql, actor, {
      applicationId: id,
      action: 'resubmitted',
      step: app.step,
      orgId: app.orgId,
      data: { files: files.length },
      effectiveOn: day,
    });
    await recordAudit(sql, actor, {
      action: 'application.resubmit',
      entity: 'application',
      entityId: id,
      orgId: app.orgId,
      before: { status: app.status, version: app.version },
      after: { status: 'submitted', version: version.version, ...(backdated && { effectiveOn: day }) },
    });
    return findApplicationById(sql, id) as Promise<ApplicationRow>;
  });
}

/** The applicant withdraws an application that is not decided yet; its place can be applied for again. */
export async function withdrawApplication(
  db: Db,
  actor: Actor,
  id: number,
  reason: string | null | undefined,
  now: Date,
) {
  return db.tx(async (sql) => {
    const app = await getApplicationVisible(sql, actor, id, true);
    if (app.status !== 'submitted' && app.status !== 'returned') {
      throw programError(
        'APPLICATION_STATUS',
        { zh: '已决定的申请不能撤回', en: 'A decided application cannot be withdrawn' },
        {
          status: app.status,
        },
      );
    }
    await updateApplication(sql, id, { status: 'withdrawn', decidedAt: now });
    await insertEvent(sql, actor, {
      applicationId: id,
      action: 'withdrawn',
      step: app.step,
      reason: reason ?? null,
      effectiveOn: todayInChina(now),
    });
    await recordAudit(sql, actor, {
      action: 'application.withdraw',
      entity: 'application',
      entityId: id,
      orgId: app.orgId,
      before: { status: app.status },
      after: { status: 'withdrawn' },
    });
    return findApplicationById(sql, id) as Promise<ApplicationRow>;
  });
}

/** Staff attach evidence to an application in their subtree (e.g. to a batch row before approval). */
export async function attachFiles(db: Db, actor: Actor, id: number, files: EvidenceFile[]) {
  return db.tx(async (sql) => {
    const app = await getApplicationVisible(sql, actor, id, true);
    if (app.status === 'approved' || app.status === 'rejected' || app.status === 'withdrawn') {
      throw programError('APPLICATION_STATUS', {
        zh: '已决定的申请不能再添加材料',
        en: 'A decided application takes no more files',
      });
    }
    await insertFiles(sql, id, files, actor.userId || null);
    await insertEvent(sql, actor, {
      applicationId: id,
      action: 'files_added',
      step: app.step,
      data: { keys: files.map((f) => f.key) },
    });
    await recordAudit(sql, actor, {
      action: 'application.files.add',
      entity: 'application',
      entityId: id,
      orgId: app.orgId,
      after: { files: files.map((f) => ({ key: f.key, name: f.name, size: f.data.length })) },
    });
    return listFiles(sql, id);
  });
}
