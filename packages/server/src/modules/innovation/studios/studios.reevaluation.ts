import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { type Bilingual, notFound, notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import { REEVALUATION } from '../innovation.errors.studios.ts';
import { innovationErrors } from '../innovation.errors.ts';
import type { ReevaluationOutcome } from '../innovation.vocabulary.ts';
import { LEVEL_BEGAN, revokeStudio } from './studios.levels.ts';
import {
  type CampaignStudioRow,
  decideReport,
  findReevaluationById,
  insertReevaluation,
  listCampaignStudios,
  listReevaluations,
  upsertReport,
} from './studios.reevaluation.repository.ts';
import { findStudioAchievementIds, findStudioById } from './studios.repository.ts';
import { getStudioInScope } from './studios.service.ts';

/**
 * Annual re-evaluation (复评): a union opens a campaign for a year and a level; each studio at that level in
 * its subtree files a yearly report; reviewers decide 合格 (pass), 限期整改 (rectify) or 撤销 (revoke) with
 * a reason. A revoked studio loses its level from the decision date. Studios with no report are listed as
 * overdue once the due date has passed. A report is filed, and decided, on its day (ADR 40; default today): not
 * in the future, a report not before the year it reports on, a decision not before the report, a revocation
 * not before the level it ends began; a past day needs history.backdate.
 */

const OUTCOME_NAMES: Record<ReevaluationOutcome, Bilingual> = {
  pass: { zh: '复评合格', en: 're-evaluation pass' },
  rectify: { zh: '限期整改', en: 'rectification order' },
  revoke: { zh: '撤销', en: 'revocation' },
};

/** The campaign, reachable from the organiser's subtree and from the unions above it. */
async function getCampaign(sql: Sql, actor: Actor, id: number) {
  const e = await findReevaluationById(sql, id);
  if (!e) throw notFound(REEVALUATION, { id });
  requireAccess(actor, 'innovation.read', { offeredBy: e.orgPath });
  return e;
}

export async function createReevaluation(
  db: Db,
  actor: Actor,
  input: { orgId: number; year: number; level: string; dueOn: string },
) {
  return db.tx(async (sql) => {
    const org = await getOrgInScope(sql, actor, input.orgId);
    requireAccess(actor, 'innovation.review', { orgPath: org.path });
    const id = await insertReevaluation(sql, { ...input, createdBy: actor.userId || null });
    if (id === null) throw innovationErrors.reevaluationExists();
    await recordAudit(sql, actor, {
      action: 'studio.reevaluation.create',
      entity: 'innovation_reevaluation',
      entityId: id,
      orgId: org.id,
      after: input,
    });
    return { id };
  });
}

export async function findReevaluations(db: Db, actor: Actor) {
  requireAccess(actor, 'innovation.read');
  if (actor.scopePath === null) throw notYours();
  const items = await listReevaluations(db, actor.scopePath);
  return { items: items.map(({ orgPath: _p, ...rest }) => rest) };
}

const withOverdue = (dueOn: string, today: string) => (s: CampaignStudioRow) => ({
  ...s,
  overdue: s.reportId === null && today > dueOn,
});

/** A campaign and the studios it covers in the actor's subtree, with their reports and decisions. */
export async function getReevaluationDetail(db: Db, actor: Actor, id: number, now: Date) {
  const e = await getCampaign(db, actor, id);
  const studios = (await listCampaignStudios(db, e, actor)).map(withOverdue(e.dueOn, todayInChina(now)));
  const { orgPath: _p, ...campaign } = e;
  return {
    ...campaign,
    canDecide: actor.scopePath !== null && e.orgPath.startsWith(actor.scopePath),
    studios,
    overdue: studios.filter((s) => s.overdue).length,
  };
}

export async function fileAnnualReport(
  db: Db,
  actor: Actor,
  id: number,
  studioId: number,
  input: { activities: string; peopleTrained: number; achievementIds?: number[]; filedOn?: string | null },
  now: Date,
) {
  return db.tx(async (sql) => {
    const e = await getCampaign(sql, actor, id);
    const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write');
    const [row] = await listCampaignStudios(sql, e, actor, studioId);
    if (!row) throw innovationErrors.notInReevaluation();
    if (row.outcome) throw innovationErrors.reportDecided();
    const when = effectiveDay(
      actor,
      input.filedOn,
      { zh: '年度报告提交', en: 'yearly report' },
      [{ day: `${e.year}-01-01`, name: { zh: '复评年度首日', en: 'first day of the year re-evaluated' } }],
      { field: 'filedOn', now },
    );
    const ids = [...new Set(input.achievementIds ?? [])];
    const own = await findStudioAchievementIds(sql, studioId, ids);
    const stranger = ids.find((a) => !own.has(a));
    if (stranger !== undefined) throw innovationErrors.achievementNotOfStudio(stranger);
    await upsertReport(sql, {
      reevaluationId: id,
      studioId,
      activities: input.activities.trim(),
      peopleTrained: input.peopleTrained,
      achievementIds: ids,
      filedOn: when.day,
      filedBy: actor.userId || null,
    });
    await recordAudit(sql, actor, {
      action: 'studio.report.file',
      entity: 'innovation_studio',
      entityId: studioId,
      orgId: studio.orgId,
      after: {
        reevaluationId: id,
        peopleTrained: input.peopleTrained,
        achievements: ids.length,
        ...(when.backdated ? { effectiveOn: when.day } : {}),
      },
    });
    return { ok: true as const };
  });
}

export async function decideAnnualReport(
  db: Db,
  actor: Actor,
  id: number,
  studioId: number,
  input: { outcome: ReevaluationOutcome; reason?: string | null; decidedOn?: string | null },
  now: Date,
) {
  return db.tx(async (sql) => {
    const e = await getCampaign(sql, actor, id);
    requireAccess(actor, 'innovation.review', { orgPath: e.orgPath });
    const studio = await findStudioById(sql, studioId, true);
    if (!studio) throw innovationErrors.notInReevaluation();
    const [row] = await listCampaignStudios(sql, e, actor, studioId);
    if (!row) throw innovationErrors.notInReevaluation();
    if (row.reportId === null) throw innovationErrors.reportMissing();
    if (row.outcome) throw innovationErrors.reportDecided();
    const reason = input.reason?.trim() || null;
    if (input.outcome !== 'pass' && !reason) throw innovationErrors.reasonRequired();
    const when = effectiveDay(
      actor,
      input.decidedOn,
      OUTCOME_NAMES[input.outcome],
      [
        { day: row.filedOn, name: { zh: '年度报告提交日期', en: 'day the yearly report was filed' } },
        { day: input.outcome === 'revoke' ? studio.levelSince : null, name: LEVEL_BEGAN },
      ],
      { field: 'decidedOn', now },
    );
    const on = when.day;
    await decideReport(sql, {
      reportId: row.reportId,
      outcome: input.outcome,
      reason,
      decidedOn: on,
      decidedBy: actor.userId || null,
    });
    if (input.outcome === 'revoke') await revokeStudio(sql, actor, studio, on, reason as string);
    await recordAudit(sql, actor, {
      action: 'studio.report.decide',
      entity: 'innovation_studio',
      entityId: studioId,
      orgId: studio.orgId,
      after: {
        reevaluationId: id,
        outcome: input.outcome,
        reason,
        on,
        ...(when.backdated ? { effectiveOn: on } : {}),
      },
    });
    return { ok: true as const };
  });
}
