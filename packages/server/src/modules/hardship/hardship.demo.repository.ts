import type { Sql } from '../../db/db.ts';

/** SQL the hardship demo needs beyond hardship.repository.ts. */

/**
 * Up to `limit` active members under `path`, not among `skip`, by id. Reads people's `persons` and `memberships`.
 */
export async function listMembersUnder(sql: Sql, path: string, skip: number[], limit: number) {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `select p.id, p.name from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id
      where o.path like $1 || '%' and not (p.id = any($2::bigint[])) order by p.id limit $3`,
    [path, skip, limit],
  );
  return rows;
}
