import type { Sql } from '../../db/db.ts';
import { careErrors } from './care.errors.ts';
import {
  addDelivered,
  addReceived,
  ensureStockRow,
  findCampaignOrgId,
  findStockLeft,
  findStockMoveBySource,
  insertDeliveryMove,
  insertReceiptMove,
} from './stock.repository.ts';

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
  /** The day they came in (a donation's day, the day a clerk enters them). */
  receivedOn: string;
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
  const done = await findStockMoveBySource(sql, input.source);
  if (done) return done;
  const orgId = await findCampaignOrgId(sql, input.campaignId);
  if (orgId === undefined) throw careErrors.campaignNotFound();
  const stockId = await ensureStockRow(sql, input.campaignId, input.item.trim(), input.unit.trim());
  const moved = await insertReceiptMove(sql, {
    stockId,
    orgId,
    quantity: input.quantity,
    valueFen: input.valueFen,
    source: input.source,
    movedOn: input.receivedOn,
  });
  if (!moved) {
    // Received at the same moment by another transaction: that receipt stands.
    return (await findStockMoveBySource(sql, input.source)) as { stockId: number };
  }
  await addReceived(sql, stockId, input.quantity, input.valueFen ?? 0);
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
    if (!(await addDelivered(sql, line.stockId, visit.campaignId, line.quantity))) {
      const s = await findStockLeft(sql, line.stockId, visit.campaignId);
      if (!s) throw careErrors.stockNotFound(index);
      throw careErrors.stockShort(index, s.item, s.unit, Number(s.left));
    }
    await insertDeliveryMove(sql, {
      stockId: line.stockId,
      orgId: visit.orgId,
      quantity: line.quantity,
      visitId: visit.id,
      movedOn: visit.visitedOn,
    });
  }
}
