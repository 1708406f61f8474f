import { type Actor, can, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { type EffectiveDay, effectiveDay } from '../../../shared/effective.ts';
import { AppError, notFound } from '../../../shared/errors.ts';
import { type AuditAction, recordAudit } from '../../audit/index.ts';
import { type Notice, notifyPerson } from '../../messages/index.ts';
import { insertEvent, lastStepDay } from '../application-events.repository.ts';
import { amountFor } from '../eligibility.ts';
import { insertEntitlement } from '../ledger/index.ts';
import { approvedNotice, approvedStepNotice, rejectedNotice, returnedNotice } from '../notices.ts';
import { APPLICATION, budgetExceeded, programError, quotaExhausted } from '../programs.errors.ts';
import { consumeUsage, findProgramById, getVersion, listUsage } from '../programs.repository.ts';
import type { ApplicationRow, ProgramRow } from '../programs.types.ts';
import { loadReviewSteps } from '../review-chain.repository.ts';
import { nextStep } from '../review-chain.ts';
import type { RecordFact } from '../rules/index.ts';
import {
  findApplicationById,
  lockApplicationForReview,
  type ReviewRow,
  updateApplication,
} from './applications.repository.ts';
import { recordWaivers, requireMaterials, type Waiver } from './review-materials.ts';
import { findStandIn, mayStandIn, type StandIn, standInRecord } from './stand-in.ts';

export type ReviewAction = 'approve' | 'reject' | 'return';

export interface ReviewInput {
  reason?: string | null;
  choiceKey?: string | null;
  /** On approval: required materials the reviewer exempts, each with a reason (免提交). */
  waivers?: Waiver[] | null;
  /** The day the decision was made (China time), default today; a past day needs `history.backdate`. */
  effectiveOn?: string | null;
}

const DECISION_NAMES: Record<ReviewAction, { zh: string; en: string }> = {
  approve: { zh: '批准', en: 'approval' },
  reject: { zh: '驳回', en: 'rejection' },
  return: { zh: '退回', en: 'return' },
};

/** The decision's day: not in the future, not before the application or its latest step (ADR 40). */
async function decisionDay(
  sql: Sql,
  actor: Actor,
  app: ReviewRow,
  action: ReviewAction,
  effectiveOn: string | null | undefined,
  now: Date,
): Promise<EffectiveDay> {
  return effectiveDay(
    actor,
    effectiveOn,
    DECISION_NAMES[action],
    [
      { day: app.appliedOn, name: { zh: '申请日期', en: 'application date' } },
      { day: await lastStepDay(sql, app.id), name: { zh: '上一步骤日期', en: 'date of the previous step' } },
    ],
    { now },
  );
}

function requireReason(action: ReviewAction, reason: string | null | undefined): string {
  const r = reason?.trim();
  if (!r) {
    throw programError(
      'PROGRAM_INVALID',
      action === 'reject'
        ? { zh: '驳回须填写理由', en: 'A rejection needs a reason' }
        : { zh: '退回修改须填写理由', en: 'A return for correction needs a reason' },
      { field: 'reason' },
    );
  }
  return r;
}

/**
 * The actor may act when the application awaits their own union (administrators may act on any step), or when
 * their union is the one above a step left waiting — at once when the step's union has no reviewer account,
 * after the program's working days otherwise (ADR 58). Returns the stand-in when the step is taken for another
 * union.
 */
async function requireMyStep(
  sql: Sql,
  actor: Actor,
  app: ReviewRow,
  program: ProgramRow,
  now: Date,
): Promise<StandIn | null> {
  if (can(actor, 'applications.review.any_step')) return null;
  if (app.stepOrgId !== null && actor.orgId === app.stepOrgId) return null;
  const standIn = await findStandIn(sql, app, program);
  if (standIn && mayStandIn(actor, standIn, now)) return standIn;
  const waitFor =
    standIn && standIn.byOrgId === actor.orgId
      ? {
          zh: `；${standIn.byOrgName}可自 ${standIn.from} 起代为审核（到达本环节 ${standIn.since} 后 ${program.standInDays} 个工作日）`,
          en: `; ${standIn.byOrgName} may take the step from ${standIn.from} (${program.standInDays} working days after it arrived on ${standIn.since})`,
        }
      : { zh: '', en: '' };
  throw programError(
    'NOT_YOUR_STEP',
    {
      zh: `此申请当前由${app.stepOrgName ?? '其他工会'}审核，不在您的审核环节${waitFor.zh}`,
      en: `This application awaits ${app.stepOrgName ?? 'another union'}, not your review step${waitFor.en}`,
    },
    { stepOrgId: app.stepOrgId, ...(standIn?.byOrgId === actor.orgId ? { standInFrom: standIn.from } : {}) },
  );
}

/**
 * One review decision in the caller's transaction. A final approval needs every required material, attached
 * or waived, whatever the intake (a proposal or a staff batch carries no file of its own); it consumes the
 * program's quota and budget through the guarded UPDATE of program_usage and writes the ledger entitlement,
 * all in the same transaction: if a material is missing or a limit would be exceeded, nothing changes.
 * `lenientWaivers` (bulk approval) drops waivers of materials an application does not lack.
 */
export async function reviewApplication(
  sql: Sql,
  actor: Actor,
  id: number,
  action: ReviewAction,
  input: ReviewInput = {},
  options: {
    returnRow?: boolean;
    lenientWaivers?: boolean;
    /**
     * A decision the whole chain took outside the platform, recorded by staff of the program's owner
     * (recordSubjectGrant): every step is approved by them, not by each step's own union.
     */
    recorded?: boolean;
    /** The moment of the decision: today's day and the stand-in waiting time are read from it. */
    now: Date;
  },
): Promise<ApplicationRow> {
  const app = await lockApplicationForReview(sql, id);
  if (!app) throw notFound(APPLICATION, { id });
  requireAccess(actor, 'applications.review', { orgPath: app.orgPath });
  const result = async (status: ApplicationRow['status']) =>
    options.returnRow === false
      ? ({ id, status } as ApplicationRow)
      : (findApplicationById(sql, id) as Promise<ApplicationRow>);
  if (app.status !== 'submitted') {
    throw programError(
      'APPLICATION_STATUS',
      {
        zh: `申请状态为「${app.status}」，不能审核`,
        en: `The application is ${app.status} and cannot be reviewed`,
      },
      { status: app.status },
    );
  }
  const { now } = options;
  const program = await findProgramById(sql, app.programId);
  if (!program) throw new Error(`program ${app.programId} missing`);
  const standIn = options.recorded ? null : await requireMyStep(sql, actor, app, program, now);
  const when = await decisionDay(sql, actor, app, action, input.effectiveOn, now);
  // A step taken by the union above says so in the history and the audit log (由…代为审核).
  const taken = standIn ? { standIn: standInRecord(standIn) } : {};
  const dated = { ...(when.backdated ? { effectiveOn: when.day } : {}), ...taken };
  const event = { applicationId: id, step: app.step, orgId: app.stepOrgId };
  const about = {
    applicationId: id,
    programName: program.name,
    unionName: app.stepOrgName ?? program.ownerOrgName,
  };
  // The applicant person hears of every decision, in this transaction (a union applicant has no person), at the
  // decision's moment (one entered after the fact on its own day).
  const tell = async (notice: Notice) => {
    if (app.personId !== null)
      await notifyPerson(sql, app.personId, { ...notice, at: when.at.toISOString() });
  };

  if (action !== 'approve') {
    const reason = requireReason(action, input.reason);
    const status = action === 'reject' ? 'rejected' : 'returned';
    await updateApplication(sql, id, { status, decidedAt: action === 'reject' ? when.at : undefined });
    await insertEvent(sql, actor, {
      ...event,
      action: status,
      reason,
      effectiveOn: when.day,
      ...(standIn ? { data: taken } : {}),
    });
    await audit(sql, actor, app, action === 'reject' ? 'application.reject' : 'application.return', {
      status,
      reason,
      ...dated,
    });
    await tell(
      action === 'reject' ? rejectedNotice({ ...about, reason }) : returnedNotice({ ...about, reason }),
    );
    return result(status);
  }

  await recordWaivers(
    sql,
    actor,
    app,
    program.requiredEvidence,
    input.waivers ?? [],
    options.lenientWaivers === true,
    when.day,
  );
  const choiceKey = input.choiceKey ?? app.choiceKey;
  const { ancestors, steps } = await loadReviewSteps(sql, program, app.orgId);
  const next = nextStep(steps, app.step);
  if (next) {
    await updateApplication(sql, id, {
      step: next.step,
      stepOrgId: next.orgId,
      choiceKey: input.choiceKey ?? undefined,
    });
    await insertEvent(sql, actor, {
      ...event,
      action: 'approved_step',
      reason: input.reason ?? null,
      data: { next: next.orgId, ...taken },
      effectiveOn: when.day,
    });
    await audit(sql, actor, app, 'application.approve_step', {
      step: next.step,
      stepOrgId: next.orgId,
      ...dated,
    });
    const nextUnionName =
      ancestors.find((a) => a.id === next.orgId)?.name ??
      (next.orgId === program.ownerOrgId ? program.ownerOrgName : null);
    await tell(approvedStepNotice({ ...about, nextUnionName }));
    return result('submitted');
  }

  await requireMaterials(sql, id, program.requiredEvidence);
  const version = await getVersion(sql, program.id, app.version);
  let amountFen = app.amountFen;
  if (version.amount.kind === 'tier' && version.amount.by === 'choice') {
    if (!choiceKey) {
      throw programError(
        'APPLICATION_CHOICE_REQUIRED',
        {
          zh: `请选择资助档次：${version.amount.tiers.map((t) => t.label ?? t.key).join(' / ')}`,
          en: `Choose the tier: ${version.amount.tiers.map((t) => t.key).join(' / ')}`,
        },
        { field: 'choiceKey', tiers: version.amount.tiers },
      );
    }
    if (!version.amount.tiers.some((t) => t.key === choiceKey)) {
      throw programError(
        'PROGRAM_INVALID',
        { zh: `没有此档次：${choiceKey}`, en: `No such tier: ${choiceKey}` },
        {
          field: 'choiceKey',
        },
      );
    }
    amountFen = amountFor(version.amount, { subject: null as RecordFact | null, choiceKey }).amountFen;
  }
  const fen = amountFen ?? 0;
  if (!(await consumeUsage(sql, program.id, app.periodKey, fen))) {
    const usage = (await listUsage(sql, program.id)).find((u) => u.periodKey === app.periodKey);
    if (program.quota !== null && (usage?.quotaUsed ?? 0) >= program.quota) {
      throw quotaExhausted(program.id, app.periodKey);
    }
    throw budgetExceeded(program.id, app.periodKey, fen);
  }
  await updateApplication(sql, id, { status: 'approved', amountFen: fen, choiceKey, decidedAt: when.at });
  let entryId: number | null = null;
  if (fen > 0) {
    entryId = await insertEntitlement(sql, {
      programId: program.id,
      applicationId: id,
      periodKey: app.periodKey,
      personId: app.personId,
      orgId: app.applicantOrgId ?? app.orgId,
      amountFen: fen,
      createdBy: actor.userId || null,
      at: when.at,
    });
  }
  await insertEvent(sql, actor, {
    ...event,
    action: 'approved',
    reason: input.reason ?? null,
    data: { amountFen: fen, ledgerEntryId: entryId, ...taken },
    effectiveOn: when.day,
  });
  await audit(sql, actor, app, 'application.approve', {
    status: 'approved',
    amountFen: fen,
    ledgerEntryId: entryId,
    ...dated,
  });
  await tell(approvedNotice({ ...about, amountFen: fen }));
  return findApplicationById(sql, id) as Promise<ApplicationRow>;
}

async function audit(
  sql: Sql,
  actor: Actor,
  app: ReviewRow,
  action: AuditAction,
  after: Record<string, unknown>,
) {
  await recordAudit(sql, actor, {
    action,
    entity: 'application',
    entityId: app.id,
    orgId: app.orgId,
    before: { status: app.status, step: app.step, stepOrgId: app.stepOrgId },
    after,
  });
}

export async function reviewOne(
  db: Db,
  actor: Actor,
  id: number,
  action: ReviewAction,
  input: ReviewInput,
  now: Date,
) {
  return db.tx((sql) => reviewApplication(sql, actor, id, action, input, { now }));
}

export interface BulkInput {
  ids: number[];
  action: ReviewAction;
  reason?: string | null;
  choiceKey?: string | null;
  /** One reason for the same materials of every application approved (applied where they are missing). */
  waivers?: Waiver[] | null;
  /** The day of every decision (China time), default today. */
  effectiveOn?: string | null;
}

export interface BulkResult {
  id: number;
  ok: boolean;
  status?: string;
  code?: string;
  message?: { zh: string; en: string };
}

/**
 * Bulk review: each id is decided in its own transaction, one after the other, so a refused id (not your
 * step, quota exhausted …) does not undo the others. The answer lists the outcome per id.
 */
export async function reviewBulk(
  db: Db,
  actor: Actor,
  input: BulkInput,
  now: Date,
): Promise<{ results: BulkResult[]; succeeded: number; failed: number }> {
  const results: BulkResult[] = [];
  for (const id of [...new Set(input.ids)]) {
    try {
      const app = await db.tx((sql) =>
        reviewApplication(sql, actor, id, input.action, input, { lenientWaivers: true, now }),
      );
      results.push({ id, ok: true, status: app.status });
    } catch (err) {
      if (err instanceof AppError) results.push({ id, ok: false, code: err.code, message: err.messages });
      else
        results.push({
          id,
          ok: false,
          code: 'INTERNAL',
          message: { zh: '处理失败，请重试', en: 'Failed; please retry' },
        });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}
