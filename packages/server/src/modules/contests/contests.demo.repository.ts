import type { Sql } from '../../db/db.ts';

/** SQL the contests demo needs beyond contests.repository.ts. */

export interface Entrant {
  personId: number;
  orgId: number;
}

/**
 * Active members under `path` but not under `exceptPath`, with their union, union by union. Reads people's
 * `persons` and `memberships`.
 */
export async function listMembersOutside(sql: Sql, path: string, exceptPath: string): Promise<Entrant[]> {
  const { rows } = await sql.query<Entrant>(
    `select p.id as "personId", m.org_id as "orgId" from persons p
       join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where o.path like $1 || '%' and o.path not like $2 || '%'
      order by m.org_id, p.id`,
    [path, exceptPath],
  );
  return rows;
}
