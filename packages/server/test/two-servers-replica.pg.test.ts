/**
 * Two server processes on a primary with a streaming replica behind DATABASE_READ_URL (issue 44, ADR 0080): the real
 * built server twice, both given the replica. A flash claim fired at both stays exact, each reminder is sent
 * once while both run their rounds, a statistics page reads the replica, and a page that has just written — at
 * either server — reads its own write. Small numbers: seconds, not minutes.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempPostgres, startTempReplica } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { LSN_COOKIE } from '../src/http/read-replica.ts';
import { pauseReplay, replicaCaughtUp, resumeReplay, showActivity } from './replica-kit.ts';
import { type ServerProcess, until } from './server-process.ts';
import {
  expectEachReminderOnce,
  expectExactFlashClaim,
  seedBookings,
  seedDistrict,
  startTwoServers,
} from './two-servers.scenarios.ts';
import { seedManagerSession, seedWorkerSessions } from './worker-sessions.ts';

const WORKERS = 60;
const STOCK = 15;
const BOOKINGS = 8;

type Server = Awaited<ReturnType<typeof startTempPostgres>>;
let primary: Server;
let replica: Server;
let db: Db;
let standby: Db;
let servers: ServerProcess[] = [];
const salt = randomBytes(12).toString('base64url');
let workers: { userId: number; personId: number }[] = [];
let districtId = 0;
let clerkId = 0;

async function seed() {
  const { district, union } = await seedDistrict(db, '主备测试');
  districtId = district.id;
  workers = await seedWorkerSessions(db, { count: WORKERS, salt, unionIds: [union.id], prefix: 'rep' });
  // the district's manager, who writes an activity and reads the statistics
  clerkId = await seedManagerSession(db, {
    username: 'rep-clerk',
    displayName: '统计员',
    orgId: districtId,
    salt,
  });
  await seedBookings(db, districtId, workers.slice(0, BOOKINGS));
}

const cookie = (userId: number, lsn?: string) =>
  `gonghui_session=${salt}.${userId}${lsn ? `; ${LSN_COOKIE}=${lsn}` : ''}`;

const stats = async (s: ServerProcess, lsn?: string) => {
  const res = await fetch(
    `${s.base}/api/activities/stats?orgId=${districtId}&from=2026-01-01&to=2026-12-31`,
    {
      headers: { cookie: cookie(clerkId, lsn) },
    },
  );
  const body = (await res.json()) as { total: { activities: number } };
  return { status: res.status, read: res.headers.get('x-gonghui-read'), activities: body.total?.activities };
};

beforeAll(async () => {
  primary = await startTempPostgres({ maxConnections: 80 });
  replica = await startTempReplica(primary, { maxConnections: 80 });
  db = await openPostgres(primary.url, 5);
  standby = await openPostgres(replica.url, 2);
  await migrateAll(db);
  await seed();
  await until(() => replicaCaughtUp(db, standby), 30, 'the replica to replay the set-up');
  servers = await startTwoServers({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url });
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await standby?.close();
  await db?.close();
  await replica?.stop();
  await primary?.stop();
});

describe('two server processes on a primary with a streaming replica', () => {
  it('grant exactly the stock of a flash claim fired at both', async () => {
    await expectExactFlashClaim(db, {
      servers,
      districtId,
      workers,
      cookie: (w) => cookie(w.userId),
      name: '主备话剧票',
      stock: STOCK,
      again: 10,
      parallel: 16,
    });
  });

  it('send each reminder once while both run their rounds every second', async () => {
    await expectEachReminderOnce(db, servers, BOOKINGS, 2);
  });

  it('read the statistics from the replica, and the writer’s own write at either server', async () => {
    for (const s of servers) expect(await stats(s)).toEqual({ status: 200, read: 'replica', activities: 0 });
    // the replica stops replaying: from now on what it serves is visibly behind the primary
    await pauseReplay(db, standby);
    const created = await fetch(`${servers[0].base}/api/activities`, {
      method: 'POST',
      headers: { cookie: cookie(clerkId), 'content-type': 'application/json' },
      body: JSON.stringify(showActivity(districtId, '主备测试观影')),
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const lsn = /gonghui_lsn=([^;]+)/.exec(created.headers.get('set-cookie') ?? '')?.[1];
    // sent back as the browser would, encoded as it came
    expect(decodeURIComponent(lsn ?? '')).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    // another caller reads the replica, behind; the writer reads its own write at either server (the primary answers)
    expect(await stats(servers[1])).toEqual({ status: 200, read: 'replica', activities: 0 });
    for (const s of servers)
      expect(await stats(s, lsn)).toEqual({ status: 200, read: 'primary', activities: 1 });
    await resumeReplay(db, standby);
    // a read the replica cancels while it replays what queued up during the pause is answered by the primary (ADR
    // 80): each server turns back to the replica once it has caught up, and the replica then shows the write
    for (const s of servers) {
      await until(
        async () => (await stats(s, lsn)).read === 'replica',
        30,
        'the server to read the replica again',
      );
      expect(await stats(s, lsn)).toEqual({ status: 200, read: 'replica', activities: 1 });
    }
  });
});
