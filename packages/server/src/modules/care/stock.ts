import type { Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { careErrors } from './care.errors.ts';

/**
 * A campaign's goods in stock (docs/adr/0024): receipts add to `received`, deliveries to `delivered`, and a
 * delivery is one guarded update that refuses to pass `received`, so stock never goes below zero, also when
 * deliveries run at once.
 */

export interface ReceiveGoodsInput {
  campaignId: number;
  item: string;
  unit: string;
  quantity: number;
  /** The value of what is received, when known (a donation in kind carries one). */
  valueFen: number | null;
  /** Where the goods come from ('donation:12', 'purchase:3'); each source is received once. */
  source: string;
  /** The day they came in (a donation's day); today when absent. */
  receivedOn?: string;
}

function checkReceipt(input: ReceiveGoodsInput) {
  if (!input.item.trim()) throw careErrors.invalid('item', '请填写物资名称', 'Name the goods');
  if (!input.unit.trim()) throw careErrors.invalid('unit', '请填写计量单位', 'Name the unit');
  if (!Number.isSafeInteger(input.quantity) || input.quantity <= 0)
    throw careErrors.invalid('quantity', '数量须为正整数', 'The quantity must be a positive whole number');
  if (input.valueFen !== null && (!Number.isSafeInteger(input.valueFen) || input.valueFen < 0))
    throw careErrors.invalid(
      'valueFen',
      '价值须为非负整数（分）',
      'The value must be a whole number of fen, 0 or more',
    );
  if (!input.source.trim())
    throw careErrors.invalid('source', '请注明物资来源', 'Name where the goods come from');
}

/**
 * Receives goods into a campaign's stock, in the caller's transaction. Idempotent per `source`: a source
 * already received returns its stock row and changes nothing.
 */
export async function receiveGoods(sql: Sql, input: ReceiveGoodsInput): Promise<{ stockId: number }> {
  checkReceipt(input);
  const done = await sql.query<{ stockId: number }>(
    `select stock_id as "stockId" from care_stock_moves where source = $1`,
    [input.source],
  );
  if (done.rows[0]) return done.rows[0];
  const campaign = await sql.query<{ orgId: number }>(
    `select org_id as "orgId" from care_campaigns where id = $1`,
    [input.campaignId],
  );
  if (!campaign.rows[0]) throw careErrors.campaignNotFound();
  const item = input.item.trim();
  const unit = input.unit.trim();
  await sql.query(
    `insert into care_stock (campaign_id, item, unit) values ($1, $2, $3)
     on conflict (campaign_id, item, unit) do nothing`,
    [input.campaignId, item, unit],
  );
  const { rows } = await sql.query<{ id: number }>(
    `select id from care_stock where campaign_id = $1 and item = $2 and unit = $3`,
    [input.campaignId, item, unit],
  );
  const stockId = rows[0].id;
  const moved = await sql.query<{ id: number }>(
    `insert into care_stock_moves (stock_id, org_id, kind, quantity, value_fen, source, moved_on)
     values ($1, $2, 'receipt', $3, $4, $5, $6) on conflict (source) do nothing returning id`,
    [
      stockId,
      campaign.rows[0].orgId,
      input.quantity,
      input.valueFen,
      input.source,
      input.receivedOn ?? todayInChina(),
    ],
  );
  if (!moved.rows[0]) {
    // Received at the same moment by another transaction: that receipt stands.
    const again = await sql.query<{ stockId: number }>(
      `select stock_id as "stockId" from care_stock_moves where source = $1`,
      [input.source],
    );
    return again.rows[0];
  }
  await sql.query(
    `update care_stock set received = received + $2, value_fen = value_fen + $3 where id = $1`,
    [stockId, input.quantity, input.valueFen ?? 0],
  );
  return { stockId };
}

export interface Delivery {
  stockId: number;
  quantity: number;
}

/**
 * Takes goods out of a campaign's stock for a visit, in the caller's transaction: one guarded update per
 * line, refused (and the whole visit with it) when the stock left is short.
 */
export async function deliverGoods(
  sql: Sql,
  visit: { id: number; campaignId: number; orgId: number; visitedOn: string },
  goods: Delivery[],
): Promise<void> {
  for (const [index, line] of goods.entries()) {
    const { rows } = await sql.query<{ id: number }>(
      `update care_stock set delivered = delivered + $3
        where id = $1 and campaign_id = $2 and received - delivered >= $3 returning id`,
      [line.stockId, visit.campaignId, line.quantity],
    );
    if (!rows[0]) {
      const left = await sql.query<{ item: string; unit: string; left: number }>(
        `select item, unit, (received - delivered)::float8 as left from care_stock where id = $1 and campaign_id = $2`,
        [line.stockId, visit.campaignId],
      );
      const s = left.rows[0];
      if (!s) throw careErrors.stockNotFound(index);
      throw careErrors.stockShort(index, s.item, s.unit, Number(s.left));
    }
    await sql.query(
      `insert into care_stock_moves (stock_id, org_id, kind, quantity, visit_id, moved_on)
       values ($1, $2, 'delivery', $3, $4, $5)`,
      [line.stockId, visit.orgId, line.quantity, visit.id, visit.visitedOn],
    );
  }
}
