import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { AppError, type Bilingual } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { openSubjectApplication } from '../../programs/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import { innovationErrors } from '../innovation.errors.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { SUBSIDY_PRESET } from './studios.grant-kinds.ts';
import { findStudioSubsidy, hasOutsideGrant, insertStudioSubsidy } from './studios.grants.repository.ts';
import { closeOpenLevel, insertLevel } from './studios.levels.repository.ts';
import {
  levelRank,
  releaseSavepoint,
  rollbackToSavepoint,
  type StudioRow,
  savepoint,
  updateStudioColumns,
} from './studios.repository.ts';

/**
 * Every change of a studio's level goes through here, in the decision's transaction: the level history,
 * the studio row, the reporting counts and, for a recognition at city level or above, the subsidy.
 *
 * Reporting subjects (dated by the decision):
 * - `innovation.studios` — state: +1 on entering a level, −1 on leaving it; dim = level, dim2 = 'model_worker'
 *   when the leader was a model worker of city level or above when counted, else ''.
 * - `innovation.promotions` — flow: a studio already recognised (district or above) rising; dim = new level.
 * - `innovation.revocations` — flow: a studio losing its level at re-evaluation; dim = the level lost.
 */

export { SUBSIDY_PRESET };

/** Whether a model-worker level counts as "city level or above". */
export const isCityModelWorker = (level: string | null | undefined) =>
  level === 'city' || level === 'national';

const dim2Of = (modelWorker: boolean) => (modelWorker ? 'model_worker' : '');

/** The state count of one studio at one level: +1 (entering) or −1 (leaving). */
export function studioCount(
  studio: { orgId: number },
  level: string,
  modelWorker: boolean,
  on: string,
  n: 1 | -1,
): CountDelta {
  return { subject: 'innovation.studios', orgId: studio.orgId, on, dim: level, dim2: dim2Of(modelWorker), n };
}

/** What the start of a studio's current level is called when a decision may not precede it. */
export const LEVEL_BEGAN: Bilingual = {
  zh: '工作室现有等级的起始日期',
  en: "day the studio's current level began",
};

/** A level change dated before the current level began would break the history. */
function requireAfterLevelStart(studio: StudioRow, on: string) {
  if (studio.levelSince && on < studio.levelSince)
    throw innovationErrors.dateBeforeLevel(on, studio.levelSince);
}

/** Links the subsidy application a recognition opened, so it is opened once per studio and program. */
async function openStudioSubsidy(
  sql: Sql,
  actor: Actor,
  studio: StudioRow,
  level: StudioLevel,
  on: string,
  recognitionId: number | null,
): Promise<number | { refused: Bilingual } | null> {
  const presetKey = SUBSIDY_PRESET[level];
  if (!presetKey) return null;
  // Opened once per studio: not again after a revocation, nor when it was paid outside the platform.
  if ((await findStudioSubsidy(sql, studio.id, presetKey)) !== undefined) return null;
  if (await hasOutsideGrant(sql, studio.id, presetKey)) return null;
  // A refused subsidy (the program did not run that year, its quota is spent …) never undoes the recognition:
  // the application is tried under a savepoint and, refused, rolled back alone; the clerk is told why.
  await savepoint(sql, 'studio_subsidy');
  let opened: Awaited<ReturnType<typeof openSubjectApplication>>;
  try {
    opened = await openSubjectApplication(sql, actor, {
      presetKey,
      orgId: studio.orgId,
      subjectKey: `studio:${studio.id}`,
      appliedOn: on,
      note: `${studio.name}：认定为${level === 'city' ? '市级' : '市级示范性'}职工创新工作室`,
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    await rollbackToSavepoint(sql, 'studio_subsidy');
    return { refused: err.messages };
  }
  await releaseSavepoint(sql, 'studio_subsidy');
  if (!opened) return null;
  await insertStudioSubsidy(sql, {
    studioId: studio.id,
    presetKey,
    applicationId: opened.applicationId,
    recognitionId,
  });
  return opened.applicationId;
}

/**
 * Raises (or restores, after a revocation) a studio to `level` from `on`. Returns the subsidy application
 * opened, if any.
 */
export async function recogniseAtLevel(
  sql: Sql,
  actor: Actor,
  studio: StudioRow,
  level: StudioLevel,
  on: string,
  options: { recognitionId?: number | null; reason?: string | null; subsidy?: boolean } = {},
): Promise<{ applicationId: number | null; subsidyRefused?: Bilingual }> {
  requireAfterLevelStart(studio, on);
  const wasActive = studio.status === 'active';
  const modelWorker = isCityModelWorker(studio.leaderModelWorkerLevel);
  const deltas: CountDelta[] = [];
  if (wasActive) deltas.push(studioCount(studio, studio.level, studio.countedModelWorker, on, -1));
  deltas.push(studioCount(studio, level, modelWorker, on, 1));
  if (
    wasActive &&
    levelRank(studio.level) >= levelRank('district') &&
    levelRank(level) > levelRank(studio.level)
  ) {
    deltas.push({ subject: 'innovation.promotions', orgId: studio.orgId, on, dim: level, n: 1 });
  }
  await closeOpenLevel(sql, studio.id, on, null);
  await insertLevel(sql, {
    studioId: studio.id,
    level,
    fromOn: on,
    reason: options.reason ?? null,
    decidedBy: actor.userId || null,
  });
  await updateStudioColumns(sql, studio.id, {
    level,
    levelSince: on,
    status: 'active',
    countedModelWorker: modelWorker,
  });
  await addCounts(sql, deltas);
  const subsidy =
    options.subsidy === false
      ? null
      : await openStudioSubsidy(sql, actor, studio, level, on, options.recognitionId ?? null);
  const applicationId = typeof subsidy === 'number' ? subsidy : null;
  const subsidyRefused =
    subsidy !== null && typeof subsidy === 'object' ? subsidyNotOpened(subsidy.refused) : undefined;
  await recordAudit(sql, actor, {
    action: 'studio.level',
    entity: 'innovation_studio',
    entityId: studio.id,
    orgId: studio.orgId,
    before: { level: studio.level, status: studio.status },
    after: { level, on, applicationId, ...(subsidyRefused ? { subsidyRefused: subsidyRefused.zh } : {}) },
  });
  return { applicationId, subsidyRefused };
}

/** What the clerk reads when the recognition stands but its subsidy could not be opened. */
const subsidyNotOpened = (why: Bilingual): Bilingual => ({
  zh: `认定已生效，但认定助推未能开启：${why.zh}。如补贴已在平台外发放，可在工作室页面登记；否则待项目期覆盖该年后再申请。`,
  en: `The recognition stands, but its subsidy could not be opened: ${why.en}. If it was paid outside the platform, record it on the studio's page; otherwise apply once a program covers that year.`,
});

/** A studio loses its level from `on` (re-evaluation 撤销): it leaves the state count, its history says why. */
export async function revokeStudio(sql: Sql, actor: Actor, studio: StudioRow, on: string, reason: string) {
  requireAfterLevelStart(studio, on);
  await closeOpenLevel(sql, studio.id, on, reason);
  await updateStudioColumns(sql, studio.id, { status: 'revoked' });
  await addCounts(sql, [
    studioCount(studio, studio.level, studio.countedModelWorker, on, -1),
    { subject: 'innovation.revocations', orgId: studio.orgId, on, dim: studio.level, n: 1 },
  ]);
  await recordAudit(sql, actor, {
    action: 'studio.revoke',
    entity: 'innovation_studio',
    entityId: studio.id,
    orgId: studio.orgId,
    before: { level: studio.level, status: studio.status },
    after: { status: 'revoked', on, reason },
  });
}

/** When the leader changes, the studio moves between the model-worker cells of its state count. */
export async function recountLeader(
  sql: Sql,
  studio: StudioRow,
  leaderModelWorkerLevel: string | null,
  on: string,
) {
  const modelWorker = isCityModelWorker(leaderModelWorkerLevel);
  if (studio.status !== 'active' || modelWorker === studio.countedModelWorker) return;
  await addCounts(sql, [
    studioCount(studio, studio.level, studio.countedModelWorker, on, -1),
    studioCount(studio, studio.level, modelWorker, on, 1),
  ]);
  await updateStudioColumns(sql, studio.id, { countedModelWorker: modelWorker });
}
