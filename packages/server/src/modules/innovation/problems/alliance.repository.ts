import type { Sql } from '../../../db/db.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import type { StudioBrief } from './alliance.types.ts';

/** The SQL of the studio alliance (`innovation_alliance_members`) and of the studios as problems read them. */

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

/** Active studios whose union matches `where` (over `params`), each with whether it is in the alliance. */
export async function listStudiosWhere(sql: Sql, where: string, params: unknown[]): Promise<StudioBrief[]> {
  const { rows } = await sql.query<StudioBrief>(
    `select ${STUDIO_COLUMNS} from ${STUDIO_FROM}
      where s.status = 'active' and ${where} order by o.path, s.name`,
    params,
  );
  return rows;
}

/** The alliance's active studios, of one industry when given; no personal data. */
export async function listAllianceStudios(sql: Sql, industry: string | undefined) {
  const params: unknown[] = [];
  let where = `s.status = 'active'`;
  if (industry) {
    params.push(industry);
    where += ` and s.industry = $${params.length}`;
  }
  const { rows } = await sql.query<{
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
  return rows;
}

export async function insertAllianceMember(
  sql: Sql,
  studioId: number,
  joinedOn: string,
  joinedBy: number | null,
): Promise<void> {
  await sql.query(
    'insert into innovation_alliance_members (studio_id, joined_on, joined_by) values ($1, $2, $3)',
    [studioId, joinedOn, joinedBy],
  );
}

/** The day the studio joined the alliance (its current spell), and the day it last left (a spell before). */
export async function findAllianceDays(
  sql: Sql,
  studioId: number,
): Promise<{ joinedOn: string | null; lastLeftOn: string | null }> {
  const { rows } = await sql.query<{ joinedOn: string | null; lastLeftOn: string | null }>(
    `select (select joined_on from innovation_alliance_members where studio_id = $1) as "joinedOn",
            (select max(left_on) from innovation_alliance_spells where studio_id = $1) as "lastLeftOn"`,
    [studioId],
  );
  return rows[0] ?? { joinedOn: null, lastLeftOn: null };
}

/** The studio leaves on `leftOn`: its spell is kept (joined on, left on), its membership removed. */
export async function deleteAllianceMember(
  sql: Sql,
  studioId: number,
  leftOn: string,
  leftBy: number | null,
): Promise<void> {
  await sql.query(
    `insert into innovation_alliance_spells (studio_id, joined_on, left_on, left_by)
     select studio_id, joined_on, $2, $3 from innovation_alliance_members where studio_id = $1`,
    [studioId, leftOn, leftBy],
  );
  await sql.query('delete from innovation_alliance_members where studio_id = $1', [studioId]);
}
