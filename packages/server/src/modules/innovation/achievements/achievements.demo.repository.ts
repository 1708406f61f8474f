import type { Sql } from '../../../db/db.ts';
import type { StudioRef } from './achievements.repository.ts';

/** The SQL of the achievements demo (achievements.demo.ts). */

/**
 * The active studios under a district; when the studios demo has made none (it runs first when present), one
 * grassroots-level studio per grassroots union of the district hosts the achievements. These add no studio
 * counts: the studios module counts the levels it decides.
 */
export async function hostsUnder(sql: Sql, path: string): Promise<StudioRef[]> {
  const find = () =>
    sql.query<StudioRef>(
      `select s.id, s.name, s.org_id as "orgId", o.name as "unionName", o.path as "orgPath", s.industry
         from innovation_studios s join orgs o on o.id = s.org_id
        where o.path like $1 and s.status = 'active' order by s.id`,
      [`${path}%`],
    );
  const { rows } = await find();
  if (rows.length) return rows;
  await sql.query(
    `insert into innovation_studios (org_id, name, level, founded_on, description)
     select o.id, regexp_replace(o.name, '工会.*$', '') || '职工创新工作室', 'grassroots', date '2019-05-01',
            '职工创新工作室，开展技术革新、技能攻关和成果转化。'
       from orgs o where o.path like $1 and o.level = 4 order by o.path`,
    [`${path}%`],
  );
  return (await find()).rows;
}

/** The person leading a studio, if any. */
export async function findStudioLeader(sql: Sql, studioId: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number | null }>(
    'select leader_person_id as id from innovation_studios where id = $1',
    [studioId],
  );
  return rows[0]?.id ?? undefined;
}

export async function membersUnder(sql: Sql, path: string): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select m.person_id as id from memberships m join orgs o on o.id = m.org_id
      where o.path like $1 and m.status = 'active' order by m.person_id limit 200`,
    [`${path}%`],
  );
  return rows.map((r) => r.id);
}

/** The path of the union of that name. */
export async function findOrgPathByName(sql: Sql, name: string): Promise<string | undefined> {
  const { rows } = await sql.query<{ path: string }>('select path from orgs where name = $1', [name]);
  return rows[0]?.path;
}
