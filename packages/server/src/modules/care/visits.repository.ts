import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { RecipientKind } from './care.types.ts';

export interface GoodsLine {
  item: string;
  unit: string;
  quantity: number;
}

export interface VisitRow {
  id: number;
  campaignId: number | null;
  campaign: string | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  recipientKind: RecipientKind;
  personId: number | null;
  recipient: string;
  people: number;
  visitedOn: string;
  visitors: string;
  note: string | null;
  goods: GoodsLine[];
  grantFen: number;
  grantApplicationId: number | null;
  confirmedAt: string | null;
  confirmedHow: 'recipient' | 'receipt' | null;
  /** The moment the visit was entered (a past visit is entered after its day). */
  createdAt: string;
}

const VISIT_COLUMNS = `v.id, v.campaign_id as "campaignId", c.title as campaign, v.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", v.recipient_kind as "recipientKind", v.person_id as "personId",
  coalesce(p.name, v.unit_name) as recipient, v.people, to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
  v.visitors, v.note, v.grant_fen::float8 as "grantFen", v.grant_application_id as "grantApplicationId",
  to_char(v.confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "confirmedAt",
  v.confirmed_how as "confirmedHow", v.created_at as "createdAt",
  coalesce((select json_agg(json_build_object('item', s.item, 'unit', s.unit, 'quantity', m.quantity) order by m.id)
     from care_stock_moves m join care_stock s on s.id = m.stock_id where m.visit_id = v.id), '[]') as goods`;

const VISIT_FROM = `from care_visits v join orgs o on o.id = v.org_id
  left join care_campaigns c on c.id = v.campaign_id left join persons p on p.id = v.person_id`;

export async function findVisit(sql: Sql, id: number): Promise<VisitRow | undefined> {
  const { rows } = await sql.query<VisitRow>(`select ${VISIT_COLUMNS} ${VISIT_FROM} where v.id = $1`, [id]);
  return rows[0];
}

export async function listVisitRows(
  sql: Sql,
  subtree: Subtree,
  q: { campaignId?: number; personIds?: number[]; page?: number; pageSize?: number },
): Promise<{ items: VisitRow[]; total: number }> {
  const params: unknown[] = [];
  const where = [subtreeCondition(subtree, 'o.path', params)];
  if (q.campaignId !== undefined) {
    params.push(q.campaignId);
    where.push(`v.campaign_id = $${params.length}`);
  }
  if (q.personIds) {
    params.push(q.personIds);
    where.push(`v.person_id = any($${params.length}::bigint[])`);
  }
  const total = await sql.query<{ n: number }>(
    `select count(*)::int as n ${VISIT_FROM} where ${where.join(' and ')}`,
    params,
  );
  const pageSize = q.pageSize ?? 20;
  const offset = ((q.page ?? 1) - 1) * pageSize;
  const { rows } = await sql.query<VisitRow>(
    `select ${VISIT_COLUMNS} ${VISIT_FROM} where ${where.join(' and ')}
      order by v.visited_on desc, v.id desc limit ${pageSize} offset ${offset}`,
    params,
  );
  return { items: rows, total: total.rows[0].n };
}

/** The person's name when they are an active member of a union in the subtree `path`. */
export async function memberIn(sql: Sql, personId: number, path: string): Promise<string | undefined> {
  const { rows } = await sql.query<{ name: string }>(
    `select p.name from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where p.id = $1 and starts_with(o.path, $2) limit 1`,
    [personId, path],
  );
  return rows[0]?.name;
}

export const presentVisit = ({ orgPath: _p, grantApplicationId: _g, ...v }: VisitRow) => v;

/** The first and last day a campaign's visits were made (null when it has none). */
export async function findVisitSpan(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{ first: string | null; last: string | null }>(
    `select to_char(min(visited_on), 'YYYY-MM-DD') as first, to_char(max(visited_on), 'YYYY-MM-DD') as last
       from care_visits where campaign_id = $1`,
    [campaignId],
  );
  return rows[0];
}
