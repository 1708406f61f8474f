import { type Actor, requireAccess, type Subtree } from '../../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { effectiveDay, type NotBefore } from '../../../shared/effective.ts';
import { normaliseText, typedOptionalText } from '../../../shared/text.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import { getPersonInScope } from '../../people/index.ts';
import { findRecordFactById } from '../../records/index.ts';
import { innovationErrors } from '../innovation.errors.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import { countChange, countConversion, syncPatentRecords } from './achievements.facts.ts';
import {
  type AchievementRow,
  type AchievementWrite,
  findAchievement,
  findAchievementDetail,
  findStudioOptions,
  findStudioRef,
  insertAchievement,
  insertConversion,
  listAchievementRows,
  replaceAwards,
  replaceTeam,
  type StudioRef,
  setPublished,
  updateAchievementRow,
} from './achievements.repository.ts';
import { PATENT_OF_TYPE, type PatentKind } from './achievements.schemas.ts';

export interface AchievementInput {
  title: string;
  type: AchievementType;
  industry?: string | null;
  year: number;
  abstract: string;
  body?: string;
  stage?: AchievementStage;
  team: number[];
  patent?: { type: PatentKind; number: string; grantedOn: string } | null;
  awardRecordIds?: number[];
}

function toWrite(input: AchievementInput, industry: string | null): AchievementWrite {
  const needs = PATENT_OF_TYPE[input.type];
  if (needs && input.patent?.type !== needs) throw innovationErrors.patentTypeMismatch();
  return {
    title: input.title.trim(),
    type: input.type,
    industry: input.industry === undefined ? industry : typedOptionalText(input.industry),
    year: input.year,
    abstract: input.abstract.trim(),
    body: (input.body ?? '').trim(),
    stage: input.stage ?? 'developing',
    patentType: input.patent?.type ?? null,
    patentNo: input.patent ? normaliseText(input.patent.number).toUpperCase() : null,
    patentOn: input.patent?.grantedOn ?? null,
  };
}

/** The team (each a person the actor reaches, once) and award records that belong to its members. */
async function checkTeamAndAwards(sql: Sql, actor: Actor, input: AchievementInput) {
  const seen = new Set<number>();
  for (const [i, id] of input.team.entries()) {
    const person = await getPersonInScope(sql, actor, id);
    if (seen.has(id)) throw innovationErrors.teamDuplicate(person.name, i);
    seen.add(id);
  }
  const awards = [...new Set(input.awardRecordIds ?? [])];
  for (const [i, recordId] of awards.entries()) {
    const r = await findRecordFactById(sql, recordId);
    if (r?.kind !== 'award' || !seen.has(r.personId)) throw innovationErrors.awardNotOfTeam(recordId, i);
  }
  return awards;
}

/** An achievement of a union the actor reaches with `permission`. */
async function getAchievementInScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'innovation.read' | 'innovation.write',
  lock = false,
): Promise<AchievementRow> {
  const a = await findAchievement(sql, id, lock);
  if (!a) throw innovationErrors.achievementNotFound(id);
  requireAccess(actor, permission, { orgPath: a.orgPath });
  return a;
}

/** Noon China time of a past day (as the register publishes), or now: when an achievement counts as published. */
const publishInstant = (day: string, backdated: boolean, now: Date) =>
  backdated ? `${day}T12:00:00+08:00` : now.toISOString();

/** A publication or conversion follows the achievement: not before 1 January of its year. */
const achievementYear = (a: Pick<AchievementRow, 'year'>): NotBefore => ({
  day: `${a.year}-01-01`,
  name: { zh: '成果年度首日', en: "first day of the achievement's year" },
});

async function createIn(sql: Sql, actor: Actor, host: StudioRef, input: AchievementInput) {
  requireAccess(actor, 'innovation.write', { orgPath: host.orgPath });
  const row = toWrite(input, host.industry);
  const awards = await checkTeamAndAwards(sql, actor, input);
  let id: number;
  try {
    id = await insertAchievement(sql, host, row, actor.userId || null);
  } catch (e) {
    if (isUniqueViolation(e)) throw innovationErrors.patentTaken(row.patentNo ?? '');
    throw e;
  }
  await replaceAwards(sql, id, awards);
  await writeFacts(sql, actor, id, undefined, input.team, []);
  const created = await detailOf(sql, id);
  await recordAudit(sql, actor, {
    action: 'achievement.create',
    entity: 'achievement',
    entityId: id,
    orgId: host.orgId,
    after: created,
  });
  return created;
}

async function detailOf(sql: Sql, id: number) {
  const d = await findAchievementDetail(sql, id);
  if (!d) throw innovationErrors.achievementNotFound(id);
  return d;
}

/** Team, patent records and counts after a write (`before`: the row as it was; undefined when new). */
async function writeFacts(
  sql: Sql,
  actor: Actor,
  id: number,
  before: AchievementRow | undefined,
  team: number[],
  previousTeam: number[],
) {
  const after = (await findAchievement(sql, id)) as AchievementRow;
  await replaceTeam(sql, id, team);
  await syncPatentRecords(sql, after, team, previousTeam, actor.userId || null);
  await countChange(sql, before, after);
}

interface ConversionInput {
  partner: string;
  convertedOn: string;
  valueFen: number;
}

/**
 * Publishes on `on` (ADR 40; default today): not in the future, not before the achievement's year; a past day
 * needs history.backdate. It counts on that day.
 */
async function publishIn(sql: Sql, actor: Actor, id: number, on: string | null | undefined, now: Date) {
  const before = await getAchievementInScope(sql, actor, id, 'innovation.write', true);
  if (before.publishedAt) throw innovationErrors.alreadyPublished();
  if (!before.abstract.trim()) throw innovationErrors.abstractRequired();
  const when = effectiveDay(actor, on, { zh: '发布', en: 'publication' }, [achievementYear(before)], {
    field: 'on',
    now,
  });
  await setPublished(sql, id, publishInstant(when.day, when.backdated, now));
  await countChange(sql, before, (await findAchievement(sql, id)) as AchievementRow);
  await recordAudit(sql, actor, {
    action: 'achievement.publish',
    entity: 'achievement',
    entityId: id,
    orgId: before.orgId,
    ...(when.backdated ? { after: { effectiveOn: when.day } } : {}),
  });
  return detailOf(sql, id);
}

/** A conversion on its day: not in the future, not before the achievement's year; a past day needs history.backdate. */
async function convertIn(sql: Sql, actor: Actor, id: number, c: ConversionInput, now: Date) {
  const a = await getAchievementInScope(sql, actor, id, 'innovation.write', true);
  effectiveDay(actor, c.convertedOn, { zh: '转化', en: 'conversion' }, [achievementYear(a)], {
    field: 'convertedOn',
    now,
  });
  const conversion = { ...c, partner: c.partner.trim() };
  const conversionId = await insertConversion(sql, id, conversion);
  await countConversion(sql, a, conversion);
  await recordAudit(sql, actor, {
    action: 'achievement.conversion.add',
    entity: 'achievement',
    entityId: id,
    orgId: a.orgId,
    after: { conversionId, ...conversion },
  });
  return detailOf(sql, id);
}

export function createAchievementsService(db: Db, clock: Clock) {
  return {
    async listAchievements(
      actor: Actor,
      q: {
        studioId?: number;
        orgId?: number;
        status?: 'draft' | 'published';
        q?: string;
        page?: number;
        pageSize?: number;
      },
    ) {
      requireAccess(actor, 'innovation.read');
      let scope: Subtree = actor;
      if (q.orgId) scope = { path: (await getOrgInScope(db, actor, q.orgId)).path };
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const text = q.q?.trim();
      const { items, total } = await listAchievementRows(db, {
        ...q,
        q: text || undefined,
        scope,
        page,
        pageSize,
      });
      return { items, total, page, pageSize };
    },

    /** Studios of the actor's subtree to hold an achievement, by part of the name. */
    async listStudioOptions(actor: Actor, q?: string) {
      requireAccess(actor, 'innovation.write');
      return { items: await findStudioOptions(db, actor, q?.trim() || undefined) };
    },

    async getAchievement(actor: Actor, id: number) {
      await getAchievementInScope(db, actor, id, 'innovation.read');
      return detailOf(db, id);
    },

    /** A new achievement of a studio (a draft until published); its patent goes on each inventor's records. */
    async createAchievement(actor: Actor, input: AchievementInput & { studioId: number }) {
      return db.tx(async (sql) => {
        const studio = await findStudioRef(sql, input.studioId);
        if (!studio) throw innovationErrors.studioNotFound(input.studioId);
        return createIn(sql, actor, studio, input);
      });
    },

    /** The demo's way in: an achievement of a studio, in the caller's transaction. */
    createHostedAchievement: (sql: Sql, actor: Actor, host: StudioRef, input: AchievementInput) =>
      createIn(sql, actor, host, input),

    async updateAchievement(actor: Actor, id: number, input: AchievementInput) {
      try {
        return await db.tx(async (sql) => {
          const before = await getAchievementInScope(sql, actor, id, 'innovation.write', true);
          const row = toWrite(input, before.industry);
          const awards = await checkTeamAndAwards(sql, actor, input);
          const previous = await detailOf(sql, id);
          await updateAchievementRow(sql, id, row);
          await replaceAwards(sql, id, awards);
          await writeFacts(
            sql,
            actor,
            id,
            before,
            input.team,
            previous.team.map((t) => t.personId),
          );
          const updated = await detailOf(sql, id);
          await recordAudit(sql, actor, {
            action: 'achievement.update',
            entity: 'achievement',
            entityId: id,
            orgId: before.orgId,
            before: previous,
            after: updated,
          });
          return updated;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw innovationErrors.patentTaken(input.patent?.number ?? '');
        throw e;
      }
    },

    /** Puts the achievement in the public catalogue, counted on `on` (default today). */
    publishAchievement: (actor: Actor, id: number, on?: string | null) =>
      db.tx((sql) => publishIn(sql, actor, id, on, clock())),
    publishWithin: (sql: Sql, actor: Actor, id: number, on?: string | null) =>
      publishIn(sql, actor, id, on, clock()),

    /** Takes the achievement out of the catalogue; its publication no longer counts. */
    async unpublishAchievement(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const before = await getAchievementInScope(sql, actor, id, 'innovation.write', true);
        if (!before.publishedAt) throw innovationErrors.notPublished();
        await setPublished(sql, id, null);
        await countChange(sql, before, (await findAchievement(sql, id)) as AchievementRow);
        await recordAudit(sql, actor, {
          action: 'achievement.unpublish',
          entity: 'achievement',
          entityId: id,
          orgId: before.orgId,
        });
        return detailOf(sql, id);
      });
    },

    /** Records a conversion (成果转化); the achievement's stage becomes 已转化. */
    addConversion: (actor: Actor, id: number, c: ConversionInput) =>
      db.tx((sql) => convertIn(sql, actor, id, c, clock())),
    addConversionWithin: (sql: Sql, actor: Actor, id: number, c: ConversionInput) =>
      convertIn(sql, actor, id, c, clock()),
  };
}

export type AchievementsService = ReturnType<typeof createAchievementsService>;
