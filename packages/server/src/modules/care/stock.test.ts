import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { receiveGoods } from './index.ts';

/** Receipts into a campaign's stock: `receiveGoods`, which other modules call in their own transaction. */
let db: Db;
let ctx: TestContext;
let root: OrgRow;
let campaignId: number;

const stockOf = async (id: number) =>
  (
    await db.query<{ item: string; unit: string; received: number; delivered: number; valueFen: number }>(
      `select item, unit, received, delivered, value_fen as "valueFen" from care_stock where id = $1`,
      [id],
    )
  ).rows[0];

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  root = await ctx.newRoot();
  const { rows } = await db.query<{ id: number }>(
    `insert into care_campaigns (org_id, title, starts_on, ends_on) values ($1, '冬季送温暖', '2021-12-01', '2022-01-31')
     returning id`,
    [root.id],
  );
  campaignId = rows[0].id;
});
afterAll(() => db.close());

describe('receiveGoods', () => {
  it('adds goods to the stock row of their item and unit, once per source', async () => {
    const apples = {
      campaignId,
      item: '苹果',
      unit: '斤',
      valueFen: 50_000,
      source: `donation:${ctx.unique()}`,
      receivedOn: TEST_TODAY,
    };
    const first = await db.tx((sql) => receiveGoods(sql, { ...apples, quantity: 1000 }));
    const again = await db.tx((sql) => receiveGoods(sql, { ...apples, quantity: 1000 }));
    expect(again).toEqual(first);
    const more = await db.tx((sql) =>
      receiveGoods(sql, { ...apples, quantity: 500, valueFen: null, source: `purchase:${ctx.unique()}` }),
    );
    expect(more.stockId).toBe(first.stockId);
    expect(await stockOf(first.stockId)).toEqual({
      item: '苹果',
      unit: '斤',
      received: 1500,
      delivered: 0,
      valueFen: 50_000,
    });
    const vests = await db.tx((sql) =>
      receiveGoods(sql, {
        ...apples,
        item: '棉马甲',
        unit: '件',
        quantity: 20,
        source: `donation:${ctx.unique()}`,
      }),
    );
    expect(vests.stockId).not.toBe(first.stockId);
    const { rows } = await db.query<{ n: number; federationId: number }>(
      `select count(*)::int as n, min(federation_id) as "federationId" from care_stock_moves
        where stock_id = any($1::bigint[])`,
      [[first.stockId, vests.stockId]],
    );
    expect(rows[0]).toEqual({ n: 3, federationId: root.id });
  });

  it('rolls back with the caller and leaves nothing behind', async () => {
    const source = `donation:${ctx.unique()}`;
    await expect(
      db.tx(async (sql) => {
        await receiveGoods(sql, {
          campaignId,
          item: '米面油',
          unit: '份',
          quantity: 10,
          valueFen: 1000,
          source,
          receivedOn: TEST_TODAY,
        });
        throw new Error('the donation failed');
      }),
    ).rejects.toThrow('the donation failed');
    const { rows } = await db.query(`select 1 from care_stock_moves where source = $1`, [source]);
    expect(rows).toHaveLength(0);
  });

  it('refuses bad input naming the field, and an unknown campaign', async () => {
    const ok = {
      campaignId,
      item: '米面油',
      unit: '份',
      quantity: 10,
      valueFen: 1000,
      source: `x:${ctx.unique()}`,
      receivedOn: TEST_TODAY,
    };
    const cases: Array<[Partial<typeof ok>, string]> = [
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: 1.5 }, 'quantity'],
      [{ item: '  ' }, 'item'],
      [{ unit: '' }, 'unit'],
      [{ valueFen: -1 }, 'valueFen'],
      [{ source: '' }, 'source'],
    ];
    for (const [bad, field] of cases)
      await expect(db.tx((sql) => receiveGoods(sql, { ...ok, ...bad }))).rejects.toMatchObject({
        code: 'CARE_INVALID',
        details: { field },
      });
    await expect(db.tx((sql) => receiveGoods(sql, { ...ok, campaignId: 999_999_999 }))).rejects.toMatchObject(
      {
        code: 'CARE_CAMPAIGN_NOT_FOUND',
      },
    );
  });
});

describe('goods received on a past day (issue 42, ADR 40)', () => {
  it('are recorded on the day they came in; a day in the future is refused', async () => {
    const staff = ctx.actor('staff', root);
    const stock = await ctx.services.care.campaigns.receiveStock(staff, campaignId, {
      item: '大米',
      unit: '袋',
      quantity: 20,
      requestId: `past-${ctx.unique()}`,
      receivedOn: '2021-12-05',
    });
    const { rows } = await db.query<{ day: string }>(
      `select moved_on::text as day from care_stock_moves where stock_id = $1 and kind = 'receipt'`,
      [stock.id],
    );
    expect(rows.map((r) => r.day)).toEqual(['2021-12-05']);
    await expect(
      ctx.services.care.campaigns.receiveStock(staff, campaignId, {
        item: '大米',
        unit: '袋',
        quantity: 1,
        requestId: `future-${ctx.unique()}`,
        receivedOn: '2099-01-01',
      }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_IN_FUTURE', details: { field: 'receivedOn' } });
  });
});
