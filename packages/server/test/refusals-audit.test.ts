import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUSALS_RECORDED_PER_MINUTE } from '../src/http/refusal-tally.ts';
import { createTestApp } from './api.ts';
import { movableClock } from './clock.ts';

/** A signed-in caller refused in a loop cannot fill the audit log: one by one up to a bound a minute, then counted. */
const clock = movableClock();
let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await t.signInAs('admin', null);
});
afterAll(async () => {
  await t?.close();
});

const refusalRows = async () =>
  (
    await t.db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where action = 'access.denied' order by id`,
    )
  ).rows.map((r) => r.after);

describe('refusals in the audit log', () => {
  it('records the first refusals of a minute one by one, counts the rest and says how many on the next row', async () => {
    const before = (await refusalRows()).length;
    const extra = 7;
    for (let i = 0; i < REFUSALS_RECORDED_PER_MINUTE + extra; i++)
      expect((await t.call({ method: 'GET', url: '/api/audit', cookie: admin })).statusCode).toBe(403);
    const minute = (await refusalRows()).slice(before);
    expect(minute).toHaveLength(REFUSALS_RECORDED_PER_MINUTE);
    expect(minute.at(-1)).toMatchObject({
      request: 'GET /api/audit',
      refusalsPerMinute: REFUSALS_RECORDED_PER_MINUTE,
    });
    expect(minute.slice(0, -1).every((r) => !('refusalsUnrecorded' in r))).toBe(true);

    clock.advance(60_000);
    expect((await t.call({ method: 'GET', url: '/api/audit', cookie: admin })).statusCode).toBe(403);
    expect((await refusalRows()).at(-1)).toEqual({
      request: 'GET /api/audit',
      refusal: 'PERMISSION_DENIED',
      permission: 'audit.read',
      refusalsUnrecorded: extra,
    });
  });

  it('writes the count on a row of its own when no refusal follows, as the server stops', async () => {
    clock.advance(60_000);
    for (let i = 0; i < REFUSALS_RECORDED_PER_MINUTE + 4; i++)
      expect((await t.call({ method: 'GET', url: '/api/audit', cookie: admin })).statusCode).toBe(403);
    const before = (await refusalRows()).length;
    await t.app.close();
    const rows = await t.db.query<{ after: Record<string, unknown>; username: string }>(
      `select after, username from audit_log where action = 'access.denied' order by id`,
    );
    expect(rows.rows.slice(before).map((r) => r.after)).toEqual([{ refusalsUnrecorded: 4 }]);
    expect(rows.rows.at(-1)?.username).toBeTruthy();
  });
});
