import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { SEARCH_COUNT_AHEAD } from '../src/modules/people/people.list.repository.ts';
import { openTestContext, type TestContext } from './factories.ts';

let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

/**
 * `count` people named `prefix` + a four-digit number from `from`, each an active member of `orgId`; numbered in
 * reverse of their ids, so that the name order is not the id order.
 */
async function bulkMembers(orgId: number, prefix: string, from: number, count: number) {
  await db.query(
    `with made as (
       insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
       select $2 || lpad((2 * $3::int + $4::int - 1 - g)::text, 4, '0'), 'bulk-' || $2 || g, 'v1.test', '110105********000' || (g % 10),
              date '1990-01-01', 'female'
         from generate_series($3::int, $3::int + $4::int - 1) g
       returning id)
     insert into memberships (person_id, org_id, joined_on) select id, $1, date '2015-01-01' from made`,
    [orgId, prefix, from, count],
  );
}

describe('searching by a short text that matches more people than are counted', () => {
  it('counts up to the limit past the page, says the total is a lower bound, and counts on as the user pages', async () => {
    const root = await ctx.newRoot();
    const a = await ctx.newOrg(root, 'district');
    const b = await ctx.newOrg(root, 'district');
    const ga = await ctx.newOrg(a, 'grassroots');
    const gb = await ctx.newOrg(b, 'grassroots');
    const mine = SEARCH_COUNT_AHEAD + 50;
    await bulkMembers(ga.id, '上限', 0, mine);
    await bulkMembers(gb.id, '上限', mine, 30);
    const staff = ctx.actor('staff', a);
    const search = (page: number) =>
      ctx.services.people.listMembers(staff, { q: '上限', page, pageSize: 20 });

    const first = await search(1);
    expect([first.total, first.totalIsLowerBound]).toEqual([SEARCH_COUNT_AHEAD, true]);
    expect(first.items.map((x) => x.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `上限${String(i).padStart(4, '0')}`),
    );
    expect(first.items.every((x) => x.orgId === ga.id)).toBe(true);

    const last = SEARCH_COUNT_AHEAD / 20;
    const deep = await search(last + 1);
    expect([deep.total, deep.totalIsLowerBound]).toEqual([mine, false]);
    expect(deep.items.map((x) => x.name)[0]).toBe(`上限${String(SEARCH_COUNT_AHEAD).padStart(4, '0')}`);
    expect((await search(last + 3)).items.map((x) => x.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `上限${String(SEARCH_COUNT_AHEAD + 40 + i).padStart(4, '0')}`),
    );

    const theirs = await ctx.services.people.listMembers(ctx.actor('staff', b), { q: '上限' });
    expect([theirs.total, theirs.totalIsLowerBound, theirs.items.length]).toEqual([30, false, 20]);
    expect(theirs.items.every((x) => x.orgId === gb.id)).toBe(true);
  });

  it('keeps the exact total for a text that matches few, and for lists without a text', async () => {
    const root = await ctx.newRoot();
    const g = await ctx.newOrg(root, 'grassroots');
    await bulkMembers(g.id, '少数', 0, 3);
    const staff = ctx.actor('staff', root);
    const few = await ctx.services.people.listMembers(staff, { q: '少数' });
    expect([few.total, few.totalIsLowerBound, few.items.length]).toEqual([3, false, 3]);
    const all = await ctx.services.people.listMembers(staff, { orgId: g.id, female: true });
    expect([all.total, all.totalIsLowerBound]).toEqual([3, false]);
  });
});
