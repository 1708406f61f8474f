/**
 * DATABASE_READ_URL (issue 44, ADR 0080): a primary and a streaming replica on this machine (pg_basebackup -R,
 * scripts/pg-temp.mjs); a statistics page is read from the replica, and the page that has just written reads its
 * own write. The replica's replay is paused to tell the two apart: what it serves then is visibly behind.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempPostgres, startTempReplica } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { type RoutedDb, withReplica } from '../src/db/replica.ts';
import { migrateAll } from '../src/db/schema.ts';
import { buildApp } from '../src/http/app.ts';
import { LSN_COOKIE } from '../src/http/read-replica.ts';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import { fixedClock } from './clock.ts';
import { createTestContext } from './factories.ts';
import { pauseReplay, replicaCaughtUp, resumeReplay, showActivity } from './replica-kit.ts';
import { until } from './server-process.ts';

type Server = Awaited<ReturnType<typeof startTempPostgres>>;
let primary: Server;
let replica: Server;
let db: RoutedDb;
let app: Awaited<ReturnType<typeof buildApp>>;
let session = '';
let orgId = 0;

const cookieOf = (res: LightMyRequestResponse, name: string) =>
  res.cookies.find((c) => c.name === name)?.value as string;

const stats = (lsn?: string) =>
  app.inject({
    method: 'GET',
    url: `/api/activities/stats?orgId=${orgId}&from=2026-01-01&to=2026-12-31`,
    cookies: { [SESSION_COOKIE]: session, ...(lsn ? { [LSN_COOKIE]: lsn } : {}) },
  });

beforeAll(async () => {
  primary = await startTempPostgres({ maxConnections: 60 });
  replica = await startTempReplica(primary, { maxConnections: 60 });
  db = withReplica(await openPostgres(primary.url, 5), await openPostgres(replica.url, 5));
  await migrateAll(db);
  const ctx = createTestContext(db as Db, { clock: fixedClock() });
  const root = await ctx.newRoot();
  const union = await ctx.newOrg(root);
  orgId = union.id;
  const user = await ctx.newUser('manager', union);
  app = await buildApp({ db, services: ctx.services });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
  });
  expect(login.statusCode, login.body).toBe(200);
  session = cookieOf(login, SESSION_COOKIE);
  await until(() => replicaCaughtUp(db, db.replica), 30, 'the replica to replay the set-up');
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  await replica?.stop();
  await primary?.stop();
});

describe('a streaming replica behind DATABASE_READ_URL', () => {
  it('serves the statistics pages, and a page that has just written reads its own write', async () => {
    const before = await stats();
    expect(before.statusCode, before.body).toBe(200);
    expect(before.headers['x-gonghui-read']).toBe('replica');
    expect(before.json().total.activities).toBe(0);

    // the replica stops replaying: from now on what it serves is behind the primary
    await pauseReplay(db, db.replica);
    const created = await app.inject({
      method: 'POST',
      url: '/api/activities',
      cookies: { [SESSION_COOKIE]: session },
      payload: showActivity(orgId, '职工观影'),
    });
    expect(created.statusCode, created.body).toBe(200);
    const lsn = cookieOf(created, LSN_COOKIE);
    expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

    // another caller (no cookie) reads the replica, which has not seen the new activity
    const stale = await stats();
    expect([stale.headers['x-gonghui-read'], stale.json().total.activities]).toEqual(['replica', 0]);
    // the writer reads its own write: the replica has not replayed its position, so the primary answers
    const own = await stats(lsn);
    expect([own.headers['x-gonghui-read'], own.json().total.activities]).toEqual(['primary', 1]);

    await resumeReplay(db, db.replica);
    const caught = await stats(lsn);
    expect([caught.headers['x-gonghui-read'], caught.json().total.activities]).toEqual(['replica', 1]);
  });

  it('sends only the statistics pages and exports there, never a write', async () => {
    const list = await app.inject({
      method: 'GET',
      url: '/api/activities',
      cookies: { [SESSION_COOKIE]: session },
    });
    expect(list.statusCode).toBe(200);
    expect(list.headers['x-gonghui-read']).toBeUndefined();
    const routes = app.declaredRoutes.map((r) => `${r.method} ${r.url}`);
    expect(routes).toContain('GET /api/activities/stats.xlsx');
  });
});
