/**
 * A union's desk cards for requests (待办) open the list kept to the requests the union itself handles: a district
 * union's card counts its own requests to accept and answer, and the list it opens shows exactly those rows, not
 * the requests of the unions below it (which their own staff accept).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { fixedClock } from '../../../test/clock.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;

beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock() });
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  const firm = await t.ctx.newOrg(district, 'grassroots');
  const person = await t.ctx.newPerson(firm);
  // one request handled by the district itself, two by the firm below it; all waiting to be accepted
  for (const org of [district, firm, firm]) {
    await t.db.query(
      `insert into cases (org_id, filed_org_id, channel, category, description, anonymous, person_id,
                          filed_on, ack_due, answer_due, due_set_on, counted_from, entered_on)
       values ($1, $1, 'app', 'wages', '欠薪', false, $2, '2020-06-01', '2020-06-03', '2020-06-15', '2020-06-01',
               '2020-06-01', '2020-06-01')`,
      [org.id, person.id],
    );
  }
  staff = await t.signInAs('staff', district);
});
afterAll(async () => t?.close());

const got = async (url: string) => {
  const res = await t.call({ method: 'GET', url, cookie: staff });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe("a union's desk card for requests to accept", () => {
  it('counts the rows of the list it opens: the union’s own, not its subtree’s', async () => {
    const card = (await got('/api/todo')).items.find(
      (i: { module: string; kind: string }) => i.module === 'cases' && i.kind === 'accept',
    );
    expect(card).toMatchObject({ count: 1, href: '/cases?status=submitted&mine=1' });
    // the page reads its address's filters into the list's question (mine=1 → mine=true)
    expect((await got('/api/cases?status=submitted&mine=true')).total).toBe(card.count);
    // without it the list is the subtree's: the firm's two as well
    expect((await got('/api/cases?status=submitted')).total).toBe(3);
  });
});
