import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';
import { conditions } from '../../../db/select.ts';
import { readPage } from '../../../shared/paged.ts';

/** The SQL of the public catalogue: a published achievement as the public sees it, and contact requests (leads). */

/** A published achievement with its studio, union, region and number of conversions. */
export async function findPublishedAchievement(sql: Sql, id: number) {
  const { rows } = await sql.query(
    `select a.id, a.title, a.type, a.year, a.industry, a.stage, a.abstract, a.body, s.name as studio,
            s.field as "studioField", o.name as "union", r.name as region, a.patent_type as "patentType",
            a.patent_no as "patentNo", a.published_at as "publishedAt",
            (select count(*)::int from innovation_conversions c where c.achievement_id = a.id) as conversions
       from innovation_achievements a join orgs o on o.id = a.org_id
       left join orgs r on r.id = a.region_id left join innovation_studios s on s.id = a.studio_id
      where a.id = $1 and a.published_at is not null`,
    [id],
  );
  return rows[0];
}

/** The union of a published achievement. */
export async function findPublishedAchievementOrg(sql: Sql, id: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ orgId: number }>(
    `select org_id as "orgId" from innovation_achievements where id = $1 and published_at is not null`,
    [id],
  );
  return rows[0]?.orgId;
}

export async function insertLead(
  sql: Sql,
  l: { achievementId: number; orgId: number; organisation: string; contact: string; need: string },
): Promise<number> {
  return insertRow(sql, 'innovation_leads', 'achievement_id, org_id, organisation, contact, need', l);
}

/** A page of the leads reaching the unions of `scope` (of one status if given), newest first, and their total. */
export async function listLeadsPage(
  sql: Sql,
  q: { scope: Subtree; status?: string; page: number; pageSize: number },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.status) add('l.status = ?', q.status);
  const { items, total } = await readPage<Record<string, unknown>>(
    sql,
    {
      columns: `l.id, l.achievement_id as "achievementId", a.title as "achievementTitle", l.org_id as "orgId",
        o.name as "orgName", l.organisation, l.contact, l.need, l.status, l.created_at as "createdAt",
        l.handled_at as "handledAt"`,
      from: `innovation_leads l join orgs o on o.id = l.org_id
        join innovation_achievements a on a.id = l.achievement_id`,
      where,
      params,
      orderBy: 'l.created_at desc, l.id desc',
    },
    q,
  );
  return { total, rows: items };
}

/** The lead's union, its row held to the end of the transaction. */
export async function findLeadForUpdate(
  sql: Sql,
  id: number,
): Promise<{ orgId: number; path: string } | undefined> {
  const { rows } = await sql.query<{ orgId: number; path: string }>(
    `select l.org_id as "orgId", o.path from innovation_leads l join orgs o on o.id = l.org_id
      where l.id = $1 for update of l`,
    [id],
  );
  return rows[0];
}

export async function markLeadHandled(sql: Sql, id: number, by: number | null): Promise<void> {
  await sql.query(
    `update innovation_leads set status = 'handled', handled_by = $2, handled_at = now() where id = $1`,
    [id, by],
  );
}
