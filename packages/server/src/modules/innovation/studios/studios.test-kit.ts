import { TEST_NOW } from '../../../../test/clock.ts';
import { createTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { seedPrograms } from '../../programs/index.ts';

/**
 * A small world for studio tests: a federation owning the seed programs (the studio subsidies among them),
 * two districts each with a town and a grassroots union (the first, 昌平, owning its studio support program),
 * staff and reviewers at each.
 */
export async function createStudiosWorld(db: Db) {
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  const changping = await ctx.newOrg(root, 'district', `昌平测试区总工会${ctx.unique()}`);
  await db.tx((sql) =>
    seedPrograms(
      sql,
      new Map([
        ['北京市总工会', root],
        ['昌平区总工会', changping],
      ]),
      null,
      { activity: false, now: TEST_NOW },
    ),
  );
  const town = await ctx.newOrg(changping, 'town');
  const grass = await ctx.newOrg(town, 'grassroots');
  const shunyi = await ctx.newOrg(root, 'district', `顺义测试区总工会${ctx.unique()}`);
  const yangzhen = await ctx.newOrg(shunyi, 'town');
  const yzGrass = await ctx.newOrg(yangzhen, 'grassroots');
  return {
    ctx,
    root,
    changping,
    town,
    grass,
    shunyi,
    yangzhen,
    yzGrass,
    staff: ctx.actorsAs('staff'),
    reviewer: ctx.actorsAs('reviewer'),
    admin: ctx.actor('admin', null),
    person: (org: OrgRow, attrs: Parameters<typeof ctx.newPerson>[1] = {}) => ctx.newPerson(org, attrs),
  };
}

export type StudiosWorld = Awaited<ReturnType<typeof createStudiosWorld>>;

export { appError } from '../../../../test/factories.ts';

/** A federation owning the seed programs (the studio subsidies among them), and 昌平's district under it. */
export async function seededChangping(ctx: TestContext, db: Db) {
  const root = await ctx.newRoot();
  await db.tx((sql) =>
    seedPrograms(sql, new Map([['北京市总工会', root]]), null, { activity: false, now: TEST_NOW }),
  );
  const district = await ctx.newOrg(root, 'district', `昌平测试区总工会${ctx.unique()}`);
  return { root, district };
}
