import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { buildApp } from '../../../http/app.ts';
import type { App } from '../../../http/types.ts';
import { createProgram, publishProgram } from '../program-admin.service.ts';
import { flashClaimProgram } from '../programs.test-kit.ts';

let db: Db;
let ctx: TestContext;
let app: App;
let programId: number;
let workerCookie: Record<string, string>;
let staffCookie: Record<string, string>;

async function login(user: { username: string; password: string }) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
  });
  return { gonghui_session: res.cookies.find((c) => c.name === 'gonghui_session')?.value as string };
}

beforeAll(async () => {
  // The app's services (the claims service among them) decide by a clock inside the claim window.
  ({ db, ctx } = await openTestContext({ clock: fixedClock() }));
  app = await buildApp({ db, services: ctx.services });
  const root = await ctx.newRoot();
  const district = await ctx.newOrg(root, 'district');
  const union = await ctx.newOrg(district, 'grassroots');
  const staff = ctx.actor('staff', district);
  const p = await createProgram(db, staff, flashClaimProgram({ name: '苹果（每人一箱）', quota: 2 }));
  await publishProgram(db, staff, p.id);
  programId = p.id;
  const person = await ctx.newPerson(union);
  workerCookie = await login(await ctx.newUser('worker', null, person.id));
  staffCookie = await login(await ctx.newUser('staff', district));
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('claims API', () => {
  it('claims on the phone and shows the result at once', async () => {
    const first = await app.inject({
      method: 'POST',
      url: `/api/claims/${programId}`,
      cookies: workerCookie,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ result: 'granted', left: 1, message: { zh: '抢领成功' } });
    const again = await app.inject({
      method: 'POST',
      url: `/api/claims/${programId}`,
      cookies: workerCookie,
    });
    expect(again.json()).toMatchObject({ result: 'already_claimed', left: 1 });
    const mine = await app.inject({ url: '/api/me/claims', cookies: workerCookie });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ programId, state: 'open', stock: 2, left: 1, myResult: 'granted' }),
    ]);
    expect(mine.json().total).toBe(1);
  });

  it('gives staff the figures and refuses what a role may not do', async () => {
    const stats = await app.inject({ url: `/api/claims/${programId}/stats`, cookies: staffCookie });
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({ stock: 2, granted: 1, left: 1, lottery: false, draw: null });
    const draw = await app.inject({
      method: 'POST',
      url: `/api/claims/${programId}/draw`,
      cookies: staffCookie,
    });
    expect(draw.statusCode).toBe(400);
    expect(draw.json().error.code).toBe('CLAIM_NOT_LOTTERY');
    expect(
      (await app.inject({ url: `/api/claims/${programId}/stats`, cookies: workerCookie })).statusCode,
    ).toBe(403);
    expect(
      (await app.inject({ method: 'POST', url: `/api/claims/${programId}`, cookies: staffCookie }))
        .statusCode,
    ).toBe(403);
    const missing = await app.inject({ method: 'POST', url: '/api/claims/999999999', cookies: workerCookie });
    expect(missing.statusCode).toBe(404);
    const bad = await app.inject({ method: 'POST', url: '/api/claims/abc', cookies: workerCookie });
    expect(bad.statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: `/api/claims/${programId}` })).statusCode).toBe(401);
  });

  it('shows the winner a pickup code that staff redeem once, and refuses bad codes', async () => {
    const mine = (await app.inject({ url: '/api/me/claims', cookies: workerCookie })).json();
    const applicationId = mine.items[0].applicationId;
    const shown = await app.inject({ url: `/api/me/claims/pickup/${applicationId}`, cookies: workerCookie });
    expect(shown.statusCode).toBe(200);
    const { code } = shown.json();
    const redeem = (body: unknown, cookies = staffCookie) =>
      app.inject({ method: 'POST', url: '/api/claims/pickup/redeem', cookies, payload: body as object });
    expect((await redeem({ code }, workerCookie)).statusCode).toBe(403);
    expect((await redeem({ code: '12ab5678' })).statusCode).toBe(400);
    expect((await redeem({ code: '1234567' })).statusCode).toBe(400);
    expect((await redeem({ code, extra: 1 })).statusCode).toBe(400);
    const first = await redeem({ code });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ applicationId });
    const second = await redeem({ code });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('PICKUP_ALREADY_REDEEMED');
    const missing = await app.inject({ url: '/api/me/claims/pickup/999999999', cookies: workerCookie });
    expect(missing.statusCode).toBe(404);
  });
});
