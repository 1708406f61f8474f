import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';

/** The stock row a source's receipt went to, when that source was received. */
export async function findStockMoveBySource(
  sql: Sql,
  source: string,
): Promise<{ stockId: number } | undefined> {
  const { rows } = await sql.query<{ stockId: number }>(
    `select stock_id as "stockId" from care_stock_moves where source = $1`,
    [source],
  );
  return rows[0];
}

/** Whether goods from this source were received already. */
export async function hasStockMove(sql: Sql, source: string): Promise<boolean> {
  const { rows } = await sql.query(`select 1 from care_stock_moves where source = $1`, [source]);
  return rows.length > 0;
}

/** The union running the campaign, when it exists. */
export async function findCampaignOrgId(sql: Sql, campaignId: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ orgId: number }>(
    `select org_id as "orgId" from care_campaigns where id = $1`,
    [campaignId],
  );
  return rows[0]?.orgId;
}

/** The campaign's stock row of this item and unit, created empty when it has none; its id. */
export async function ensureStockRow(
  sql: Sql,
  campaignId: number,
  item: string,
  unit: string,
): Promise<number> {
  await sql.query(
    `insert into care_stock (campaign_id, item, unit) values ($1, $2, $3)
     on conflict (campaign_id, item, unit) do nothing`,
    [campaignId, item, unit],
  );
  const { rows } = await sql.query<{ id: number }>(
    `select id from care_stock where campaign_id = $1 and item = $2 and unit = $3`,
    [campaignId, item, unit],
  );
  return rows[0].id;
}

/** Records a receipt once per source; false when the source was received already (the receipt not written). */
export async function insertReceiptMove(
  sql: Sql,
  m: {
    stockId: number;
    orgId: number;
    quantity: number;
    valueFen: number | null;
    source: string;
    movedOn: string;
  },
): Promise<boolean> {
  const id = await insertRowUnlessTaken(
    sql,
    'care_stock_moves',
    'stock_id, org_id, kind, quantity, value_fen, source, moved_on',
    { ...m, kind: 'receipt' },
    '(source)',
  );
  return id !== undefined;
}

export async function addReceived(
  sql: Sql,
  stockId: number,
  quantity: number,
  valueFen: number,
): Promise<void> {
  await sql.query(
    `update care_stock set received = received + $2, value_fen = value_fen + $3 where id = $1`,
    [stockId, quantity, valueFen],
  );
}

/** Adds to what was delivered unless the stock left is short (one guarded update); whether it was added. */
export async function addDelivered(
  sql: Sql,
  stockId: number,
  campaignId: number,
  quantity: number,
): Promise<boolean> {
  const { rows } = await sql.query<{ id: number }>(
    `update care_stock set delivered = delivered + $3
      where id = $1 and campaign_id = $2 and received - delivered >= $3 returning id`,
    [stockId, campaignId, quantity],
  );
  return rows.length > 0;
}

/** What is left of a stock row of the campaign, when it has that row. */
export async function findStockLeft(
  sql: Sql,
  stockId: number,
  campaignId: number,
): Promise<{ item: string; unit: string; left: number } | undefined> {
  const { rows } = await sql.query<{ item: string; unit: string; left: number }>(
    `select item, unit, (received - delivered)::float8 as left from care_stock where id = $1 and campaign_id = $2`,
    [stockId, campaignId],
  );
  return rows[0];
}

export async function insertDeliveryMove(
  sql: Sql,
  m: { stockId: number; orgId: number; quantity: number; visitId: number; movedOn: string },
): Promise<void> {
  await sql.query(
    `insert into care_stock_moves (stock_id, org_id, kind, quantity, visit_id, moved_on)
     values ($1, $2, 'delivery', $3, $4, $5)`,
    [m.stockId, m.orgId, m.quantity, m.visitId, m.movedOn],
  );
}
