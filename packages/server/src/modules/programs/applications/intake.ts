import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { quotedName } from '../../../shared/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { findOrgById } from '../../org/index.ts';
import { insertEvent } from '../application-events.repository.ts';
import { amountFor, evaluateApplicant } from '../eligibility.ts';
import { periodLabelEn, periodLabelZh, programError } from '../programs.errors.ts';
import type { EvidenceSpec, ProgramRow, ProgramVersion } from '../programs.types.ts';
import type { IntakeMode } from '../programs.vocabulary.ts';
import { loadReviewSteps } from '../review-chain.repository.ts';
import { periodKeyFor } from '../review-chain.ts';
import type { Decision, RuleOutcome } from '../rules/index.ts';
import { type EvidenceFile, insertFiles } from './applications.files.repository.ts';
import { findLiveByDedupe, insertApplication } from './applications.repository.ts';

/** One application to submit: a person (or a union, for union programs) and what it is about. */
export interface IntakeRequest {
  personId: number | null;
  applicantOrgId: number | null;
  subjectRecordId?: number | null;
  /**
   * What a union's application is about when another module opens it (e.g. 'studio:12' for a studio's
   * recognition subsidy): the program then grants it once per subject key instead of once per union and period.
   */
  subjectKey?: string | null;
  claimedFen?: number | null;
  note?: string | null;
  intake: IntakeMode;
  appliedOn: string;
  files?: EvidenceFile[];
  /** Facts another module found (proposals from facts), added to the decision after the rule's own outcomes. */
  supplied?: RuleOutcome[];
}

export interface IntakeResult {
  applicationId: number;
  decision: Decision;
  amountFen: number | null;
  stepOrgId: number;
}

/** Intake modes whose applications must carry the required evidence when submitted. */
const EVIDENCE_AT_SUBMISSION: IntakeMode[] = ['apply'];

export function checkOpen(program: ProgramRow, intake: IntakeMode) {
  if (program.status !== 'published') {
    throw programError(
      'PROGRAM_NOT_OPEN',
      { zh: '项目未发布或已结束，不接受申请', en: 'The program is not open for applications' },
      { status: program.status },
    );
  }
  if (!program.intakeModes.includes(intake)) {
    throw programError(
      'PROGRAM_INTAKE_NOT_ALLOWED',
      {
        zh: `本项目不接受此方式的申请（${intake}）`,
        en: `This program does not take ${intake} applications`,
      },
      { intake, allowed: program.intakeModes },
    );
  }
}

export function missingEvidence(required: EvidenceSpec[], presentKeys: Iterable<string>): EvidenceSpec[] {
  const have = new Set(presentKeys);
  return required.filter((e) => !have.has(e.key));
}

export function evidenceError(missing: EvidenceSpec[]) {
  return programError(
    'APPLICATION_EVIDENCE_MISSING',
    {
      zh: `缺少申请材料：${missing.map((e) => e.zh).join('、')}`,
      en: `Missing evidence: ${missing.map((e) => e.en).join(', ')}`,
    },
    { field: 'files', missing: missing.map((e) => e.key) },
  );
}

export function dedupeKeyFor(
  program: ProgramRow,
  req: { personId: number | null; applicantOrgId: number | null; subjectKey?: string | null },
  periodKey: string,
  subjectKey: string | null,
  uniqueTail: string,
): string {
  if (program.limitMode === 'per_subject') return `subject:${subjectKey ?? req.subjectKey}`;
  if (req.subjectKey) return `subject:${req.subjectKey}`;
  if (program.limitMode === 'none') return `once:${uniqueTail}`;
  return req.personId !== null
    ? `person:${req.personId}:${periodKey}`
    : `union:${req.applicantOrgId}:${periodKey}`;
}

/**
 * Evaluates and stores one application in the caller's transaction. Every check runs before the first
 * write, so a refused request (AppError) leaves nothing behind and the transaction stays usable.
 */
export async function submitApplication(
  sql: Sql,
  actor: Actor,
  program: ProgramRow,
  version: ProgramVersion,
  req: IntakeRequest,
  applicantOrgId: number,
): Promise<IntakeResult> {
  checkOpen(program, req.intake);
  const unionApplicant = program.applicantType === 'union';
  if (unionApplicant !== (req.personId === null)) {
    throw programError(
      'PROGRAM_INVALID',
      unionApplicant
        ? {
            zh: '本项目的申请方是工会，不是个人',
            en: 'This program takes applications from unions, not persons',
          }
        : { zh: '本项目的申请方是个人', en: 'This program takes applications from persons' },
      { field: unionApplicant ? 'orgId' : 'personId' },
    );
  }
  if (unionApplicant && program.limitMode === 'per_subject' && !req.subjectKey) {
    throw programError(
      'APPLICATION_SUBJECT_INVALID',
      {
        zh: `${quotedName(program.name)}每个对象（如每个工作室）只发放一次，请从该对象的页面申请（如创新工作室页面的“项目与资助”）`,
        en: `"${program.name}" grants each subject (each studio) once; apply from that subject's page (a studio's "Projects and grants")`,
      },
      { field: 'subjectKey' },
    );
  }
  const periodKey = periodKeyFor(program, req.appliedOn);
  if (!periodKey) {
    throw programError(
      'PROGRAM_OUTSIDE_PERIOD',
      {
        zh: `申请日期 ${req.appliedOn} 不在项目期（${program.periodStart} 至 ${program.periodEnd}）内`,
        en: `The application date ${req.appliedOn} is outside the program period (${program.periodStart} to ${program.periodEnd})`,
      },
      { field: 'appliedOn' },
    );
  }
  const org = await findOrgById(sql, applicantOrgId);
  if (!org)
    throw programError('PROGRAM_INVALID', { zh: '申请人没有所在工会', en: 'The applicant has no union' });
  const { decision: evaluated, subject } = await evaluateApplicant(
    sql,
    program,
    version.rule,
    { personId: req.personId, org, subjectRecordId: req.subjectRecordId ?? null },
    req.appliedOn,
    periodKey,
  );
  const decision: Decision = req.supplied?.length
    ? { ...evaluated, outcomes: [...evaluated.outcomes, ...req.supplied] }
    : evaluated;
  if (!decision.eligible) {
    const failed = decision.outcomes.filter((o) => !o.held);
    throw programError(
      'PROGRAM_NOT_ELIGIBLE',
      {
        zh: `不符合申请条件：${failed.map((o) => o.text.zh).join('；')}`,
        en: `Not eligible: ${failed.map((o) => o.text.en).join('; ')}`,
      },
      { decision },
    );
  }
  const { amountFen, feeFen } = amountFor(version.amount, { subject, claimedFen: req.claimedFen ?? null });
  if (version.amount.kind === 'fee_share' && feeFen === null) {
    throw programError(
      'PROGRAM_INVALID',
      { zh: '请填写申报金额', en: 'Enter the amount claimed' },
      { field: 'claimedFen' },
    );
  }
  const dedupeKey = dedupeKeyFor(
    program,
    req,
    periodKey,
    subject?.subjectKey ?? null,
    `${req.personId ?? `u${req.applicantOrgId}`}:${Date.now()}:${Math.random().toString(36).slice(2)}`,
  );
  const duplicate = await findLiveByDedupe(sql, program.id, dedupeKey);
  if (duplicate) throw duplicateError(program, dedupeKey, periodKey, duplicate);
  if (EVIDENCE_AT_SUBMISSION.includes(req.intake)) {
    const missing = missingEvidence(
      program.requiredEvidence,
      (req.files ?? []).map((f) => f.key),
    );
    if (missing.length) throw evidenceError(missing);
  }
  const { steps } = await loadReviewSteps(sql, program, org.id);
  const first = steps[0];
  const id = await insertApplication(sql, {
    programId: program.id,
    version: version.version,
    personId: req.personId,
    applicantOrgId: req.applicantOrgId,
    orgId: org.id,
    subjectRecordId: subject?.id ?? null,
    subjectKey: subject?.subjectKey ?? req.subjectKey ?? null,
    periodKey,
    appliedOn: req.appliedOn,
    dedupeKey,
    step: first.step,
    stepOrgId: first.orgId,
    amountFen,
    feeFen,
    choiceKey: null,
    decision,
    intake: req.intake,
    note: req.note ?? null,
    submittedBy: actor.userId || null,
  });
  if (id === null) throw duplicateError(program, dedupeKey, periodKey, undefined);
  if (req.files?.length) await insertFiles(sql, id, req.files, actor.userId || null);
  await insertEvent(sql, actor, {
    applicationId: id,
    action: 'submitted',
    step: first.step,
    orgId: org.id,
    effectiveOn: req.appliedOn,
    data: { intake: req.intake, version: version.version, files: req.files?.length ?? 0 },
  });
  await recordAudit(sql, actor, {
    action: 'application.submit',
    entity: 'application',
    entityId: id,
    orgId: org.id,
    after: {
      programId: program.id,
      personId: req.personId,
      applicantOrgId: req.applicantOrgId,
      intake: req.intake,
      periodKey,
      amountFen,
    },
  });
  return { applicationId: id, decision, amountFen, stepOrgId: first.orgId };
}

function duplicateError(
  program: ProgramRow,
  dedupeKey: string,
  periodKey: string,
  existing: { id: number; orgName: string } | undefined,
) {
  const perSubject = dedupeKey.startsWith('subject:');
  return programError(
    'APPLICATION_DUPLICATE',
    perSubject
      ? {
          zh: `该记录（${dedupeKey.slice(8)}）已有申请，同一证书、专利等只能获得一次${existing ? `（由${existing.orgName}提交）` : ''}`,
          en: `This record (${dedupeKey.slice(8)}) has already been applied for; each subject is granted once`,
        }
      : {
          zh: `已在${quotedName(program.name)}${periodLabelZh(periodKey)}中申请过，不能重复申请`,
          en: `Already applied to "${program.name}" for the ${periodLabelEn(periodKey)}`,
        },
    { dedupeKey, applicationId: existing?.id },
  );
}
