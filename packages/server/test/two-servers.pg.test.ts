/**
 * Two server processes on one PostgreSQL behave as one (issue 44, ADR 0080): the real (built) server is
 * started twice on two ports; flash claims and activity sign-ups are fired at both at once and their counts are
 * exact; both run their periodic rounds every second and each counselling reminder is sent once; a session made
 * by one is honoured by the other.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createActivitiesService } from '../src/modules/activities/index.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { fixedClock } from './clock.ts';
import { idNo } from './member-import.ts';
import {
  createTestDatabase,
  inParallel,
  type ServerProcess,
  type TestDatabase,
  until,
} from './server-process.ts';
import {
  admin,
  expectEachReminderOnce,
  expectExactFlashClaim,
  seedBookings,
  seedDistrict,
  startTwoServers,
} from './two-servers.scenarios.ts';
import { seedManagerSession, seedWorkerSessions } from './worker-sessions.ts';

const WORKERS = 240;
const STOCK = 40;
const PLACES = 30;
const BOOKINGS = 25;

let database: TestDatabase;
let db: Db;
let servers: ServerProcess[] = [];
const salt = randomBytes(12).toString('base64url');
let workers: { userId: number; personId: number }[] = [];
let districtId = 0;

/** Workers with sessions of known tokens (`<salt>.<userId>`), set-based as the benchmarks seed them. */
async function seedWorkers(n: number) {
  const { district, union } = await seedDistrict(db, '双机测试');
  districtId = district.id;
  return seedWorkerSessions(db, { count: n, salt, unionIds: [union.id], prefix: 'two' });
}

const cookie = (w: { userId: number }) => `gonghui_session=${salt}.${w.userId}`;

async function post(base: string, path: string, w: { userId: number }) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie: cookie(w) } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  database = await createTestDatabase('gh_two');
  db = await openPostgres(database.url, 5);
  await migrateAll(db);
  workers = await seedWorkers(WORKERS);
  await seedBookings(db, districtId, workers.slice(0, BOOKINGS));
  servers = await startTwoServers({ DATABASE_URL: database.url });
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.close();
  await database?.drop();
});

describe('two server processes on one PostgreSQL', () => {
  it('grant exactly the stock of a flash claim fired at both', async () => {
    // every worker claims once, alternately at the two servers; some twice, at the other server
    await expectExactFlashClaim(db, {
      servers,
      districtId,
      workers,
      cookie,
      name: '双机话剧票',
      stock: STOCK,
      again: 20,
      parallel: 32,
    });
  });

  it('give exactly the places of an activity signed up for at both', async () => {
    const { id } = await createActivitiesService(db, fixedClock()).create(admin, {
      orgId: districtId,
      title: '双机测试观影',
      kind: 'show',
      place: '区工人文化宫',
      places: PLACES,
      signupFrom: '2026-06-15',
      signupUntil: '2099-12-30',
      sessions: [{ startsAt: '2099-12-31T19:00:00+08:00', endsAt: '2099-12-31T21:00:00+08:00' }],
    });
    const tasks = workers.map(
      (w, i) => () => post(servers[i % 2].base, `/api/me/activities/${id}/signup`, w),
    );
    const answers = await inParallel(tasks, 32);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.body.status === 'confirmed').length).toBe(PLACES);
    const { rows } = await db.query<{ confirmed: number; people: number; taken: number }>(
      `select count(*) filter (where status = 'confirmed') as confirmed, count(distinct person_id) as people,
              (select taken from activities where id = $1) as taken
         from activity_signups where activity_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ confirmed: PLACES, people: WORKERS, taken: PLACES });
  });

  it('send each reminder once while both run their rounds every second', async () => {
    // at least three rounds started in each process (ran, or skipped while the other held the round)
    await expectEachReminderOnce(db, servers, BOOKINGS, 3);
    const left = await db.query<{ n: number }>(
      'select count(*) as n from counselling_bookings where reminded_at is null',
    );
    expect(left.rows[0].n).toBe(0);
  });

  it('honour at one server the sign-out made at the other (sessions are shared)', async () => {
    const w = workers[WORKERS - 1];
    const me = (s: ServerProcess) => fetch(`${s.base}/api/auth/me`, { headers: { cookie: cookie(w) } });
    expect((await me(servers[1])).status).toBe(200);
    const out = await fetch(`${servers[0].base}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie: cookie(w) },
    });
    expect(out.status).toBe(200);
    // the other process may trust its session cache for SESSION_CACHE_SECONDS (5 s by default), no longer
    await until(
      async () => (await me(servers[1])).status === 401,
      10,
      'the sign-out to reach the other server',
    );
  });

  it('a server told to stop (SIGTERM) finishes the job it runs, then exits cleanly', async () => {
    const clerk = {
      userId: await seedManagerSession(db, {
        username: 'two-clerk',
        displayName: '导入员',
        orgId: districtId,
        salt,
      }),
    };
    const rowsOfSheet = Array.from({ length: 3000 }, (_, i) => [
      `导入${i}`,
      idNo(i % 1000, 1960 + Math.floor(i / 1000)),
      '双机测试企业工会',
      '2020-01-01',
    ]);
    const sheet = writeWorkbook([
      { name: 's', headers: ['姓名', '身份证号', '所在工会', '入会日期'], rows: rowsOfSheet },
    ]);
    const form = new FormData();
    form.append('file', new Blob([sheet]), 'members.xlsx');
    const before = await db.query<{ n: number }>('select count(*) as n from persons');
    const started = await fetch(`${servers[0].base}/api/imports/members`, {
      method: 'POST',
      headers: { cookie: cookie(clerk) },
      body: form,
    });
    expect(started.status).toBe(200);
    const { jobId } = (await started.json()) as { jobId: number };
    const exit = await servers[0].stop('SIGTERM');
    expect(exit, servers[0].output().slice(-2000)).toBe(0);
    expect(servers[0].output()).toMatch(/SIGTERM: stopping…[\s\S]*stopped/);
    const job = await db.query<{ status: string }>('select status from jobs where id = $1', [jobId]);
    expect(job.rows[0].status).toBe('succeeded');
    const after = await db.query<{ n: number }>('select count(*) as n from persons');
    expect(after.rows[0].n - before.rows[0].n).toBe(3000);
    // the other server goes on serving
    expect((await fetch(`${servers[1].base}/readyz`)).status).toBe(200);
  });
});
