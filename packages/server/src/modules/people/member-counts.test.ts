import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';

describe('per-union member counts', () => {
  let db: Db;
  let t: TestContext;
  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
  });
  afterAll(() => db.close());

  async function assertCountsMatch() {
    const { rows } = await db.query<{ orgId: number; kept: number; actual: number }>(
      `select o.id as "orgId", coalesce(c.active, 0) as kept,
              (select count(*) from memberships m where m.org_id = o.id and m.status = 'active') as actual
         from orgs o left join org_member_counts c on c.org_id = o.id`,
    );
    for (const r of rows) expect(r.kept, `org ${r.orgId}`).toBe(r.actual);
  }

  it('follow creations, transfers and deletions, and give the list its total', async () => {
    const root = await t.newRoot();
    const district = await t.newOrg(root, 'district');
    const a = await t.newOrg(district, 'grassroots');
    const b = await t.newOrg(district, 'grassroots');
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await t.newPerson(a, { isFrontLine: i < 2 }));
    await t.newPerson(b);
    await assertCountsMatch();

    const staff = t.actor('staff', district);
    await t.services.people.transferMember(staff, people[0].id, b.id, TEST_TODAY);
    await assertCountsMatch();

    const all = await t.services.people.listMembers(staff, { pageSize: 2 });
    expect(all.total).toBe(6);
    expect(all.items.map((p) => p.id)).toEqual([...all.items.map((p) => p.id)].sort((x, y) => x - y));
    const inA = await t.services.people.listMembers(staff, { orgId: a.id, pageSize: 10 });
    expect(inA.total).toBe(4);
    expect(inA.items).toHaveLength(4);
    const frontLine = await t.services.people.listMembers(staff, { isFrontLine: true });
    expect(frontLine.total).toBe(2);

    await db.query('delete from memberships where person_id = $1', [people[1].id]);
    await assertCountsMatch();
    expect((await t.services.people.listMembers(staff, { orgId: a.id })).total).toBe(3);
  });
});
