import type { Sql } from '../../db/db.ts';
import type { StudioLevel } from './innovation.vocabulary.ts';

/** The SQL of the alliance demo (alliance.demo.ts). */

/**
 * Active members of a union's subtree (the host first, then its parent's subtree), in id order; not model
 * workers of city level or above, whose studios the studios demo counts to the seed's 202.
 */
export async function membersNear(sql: Sql, orgId: number, n: number, not: number[]): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `with host as (select path, parent_id from orgs where id = $1),
          near as (select coalesce((select path from orgs where id = (select parent_id from host)),
                                   (select path from host)) as path)
     select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where o.path like (select path from near) || '%' and p.id <> all($3::bigint[])
        and (p.model_worker_level is null or p.model_worker_level = 'district')
        and not exists (select 1 from users u where u.person_id = p.id)
      order by (o.path like (select path from host) || '%') desc, p.id limit $2`,
    [orgId, n, not],
  );
  return rows.map((r) => r.id);
}

/** The union of that name. */
export async function findOrgIdByName(sql: Sql, name: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from orgs where name = $1', [name]);
  return rows[0]?.id;
}

export async function findStudioByName(
  sql: Sql,
  name: string,
): Promise<{ id: number; orgId: number } | undefined> {
  const { rows } = await sql.query<{ id: number; orgId: number }>(
    `select id, org_id as "orgId" from innovation_studios where name = $1`,
    [name],
  );
  return rows[0];
}

/** A demo studio founded 2016-05-01 at its level since 2021-06-01, with that level and its leader as a member. */
export async function insertDemoStudio(
  sql: Sql,
  s: {
    orgId: number;
    name: string;
    employer: string;
    industry: string;
    leaderPersonId: number | null;
    level: StudioLevel;
    description: string;
  },
): Promise<{ id: number; orgId: number }> {
  const { rows } = await sql.query<{ id: number; orgId: number }>(
    `insert into innovation_studios (org_id, name, employer, field, industry, leader_person_id, founded_on, level,
       level_since, description)
     values ($1, $2, $3, $4, $4, $5, '2016-05-01', $6, '2021-06-01', $7) returning id, org_id as "orgId"`,
    [s.orgId, s.name, s.employer, s.industry, s.leaderPersonId, s.level, s.description],
  );
  await sql.query(
    `insert into innovation_studio_levels (studio_id, level, from_on, reason) values ($1, $2, '2021-06-01', '演示数据')`,
    [rows[0].id, s.level],
  );
  if (s.leaderPersonId) {
    await sql.query(
      `insert into innovation_studio_members (studio_id, person_id, role, joined_on) values ($1, $2, 'leader', '2016-05-01')`,
      [rows[0].id, s.leaderPersonId],
    );
  }
  return rows[0];
}

export async function findStudioLeader(sql: Sql, studioId: number): Promise<number | null | undefined> {
  const { rows } = await sql.query<{ leader: number | null }>(
    'select leader_person_id as leader from innovation_studios where id = $1',
    [studioId],
  );
  return rows[0]?.leader;
}
