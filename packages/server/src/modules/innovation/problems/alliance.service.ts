import { type Actor, requireAccess, requireRecordAccess, subtreeCondition } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { recordAudit } from '../../audit/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import {
  deleteAllianceMember,
  findAllianceDays,
  findStudios,
  insertAllianceMember,
  listAllianceStudios,
  listStudiosWhere,
} from './alliance.repository.ts';
import type { StudioBrief } from './alliance.types.ts';

export type { StudioBrief } from './alliance.types.ts';

/**
 * The studio alliance (联盟): studios join it across districts and industries; only its members claim
 * front-line problems and are suggested for them.
 */

const STUDIO = { zh: '工作室', en: 'Studio' };

/** The studio, which must lie in the actor's subtree for `permission`; `lock` holds its row to the end. */
export async function getStudioInScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'innovation.read' | 'innovation.write',
  lock = false,
): Promise<StudioBrief> {
  const [studio] = await findStudios(sql, [id], lock);
  return requireRecordAccess(actor, permission, studio, STUDIO, { id });
}

export function createAllianceService(db: Db, clock: Clock) {
  return {
    /**
     * The studios of the actor's subtree, each with whether it is in the alliance (to join, to act for): all of
     * them (a city holds hundreds, a federation a few thousand), paged by the page; none left out unsaid.
     */
    async listOwnStudios(actor: Actor) {
      requireAccess(actor, 'innovation.read');
      const params: unknown[] = [];
      const items = await listStudiosWhere(db, subtreeCondition(actor, 'o.path', params), params);
      return { items };
    },

    /** The alliance across districts: every studio anyone may invite into a joint team; no personal data. */
    async listAlliance(actor: Actor, q: { industry?: string }) {
      requireAccess(actor, 'innovation.read');
      return { items: await listAllianceStudios(db, q.industry) };
    },

    /** The studio joins on `joinedOn` (ADR 40; default today), not before the day it last left. */
    async joinAlliance(actor: Actor, studioId: number, joinedOn?: string) {
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write', true);
        if (studio.status !== 'active') throw problemErrors.studioInactive(studio.name);
        if (studio.inAlliance) throw problemErrors.alreadyInAlliance();
        const { lastLeftOn } = await findAllianceDays(sql, studioId);
        const when = effectiveDay(
          actor,
          joinedOn,
          { zh: '加入联盟', en: 'joining' },
          [{ day: lastLeftOn, name: { zh: '上次退出联盟日期', en: 'day it last left the alliance' } }],
          { field: 'joinedOn', now: clock() },
        );
        await insertAllianceMember(sql, studioId, when.day, actor.userId || null);
        await recordAudit(sql, actor, {
          action: 'alliance.join',
          entity: 'studio',
          entityId: studioId,
          orgId: studio.orgId,
          after: { joinedAllianceOn: when.day, ...(when.backdated ? { effectiveOn: when.day } : {}) },
        });
        return { ...studio, inAlliance: true };
      });
    },

    /** The studio leaves on `effectiveOn` (ADR 40; default today), not before it joined; its spell is kept. */
    async leaveAlliance(actor: Actor, studioId: number, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write', true);
        const { joinedOn } = await findAllianceDays(sql, studioId);
        const when = effectiveDay(
          actor,
          effectiveOn,
          { zh: '退出联盟', en: 'leaving' },
          [{ day: joinedOn, name: { zh: '加入联盟日期', en: 'day it joined the alliance' } }],
          { now: clock() },
        );
        await deleteAllianceMember(sql, studioId, when.day, actor.userId || null);
        await recordAudit(sql, actor, {
          action: 'alliance.leave',
          entity: 'studio',
          entityId: studioId,
          orgId: studio.orgId,
          after: { leftAllianceOn: when.day, ...(when.backdated ? { effectiveOn: when.day } : {}) },
        });
        return { ...studio, inAlliance: false };
      });
    },
  };
}

export type AllianceService = ReturnType<typeof createAllianceService>;
