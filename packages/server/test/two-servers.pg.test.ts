/**
 * Two server processes on one PostgreSQL behave as one (issue 44, ADR 0080): the real entry (src/main.ts) is
 * started twice on two ports; flash claims and activity sign-ups are fired at both at once and their counts are
 * exact; both run their periodic rounds every second and each counselling reminder is sent once; a session made
 * by one is honoured by the other.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/access/access.ts';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createActivitiesService } from '../src/modules/activities/index.ts';
import { createRootOrg, insertOrg } from '../src/modules/org/index.ts';
import { createProgram, publishProgram } from '../src/modules/programs/index.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { fixedClock } from './clock.ts';
import { idNo } from './member-import.ts';
import {
  createTestDatabase,
  inParallel,
  type ServerProcess,
  startServerProcess,
  type TestDatabase,
  until,
} from './server-process.ts';
import { seedWorkerSessions } from './worker-sessions.ts';

const WORKERS = 240;
const STOCK = 40;
const PLACES = 30;
const BOOKINGS = 25;

const admin: Actor = {
  userId: 0,
  username: 'test',
  displayName: 'test',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
};

let database: TestDatabase;
let db: Db;
let servers: ServerProcess[] = [];
const salt = randomBytes(12).toString('base64url');
let workers: { userId: number; personId: number }[] = [];
let districtId = 0;

/** Workers with sessions of known tokens (`<salt>.<userId>`), set-based as the benchmarks seed them. */
async function seedWorkers(n: number) {
  const union = await db.tx(async (sql) => {
    const fed = await createRootOrg(sql, null, { name: '双机测试市总工会', kind: 'federation' });
    const d = await insertOrg(
      sql,
      { parentId: fed.id, level: 2, kind: 'district', name: '双机测试区总工会' },
      fed.path,
    );
    districtId = d.id;
    return insertOrg(sql, { parentId: d.id, level: 4, kind: 'grassroots', name: '双机测试企业工会' }, d.path);
  });
  return seedWorkerSessions(db, { count: n, salt, unionIds: [union.id], prefix: 'two' });
}

/** Counselling sessions starting in a few hours, booked, not yet reminded (the reminder round's work). */
async function seedBookings(people: { personId: number }[]) {
  const { rows } = await db.query<{ id: number }>(
    `insert into counselling_counsellors (org_id, name, kind, joined_on) values ($1, '双机测试咨询师', 'counsellor', '2020-01-01')
     returning id`,
    [districtId],
  );
  await db.query(
    `with s as (
       insert into counselling_slots (counsellor_id, org_id, starts_at, ends_at, mode, status)
       select $1, $2, now() + interval '3 hours' + make_interval(mins => i), now() + interval '4 hours' + make_interval(mins => i),
              'online', 'booked'
         from generate_series(1, $3::int) as i
       returning id, starts_at)
     insert into counselling_bookings (slot_id, counsellor_id, person_id, org_id, mode, channel, booked_on)
     select s.id, $1, (array_agg_person.ids)[row_number() over (order by s.starts_at)], $2, 'online', 'app', current_date
       from s, (select $4::bigint[] as ids) as array_agg_person`,
    [rows[0].id, districtId, people.length, people.map((p) => p.personId)],
  );
}

const cookie = (w: { userId: number }) => `gonghui_session=${salt}.${w.userId}`;

async function post(base: string, path: string, w: { userId: number }) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie: cookie(w) } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The rounds a server reports on /metrics, by name: started (ran + skipped). */
async function roundsOf(s: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${s.base}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(/^gonghui_rounds_total\{round="([^"]+)",outcome="(ran|skipped)"\} (\d+)/gm))
    if (m[1] === name) n += Number(m[3]);
  return n;
}

beforeAll(async () => {
  database = await createTestDatabase('gh_two');
  db = await openPostgres(database.url, 5);
  await migrateAll(db);
  workers = await seedWorkers(WORKERS);
  await seedBookings(workers.slice(0, BOOKINGS));
  const env = {
    DATABASE_URL: database.url,
    GONGHUI_ID_KEY: randomBytes(32).toString('base64'),
    GONGHUI_ROUND_SECONDS: '1',
  };
  servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  for (const s of servers) await s.stop();
  await db?.close();
  await database?.drop();
});

describe('two server processes on one PostgreSQL', () => {
  it('grant exactly the stock of a flash claim fired at both', async () => {
    const p = await createProgram(db, admin, {
      ownerOrgId: districtId,
      name: '双机话剧票',
      category: 'flash_claim',
      periodStart: '2020-01-01',
      periodEnd: '2099-12-31',
      periodUnit: 'whole',
      intakeModes: ['claim'],
      limitMode: 'per_person_per_period',
      quota: STOCK,
      reviewChain: [],
      claimStartsAt: '2020-01-01T00:00:00Z',
      claimEndsAt: '2099-12-31T00:00:00Z',
      rule: { op: 'member_of_owner_subtree' },
      amount: { kind: 'none' },
    });
    await publishProgram(db, admin, p.id);
    // every worker claims once, alternately at the two servers; some twice, at the other server
    const tasks = workers.map((w, i) => () => post(servers[i % 2].base, `/api/claims/${p.id}`, w));
    const again = workers
      .slice(0, 20)
      .map((w, i) => () => post(servers[(i + 1) % 2].base, `/api/claims/${p.id}`, w));
    const answers = await inParallel([...tasks, ...again], 32);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const granted = answers.filter((a) => a.body.result === 'granted').length;
    const { rows } = await db.query<{ n: number; people: number; used: number }>(
      `select count(*) as n, count(distinct person_id) as people,
              (select quota_used from program_usage where program_id = $1) as used
         from applications where program_id = $1 and intake = 'claim' and status = 'approved'`,
      [p.id],
    );
    expect(rows[0]).toEqual({ n: STOCK, people: STOCK, used: STOCK });
    expect(granted).toBe(STOCK);
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
    await until(
      async () =>
        (await roundsOf(servers[0], 'counselling.remind')) >= 3 &&
        (await roundsOf(servers[1], 'counselling.remind')) >= 3,
      30,
      'three reminder rounds in each process',
    );
    const { rows } = await db.query<{ userId: number; n: number }>(
      `select user_id as "userId", count(*) as n from messages where kind = 'counselling.reminder' group by user_id`,
    );
    expect(rows.length).toBe(BOOKINGS);
    expect(rows.every((r) => r.n === 1)).toBe(true);
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
    const { rows } = await db.query<{ userId: number }>(
      `with u as (insert into users (username, display_name, password_hash) values ('two-clerk', '导入员', 'no-login')
                  returning id),
            a as (insert into role_assignments (user_id, role, org_id) select id, 'manager', $1 from u returning id, user_id)
       insert into sessions (token_hash, user_id, assignment_id, expires_at)
       select translate(encode(sha256(convert_to($2 || '.' || a.user_id, 'UTF8')), 'base64'), '+/=', '-_'), a.user_id,
              a.id, now() + interval '1 hour' from a
       returning user_id as "userId"`,
      [districtId, salt],
    );
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
      headers: { cookie: cookie(rows[0]) },
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
