import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { getHardshipStats } from './hardship.stats.ts';

let db: Db;
let ctx: TestContext;
let district: OrgRow;
let staff: Actor;

/** The oracle: files in force and expired at `on`, straight from the raw rows of the subtree. */
async function countFromRows(path: string, on: string) {
  const { rows } = await db.query<{ level: string; inForce: number; expired: number }>(
    `select f.level,
            count(*) filter (where f.span_from <= $2::date and f.expires_on >= $2::date
                              and (f.closed_on is null or f.closed_on > $2::date))::int as "inForce",
            count(*) filter (where f.status = 'verified' and f.expires_on < $2::date)::int as expired
       from hardship_files f join orgs o on o.id = f.org_id
      where o.path like $1 || '%' and f.span_from is not null group by f.level`,
    [path, on],
  );
  return rows;
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  staff = ctx.actor('staff', district);
});

afterAll(async () => {
  await db?.close();
});

describe('hardship statistics', () => {
  it('agree with the raw rows after verifying, reviewing, expiring and closing', async () => {
    const h = ctx.services.hardship;
    const unions = [await ctx.newOrg(district, 'grassroots'), await ctx.newOrg(district, 'grassroots')];
    const today = TEST_TODAY;
    const year = Number(today.slice(0, 4));
    const plan = [
      { level: 'deep', causes: ['illness'], verified: `${year}-01-10` },
      { level: 'deep', causes: ['illness', 'disability'], verified: `${year - 1}-02-01` },
      { level: 'relative', causes: ['epidemic'], verified: `${year - 2}-05-01`, review: `${year}-01-05` },
      { level: 'accident', causes: ['accident'], verified: `${year - 3}-03-01` },
      { level: 'relative', causes: ['single_parent'], verified: `${year - 1}-09-01`, close: `${year}-01-02` },
      { level: 'relative', causes: ['low_income'] },
    ] as const;
    for (const [i, p] of plan.entries()) {
      const person = await ctx.newPerson(unions[i % 2]);
      const f = await h.createFile(staff, {
        personId: person.id,
        level: p.level,
        causes: [...p.causes],
        members: [],
        effectiveOn: 'verified' in p ? p.verified : null,
      });
      if (!('verified' in p)) continue;
      await h.verifyFile(staff, f.id, { verifiedOn: p.verified });
      if ('review' in p) await h.reviewFile(staff, f.id, { reviewedOn: p.review, level: 'deep' });
      if ('close' in p) await h.closeFile(staff, f.id, { closedOn: p.close, reason: '情况好转' });
    }
    const stats = await getHardshipStats(db, staff, { orgId: district.id, year }, TEST_TODAY);
    const raw = await countFromRows(district.path, stats.asOf);
    for (const level of ['deep', 'relative', 'accident']) {
      const r = raw.find((x) => x.level === level);
      const s = stats.byLevel.find((x) => x.level === level);
      expect([s?.level, s?.inForce, s?.expired]).toEqual([level, r?.inForce ?? 0, r?.expired ?? 0]);
    }
    // One deep file verified this year, one reviewed to deep; last February's deep file lapsed this January.
    expect(stats.byLevel.find((x) => x.level === 'deep')).toMatchObject({
      inForce: 2,
      expired: 1,
      verified: 1,
    });
    expect(stats.byLevel.find((x) => x.level === 'accident')).toMatchObject({ inForce: 0, expired: 1 });
    expect(stats.byCause).toEqual(
      expect.arrayContaining([
        { cause: 'illness', inForce: 1 },
        { cause: 'epidemic', inForce: 1 },
      ]),
    );
    expect(stats.byCause.find((c) => c.cause === 'disability')).toBeUndefined();
    expect(stats.byCause.find((c) => c.cause === 'single_parent')).toBeUndefined();
    // A past year: the epidemic file was still in force at the end of the year before last.
    const past = await getHardshipStats(db, staff, { orgId: district.id, year: year - 2 }, TEST_TODAY);
    expect(past.byLevel.find((x) => x.level === 'relative')).toMatchObject({ inForce: 1, verified: 1 });
  });
});
