import { type Actor, can, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { type Bilingual, notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findOrgChain } from '../../org/index.ts';
import { RECOGNITION } from '../innovation.errors.studios.ts';
import { innovationErrors } from '../innovation.errors.ts';
import type { RecognisableLevel, StudioLevel } from '../innovation.vocabulary.ts';
import { LEVEL_BEGAN, recogniseAtLevel } from './studios.levels.ts';
import {
  type ChainStep,
  findRecognitionById,
  insertRecognition,
  insertRecognitionEvent,
  lastStepDay,
  listRecognitions,
  publicRecognition,
  type RecognitionRow,
  updateRecognition,
} from './studios.recognition.repository.ts';
import { findStudioById, levelRank } from './studios.repository.ts';
import { getStudioInScope } from './studios.service.ts';

/**
 * Recognition (认定) and promotion (晋升): a union proposes a studio for a level; the unions above it review
 * in turn, bottom up, and the union of the deciding level approves. District level (区级, 局/集团级) is decided
 * by the district union (level 2), city and city-demonstration levels by the federation (level 1).
 */

const DECIDER_LEVEL: Record<RecognisableLevel, number> = { district: 2, city: 1, city_demonstration: 1 };

/** The reviewing unions, bottom up: those above the proposer, down to and including the deciding union. */
export function recognitionChain(
  ancestors: { id: number; level: number }[],
  proposer: { id: number; level: number },
  level: RecognisableLevel,
): ChainStep[] {
  const decider = ancestors.find((a) => a.level === DECIDER_LEVEL[level]) ?? ancestors[0];
  const steps = ancestors
    .filter((a) => a.level < proposer.level && a.level >= decider.level)
    .sort((a, b) => b.level - a.level)
    .map((a) => ({ orgId: a.id, level: a.level }));
  if (steps.length) return steps;
  return [
    proposer.level <= decider.level
      ? { orgId: proposer.id, level: proposer.level }
      : { orgId: decider.id, level: decider.level },
  ];
}

export interface ProposeInput {
  level: RecognisableLevel;
  note?: string;
  /**
   * The day it was proposed (ADR 40; default today): not before the studio's current level began; the reviews that
   * follow are not before it. A past day needs history.backdate.
   */
  effectiveOn?: string;
}

export const proposeRecognition = (db: Db, actor: Actor, studioId: number, input: ProposeInput, now: Date) =>
  db.tx((sql) => proposeRecognitionIn(sql, actor, studioId, input, now));

/** A proposal, in the caller's transaction. */
export async function proposeRecognitionIn(
  sql: Sql,
  actor: Actor,
  studioId: number,
  input: ProposeInput,
  now: Date,
) {
  const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write');
  const current: StudioLevel = studio.status === 'active' ? studio.level : 'grassroots';
  if (levelRank(input.level) <= levelRank(current))
    throw innovationErrors.levelNotHigher(current, input.level);
  const when = effectiveDay(
    actor,
    input.effectiveOn,
    { zh: '推荐', en: 'proposal' },
    [{ day: (await findStudioById(sql, studioId))?.levelSince, name: LEVEL_BEGAN }],
    { now },
  );
  const ancestors = await findOrgChain(sql, studio.orgId);
  const proposer = ancestors.find((a) => a.id === actor.orgId) ?? ancestors[ancestors.length - 1];
  const chain = recognitionChain(ancestors, proposer, input.level);
  const id = await insertRecognition(sql, {
    studioId,
    proposedByOrgId: proposer.id,
    fromLevel: current,
    level: input.level,
    note: input.note?.trim() ?? '',
    chain,
    createdBy: actor.userId || null,
  });
  if (id === null) throw innovationErrors.recognitionOpen();
  await insertRecognitionEvent(sql, {
    recognitionId: id,
    action: 'proposed',
    orgId: proposer.id,
    decidedOn: when.day,
    createdBy: actor.userId || null,
  });
  await recordAudit(sql, actor, {
    action: 'studio.recognition.propose',
    entity: 'innovation_recognition',
    entityId: id,
    orgId: studio.orgId,
    after: {
      studioId,
      level: input.level,
      chain: chain.map((c) => c.orgId),
      ...(when.backdated ? { effectiveOn: when.day } : {}),
    },
  });
  return { id };
}

export async function findRecognitions(
  db: Db,
  actor: Actor,
  q: { status?: string; mine?: boolean; page?: number; pageSize?: number },
) {
  requireAccess(actor, 'innovation.read');
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const r = await listRecognitions(db, {
    scope: actor,
    status: q.mine ? 'submitted' : q.status,
    stepOrgId: q.mine && !can(actor, 'applications.review.any_step') ? (actor.orgId ?? -1) : undefined,
    page,
    pageSize,
  });
  return { items: r.items.map(publicRecognition), total: r.total, page, pageSize };
}

export type RecognitionAction = 'approve' | 'reject';

/**
 * One review decision at the step awaiting the actor's union; the last approval recognises the studio. It
 * happens on `decidedOn` (ADR 40; default today): not in the future, not before the step below decided, and a
 * final approval not before the studio's current level began; a past day needs history.backdate.
 */
export interface ReviewInput {
  reason?: string | null;
  decidedOn?: string;
}

/** What each decision is called in its refusals ("认定日期 … 早于 …"). */
function decisionName(r: RecognitionRow, event: 'forwarded' | 'approved' | 'rejected'): Bilingual {
  if (event === 'rejected') return { zh: '不予通过', en: 'rejection' };
  if (event === 'forwarded') return { zh: '审核通过', en: 'approval' };
  return r.fromLevel === 'grassroots' ? { zh: '认定', en: 'recognition' } : { zh: '晋升', en: 'promotion' };
}

export const reviewRecognition = (
  db: Db,
  actor: Actor,
  id: number,
  action: RecognitionAction,
  input: ReviewInput,
  now: Date,
) => db.tx((sql) => reviewRecognitionIn(sql, actor, id, action, input, now));

/** One review decision, in the caller's transaction. */
export async function reviewRecognitionIn(
  sql: Sql,
  actor: Actor,
  id: number,
  action: RecognitionAction,
  input: ReviewInput,
  now: Date,
) {
  const r = await findRecognitionById(sql, id, true);
  if (!r) throw notFound(RECOGNITION, { id });
  requireAccess(actor, 'innovation.review', { orgPath: r.studioOrgPath });
  if (r.status !== 'submitted') throw innovationErrors.recognitionDecided(r.status);
  if (r.stepOrgId !== actor.orgId && !can(actor, 'applications.review.any_step')) {
    throw innovationErrors.notYourStep(r.stepOrgName);
  }
  const reason = input.reason?.trim() || null;
  if (action === 'reject' && !reason) throw innovationErrors.reasonRequired();
  const last = r.step + 1 >= r.chain.length;
  const event = action === 'reject' ? 'rejected' : last ? 'approved' : 'forwarded';
  const studio = event === 'approved' ? await findStudioById(sql, r.studioId, true) : undefined;
  const when = effectiveDay(
    actor,
    input.decidedOn,
    decisionName(r, event),
    [
      {
        day: await lastStepDay(sql, id),
        name: { zh: '推荐或下一级审核日期', en: 'day of the proposal or of the step below' },
      },
      { day: studio?.levelSince, name: LEVEL_BEGAN },
    ],
    { field: 'decidedOn', now },
  );
  const on = when.day;
  if (event === 'forwarded') {
    await updateRecognition(sql, id, { step: r.step + 1, stepOrgId: r.chain[r.step + 1].orgId });
  } else {
    await updateRecognition(sql, id, { status: event, decidedOn: on, reason });
  }
  await insertRecognitionEvent(sql, {
    recognitionId: id,
    action: event,
    orgId: r.stepOrgId,
    reason,
    decidedOn: on,
    createdBy: actor.userId || null,
  });
  const outcome = event === 'approved' ? await recognise(sql, actor, r, on) : null;
  const applicationId = outcome?.applicationId ?? null;
  await recordAudit(sql, actor, {
    action: `studio.recognition.${action}`,
    entity: 'innovation_recognition',
    entityId: id,
    orgId: r.studioOrgId,
    before: { status: r.status, step: r.step },
    after: { on, reason, applicationId, ...(when.backdated ? { effectiveOn: on } : {}) },
  });
  const result: ReturnType<typeof publicRecognition> & { subsidyRefused?: { zh: string; en: string } } =
    publicRecognition((await findRecognitionById(sql, id)) as RecognitionRow);
  if (outcome?.subsidyRefused) result.subsidyRefused = outcome.subsidyRefused;
  return result;
}

/** The final approval: the studio takes the level (unless it already holds it), opening its subsidy. */
async function recognise(sql: Sql, actor: Actor, r: RecognitionRow, on: string) {
  const studio = await findStudioById(sql, r.studioId, true);
  if (!studio) throw notFound(RECOGNITION, { id: r.id });
  if (studio.status === 'active' && levelRank(r.level) <= levelRank(studio.level)) return null;
  return recogniseAtLevel(sql, actor, studio, r.level, on, {
    recognitionId: r.id,
    reason: r.note || null,
  });
}
