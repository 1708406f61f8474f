import type { Sql } from '../../db/db.ts';

export interface PersonVisit {
  id: number;
  personId: number;
  visitedOn: string;
  campaign: string | null;
  /** What was given, as read: '棉马甲 1件、米面油 1份'. */
  goods: string;
  grantFen: number;
}

/** The visits to these people, oldest first, for their hardship files. */
export async function visitsOfPersons(sql: Sql, personIds: number[]): Promise<PersonVisit[]> {
  if (!personIds.length) return [];
  const { rows } = await sql.query<PersonVisit>(
    `select v.id, v.person_id as "personId", to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
            c.title as campaign, v.grant_fen::float8 as "grantFen",
            coalesce((select string_agg(s.item || ' ' || m.quantity || s.unit, '、' order by m.id)
               from care_stock_moves m join care_stock s on s.id = m.stock_id where m.visit_id = v.id), '') as goods
       from care_visits v left join care_campaigns c on c.id = v.campaign_id
      where v.person_id = any($1::bigint[]) order by v.visited_on, v.id`,
    [personIds],
  );
  return rows;
}
