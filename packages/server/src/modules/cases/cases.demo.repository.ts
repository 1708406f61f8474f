import type { Sql } from '../../db/db.ts';

/**
 * Up to `limit` persons with an active membership in the subtree of `path`, other than `exceptPersonId`, by id.
 * Reads people's `memberships` (to move behind people's index when table ownership is settled).
 */
export async function listDemoMembers(
  sql: Sql,
  path: string,
  exceptPersonId: number,
  limit: number,
): Promise<{ personId: number }[]> {
  const { rows } = await sql.query<{ personId: number }>(
    `select m.person_id as "personId" from memberships m join orgs o on o.id = m.org_id
      where m.status = 'active' and o.path like $1 and m.person_id <> $2
      order by m.person_id limit $3`,
    [`${path}%`, exceptPersonId, limit],
  );
  return rows;
}
