import { type Actor, requireAccess, subtreeCondition } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { problemErrors } from '../innovation.errors.ts';

/**
 * The studio alliance (联盟): studios join it across districts and industries; only its members claim
 * front-line problems and are suggested for them.
 */

const STUDIO = { zh: '工作室', en: 'Studio' };

export type StudioLevel = 'grassroots' | 'district' | 'city' | 'city_demonstration' | 'national';

/** What this part of the module reads of a studio. */
export interface StudioBrief {
  id: number;
  name: string;
  orgId: number;
  orgPath: string;
  orgName: string;
  level: StudioLevel;
  status: string;
  field: string | null;
  industry: string | null;
  leaderPersonId: number | null;
  leaderName: string | null;
  inAlliance: boolean;
}

const STUDIO_COLUMNS = `s.id, s.name, s.org_id as "orgId", o.path as "orgPath", o.name as "orgName", s.level,
  s.status, s.field, s.industry, s.leader_person_id as "leaderPersonId", p.name as "leaderName",
  (am.studio_id is not null) as "inAlliance"`;
const STUDIO_FROM = `innovation_studios s join orgs o on o.id = s.org_id
  left join persons p on p.id = s.leader_person_id
  left join innovation_alliance_members am on am.studio_id = s.id`;

export async function findStudios(sql: Sql, ids: number[], lock = false): Promise<StudioBrief[]> {
  const { rows } = await sql.query<StudioBrief>(
    `select ${STUDIO_COLUMNS} from ${STUDIO_FROM} where s.id = any($1::bigint[]) order by s.id
     ${lock ? 'for update of s' : ''}`,
    [ids],
  );
  return rows;
}

/** The studio, which must lie in the actor's subtree for `permission`; `lock` holds its row to the end. */
export async function getStudioInScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'innovation.read' | 'innovation.write',
  lock = false,
): Promise<StudioBrief> {
  const [studio] = await findStudios(sql, [id], lock);
  if (!studio) throw notFound(STUDIO, { id });
  requireAccess(actor, permission, { orgPath: studio.orgPath });
  return studio;
}

export function createAllianceService(db: Db) {
  return {
    /**
     * The studios of the actor's subtree, each with whether it is in the alliance (to join, to act for): all of
     * them (a city holds hundreds, a federation a few thousand), paged by the page; none left out unsaid.
     */
    async listOwnStudios(actor: Actor) {
      requireAccess(actor, 'innovation.read');
      const params: unknown[] = [];
      const { rows } = await db.query<StudioBrief>(
        `select ${STUDIO_COLUMNS} from ${STUDIO_FROM}
          where s.status = 'active' and ${subtreeCondition(actor, 'o.path', params)} order by o.path, s.name`,
        params,
      );
      return { items: rows };
    },

    /** The alliance across districts: every studio anyone may invite into a joint team; no personal data. */
    async listAlliance(actor: Actor, q: { industry?: string }) {
      requireAccess(actor, 'innovation.read');
      const params: unknown[] = [];
      let where = `s.status = 'active'`;
      if (q.industry) {
        params.push(q.industry);
        where += ` and s.industry = $${params.length}`;
      }
      const { rows } = await db.query<{
        id: number;
        name: string;
        unionName: string;
        level: StudioLevel;
        field: string | null;
        industry: string | null;
        joinedOn: string;
      }>(
        `select s.id, s.name, o.name as "unionName", s.level, s.field, s.industry, am.joined_on as "joinedOn"
           from innovation_alliance_members am join innovation_studios s on s.id = am.studio_id
           join orgs o on o.id = s.org_id
          where ${where} order by s.industry nulls last, s.name`,
        params,
      );
      return { items: rows };
    },

    async joinAlliance(actor: Actor, studioId: number) {
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write', true);
        if (studio.status !== 'active') throw problemErrors.studioInactive(studio.name);
        if (studio.inAlliance) throw problemErrors.alreadyInAlliance();
        const joinedOn = todayInChina();
        await sql.query(
          'insert into innovation_alliance_members (studio_id, joined_on, joined_by) values ($1, $2, $3)',
          [studioId, joinedOn, actor.userId || null],
        );
        await recordAudit(sql, actor, {
          action: 'alliance.join',
          entity: 'studio',
          entityId: studioId,
          orgId: studio.orgId,
          after: { joinedAllianceOn: joinedOn },
        });
        return { ...studio, inAlliance: true };
      });
    },

    async leaveAlliance(actor: Actor, studioId: number) {
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, studioId, 'innovation.write', true);
        await sql.query('delete from innovation_alliance_members where studio_id = $1', [studioId]);
        await recordAudit(sql, actor, {
          action: 'alliance.leave',
          entity: 'studio',
          entityId: studioId,
          orgId: studio.orgId,
        });
        return { ...studio, inAlliance: false };
      });
    },
  };
}

export type AllianceService = ReturnType<typeof createAllianceService>;
