import { type Actor, offeredCondition, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { addRow, insertRow } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { readPage } from '../../shared/paged.ts';
import type { StepKind } from './care.vocabulary.ts';

export interface CampaignRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  title: string;
  startsOn: string;
  endsOn: string;
  budgetFen: number;
  note: string | null;
  visits: number;
}

const CAMPAIGN_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.title,
  to_char(c.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(c.ends_on, 'YYYY-MM-DD') as "endsOn",
  c.budget_fen::float8 as "budgetFen", c.note,
  (select count(*) from care_visits v where v.campaign_id = c.id)::int as visits`;

const campaignRows = selectFrom<CampaignRow>(
  `${CAMPAIGN_COLUMNS} from care_campaigns c join orgs o on o.id = c.org_id`,
);

export const findCampaign = (sql: Sql, id: number) => campaignRows.one(sql, 'c.id = $1', [id]);

/** Corrects a campaign's title, period, budget and note (an edit while it is open; ADR 60). */
export async function updateCampaignFacts(
  sql: Sql,
  id: number,
  c: Pick<CampaignRow, 'title' | 'startsOn' | 'endsOn' | 'budgetFen' | 'note'>,
) {
  await sql.query(
    'update care_campaigns set title = $2, starts_on = $3, ends_on = $4, budget_fen = $5, note = $6 where id = $1',
    [id, c.title, c.startsOn, c.endsOn, c.budgetFen, c.note],
  );
}

export interface NewCampaign {
  orgId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  budgetFen: number;
  note: string | null;
  createdBy: number | null;
}

/** Inserts a campaign; its id. */
export async function insertCampaign(sql: Sql, c: NewCampaign): Promise<number> {
  return insertRow(
    sql,
    'care_campaigns',
    'org_id, title, starts_on, ends_on, budget_fen, note, created_by',
    c,
  );
}

export async function insertCampaignStep(
  sql: Sql,
  campaignId: number,
  step: { kind: StepKind; title: string; budgetFen: number; position: number },
): Promise<void> {
  await addRow(sql, 'care_steps', 'campaign_id, kind, title, budget_fen, position', { ...step, campaignId });
}

/**
 * One page of the campaigns the actor sees — its subtree's and those of the unions above that its union takes
 * part in — optionally only a union's subtree's and those running in a year; latest first, with the count.
 */
export async function listCampaignRows(
  sql: Sql,
  f: { actor: Actor; union?: { path: string }; year?: number; page: number; pageSize: number },
): Promise<{ items: CampaignRow[]; total: number }> {
  const params: unknown[] = [];
  const where = [offeredCondition(f.actor, 'o.path', params)];
  if (f.union) where.push(subtreeCondition(f.union, 'o.path', params));
  if (f.year !== undefined) {
    params.push(f.year);
    where.push(
      `extract(year from c.starts_on) <= $${params.length} and extract(year from c.ends_on) >= $${params.length}`,
    );
  }
  const from = 'care_campaigns c join orgs o on o.id = c.org_id';
  const orderBy = 'c.starts_on desc, c.id desc';
  return readPage<CampaignRow>(sql, { columns: CAMPAIGN_COLUMNS, from, where, params, orderBy }, f);
}

/** The campaign's steps in their order. */
export async function listCampaignSteps(
  sql: Sql,
  campaignId: number,
): Promise<{ id: number; kind: StepKind; title: string; budgetFen: number }[]> {
  const { rows } = await sql.query<{ id: number; kind: StepKind; title: string; budgetFen: number }>(
    `select id, kind, title, budget_fen::float8 as "budgetFen" from care_steps
      where campaign_id = $1 order by position`,
    [campaignId],
  );
  return rows;
}

/** The campaign's goods: received, delivered and left, in the order first received. */
export async function listCampaignStock(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{
    id: number;
    item: string;
    unit: string;
    received: number;
    delivered: number;
    left: number;
    valueFen: number;
  }>(
    `select id, item, unit, received::float8 as received, delivered::float8 as delivered,
            (received - delivered)::float8 as left, value_fen::float8 as "valueFen"
       from care_stock where campaign_id = $1 order by id`,
    [campaignId],
  );
  return rows;
}
