import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';

/** Inserts a demo campaign (no note, no author); its id. */
export async function insertDemoCampaign(
  sql: Sql,
  c: { orgId: number; title: string; startsOn: string; endsOn: string; budgetFen: number },
): Promise<number> {
  return insertRow(sql, 'care_campaigns', 'org_id, title, starts_on, ends_on, budget_fen', c);
}

/**
 * Up to `limit` persons with an active membership in the subtree of `path`, by id, with their union.
 * Reads people's `persons` and `memberships` (to move behind people's index when table ownership is settled).
 */
export async function listDemoMembers(
  sql: Sql,
  path: string,
  limit: number,
): Promise<{ id: number; orgId: number }[]> {
  const { rows } = await sql.query<{ id: number; orgId: number }>(
    `select p.id, m.org_id as "orgId" from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where starts_with(o.path, $1) order by p.id limit $2`,
    [path, limit],
  );
  return rows;
}
