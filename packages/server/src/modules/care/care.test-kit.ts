import { fixedClock, TEST_NOW } from '../../../test/clock.ts';
import { createTestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import type { OrgRow } from '../org/index.ts';
import { seedPrograms } from '../programs/index.ts';
import { createCareServices } from './index.ts';

/**
 * A small world for care tests: a federation owning the seed programs (the visit grant among them), a
 * district, a town running campaigns and a grassroots union under it, and another district outside; the care
 * services on `clock` (TEST_NOW unless given).
 */
export async function createCareWorld(db: Db, clock: Clock = fixedClock()) {
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  await db.tx((sql) =>
    seedPrograms(sql, new Map([['北京市总工会', root]]), null, { activity: false, now: TEST_NOW }),
  );
  const district = await ctx.newOrg(root, 'district');
  const town = await ctx.newOrg(district, 'town');
  const grass = await ctx.newOrg(town, 'grassroots');
  const other = await ctx.newOrg(root, 'district');
  const care = createCareServices(db, clock);
  const staff = ctx.actorsAs('staff');
  return {
    db,
    ctx,
    care,
    root,
    district,
    town,
    grass,
    other,
    staff,
    reviewer: ctx.actorsAs('reviewer'),
    /** A campaign of the town over 2021's winter with apples and vests in stock. */
    async newCampaign(org: OrgRow = town) {
      const c = await care.campaigns.createCampaign(staff(org), {
        orgId: org.id,
        title: `冬季送温暖${ctx.unique()}`,
        startsOn: '2021-12-01',
        endsOn: '2022-01-31',
        budgetFen: 10_000_000,
        steps: [{ kind: 'visits', title: '走访慰问困难职工', budgetFen: 5_000_000 }],
      });
      const receive = (item: string, unit: string, quantity: number) =>
        care.campaigns.receiveStock(staff(org), c.id, {
          item,
          unit,
          quantity,
          valueFen: quantity * 100,
          requestId: `req-${ctx.unique()}`,
        });
      const apples = await receive('苹果', '斤', 1000);
      const vests = await receive('棉马甲', '件', 5);
      return { campaign: c, apples, vests };
    },
  };
}

export type CareWorld = Awaited<ReturnType<typeof createCareWorld>>;
