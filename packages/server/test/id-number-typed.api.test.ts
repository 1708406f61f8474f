import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from './api.ts';

/**
 * An ID number as a clerk or a worker types it — in groups with spaces, in full-width digits, with a lower-case x —
 * is read as the number wherever a route takes one (issue 41): the member form and worker activation.
 */

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** A valid number ending in X, and how one might type it: "１１０１１３ 19900101 123x". */
function typedNumber() {
  for (;;) {
    const n = t.ctx.newIdNumber();
    if (n.endsWith('X'))
      return { number: n, typed: `${FULL_WIDTH(n.slice(0, 6))} ${n.slice(6, 14)} ${n.slice(14, 17)}x` };
  }
}

describe('an ID number typed with spaces, full-width digits or a lower-case x', () => {
  it('registers a member from the member form, the same person as the number written plainly', async () => {
    const union = await t.ctx.newOrg(await t.ctx.newOrg(await t.ctx.newRoot(), 'district'), 'grassroots');
    const cookie = await t.signInAs('staff', union);
    const { number, typed } = typedNumber();
    const res = await t.call({
      method: 'POST',
      url: '/api/members',
      cookie,
      body: { name: '空格号', idNumber: typed, orgId: union.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().idMasked).toBe(`${number.slice(0, 6)}********${number.slice(14)}`);
    const again = await t.call({
      method: 'POST',
      url: '/api/members',
      cookie,
      body: { name: '空格号', idNumber: number, orgId: union.id },
    });
    expect(again.json().error.code).toBe('PERSON_EXISTS');
  });

  it('activates a worker’s account: the member is found and sent the code', async () => {
    const union = await t.ctx.newOrg(await t.ctx.newOrg(await t.ctx.newRoot(), 'district'), 'grassroots');
    const { number, typed } = typedNumber();
    const phone = t.ctx.newPhone();
    await t.ctx.newPerson(union, { idNumber: number, phone, name: '周空格' });
    const res = await t.call({
      method: 'POST',
      url: '/api/activation/start',
      body: { name: '周空格', idNumber: typed, phone },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.db.query<{ text: string }>('select text from outbox where recipient = $1', [
      phone,
    ]);
    expect(rows[0]?.text).toMatch(/\d{6}/);
  });

  it('takes a join request with the number typed so', async () => {
    const union = await t.ctx.newOrg(await t.ctx.newOrg(await t.ctx.newRoot(), 'district'), 'grassroots');
    const res = await t.call({
      method: 'POST',
      url: '/api/join-requests',
      body: { orgId: union.id, name: '入会空格', idNumber: typedNumber().typed, phone: t.ctx.newPhone() },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});
