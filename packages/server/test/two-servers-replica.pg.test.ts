/**
 * Two server processes on a primary with a streaming replica behind DATABASE_READ_URL (issue 44, ADR 0080): the real
 * entry (src/main.ts) twice, both given the replica. A flash claim fired at both stays exact, each reminder is sent
 * once while both run their rounds, a statistics page reads the replica, and a page that has just written — at
 * either server — reads its own write. Small numbers: seconds, not minutes.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempPostgres, startTempReplica } from '../../../scripts/pg-temp.mjs';
import type { Actor } from '../src/access/access.ts';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { LSN_COOKIE } from '../src/http/read-replica.ts';
import { createRootOrg, insertOrg } from '../src/modules/org/index.ts';
import { createProgram, publishProgram } from '../src/modules/programs/index.ts';
import { inParallel, type ServerProcess, startServerProcess, until } from './server-process.ts';

const WORKERS = 60;
const STOCK = 15;
const BOOKINGS = 8;

const admin: Actor = {
  userId: 0,
  username: 'test',
  displayName: 'test',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
};

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

const tokenSql = (user: string) =>
  `translate(encode(sha256(convert_to($1 || '.' || ${user}, 'UTF8')), 'base64'), '+/=', '-_')`;

async function seed() {
  const district = await db.tx(async (sql) => {
    const fed = await createRootOrg(sql, null, { name: '主备测试市总工会', kind: 'federation' });
    const d = await insertOrg(
      sql,
      { parentId: fed.id, level: 2, kind: 'district', name: '主备测试区总工会' },
      fed.path,
    );
    await insertOrg(sql, { parentId: d.id, level: 4, kind: 'grassroots', name: '主备测试企业工会' }, d.path);
    return d;
  });
  districtId = district.id;
  await db.query(
    `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, is_front_line)
     select '职工' || i, 'rep:' || i, 'x', '110***********' || lpad(i::text, 4, '0'), date '1980-01-01' + i, 'male', false
       from generate_series(1, $1::int) as i`,
    [WORKERS],
  );
  await db.query(
    `insert into memberships (person_id, org_id, joined_on)
     select p.id, (select id from orgs where name = '主备测试企业工会'), date '2015-01-01' from persons p`,
  );
  await db.query(
    `insert into users (username, display_name, password_hash, person_id)
     select 'rep' || p.id, p.name, 'no-login', p.id from persons p`,
  );
  await db.query(
    `insert into role_assignments (user_id, role) select id, 'worker' from users where username like 'rep%'`,
  );
  // the district's manager, who writes an activity and reads the statistics
  const clerk = await db.query<{ id: number }>(
    `with u as (insert into users (username, display_name, password_hash) values ('rep-clerk', '统计员', 'no-login')
                returning id)
     insert into role_assignments (user_id, role, org_id) select id, 'manager', $1 from u returning user_id as id`,
    [districtId],
  );
  clerkId = clerk.rows[0].id;
  await db.query(
    `insert into sessions (token_hash, user_id, assignment_id, expires_at)
     select ${tokenSql('u.id')}, u.id, a.id, now() + interval '12 hours'
       from users u join role_assignments a on a.user_id = u.id`,
    [salt],
  );
  const { rows } = await db.query<{ userId: number; personId: number }>(
    `select id as "userId", person_id as "personId" from users where username like 'rep%' and person_id is not null
      order by id`,
  );
  workers = rows;
  const c = await db.query<{ id: number }>(
    `insert into counselling_counsellors (org_id, name, kind, joined_on)
     values ($1, '主备测试咨询师', 'counsellor', '2020-01-01') returning id`,
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
     select s.id, $1, ($4::bigint[])[row_number() over (order by s.starts_at)], $2, 'online', 'app', current_date
       from s`,
    [c.rows[0].id, districtId, BOOKINGS, workers.slice(0, BOOKINGS).map((w) => w.personId)],
  );
}

const cookie = (userId: number, lsn?: string) =>
  `gonghui_session=${salt}.${userId}${lsn ? `; ${LSN_COOKIE}=${lsn}` : ''}`;

async function replicaCaughtUp(): Promise<boolean> {
  const { rows } = await db.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
  const r = await standby.query<{ caught: boolean }>(
    'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as caught',
    [rows[0].lsn],
  );
  return r.rows[0].caught;
}

/** The rounds a server reports on /metrics, by name: started (ran + skipped). */
async function roundsOf(s: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${s.base}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(/^gonghui_rounds_total\{round="([^"]+)",outcome="(ran|skipped)"\} (\d+)/gm))
    if (m[1] === name) n += Number(m[3]);
  return n;
}

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
  await until(replicaCaughtUp, 30, 'the replica to replay the set-up');
  const env = {
    DATABASE_URL: primary.url,
    DATABASE_READ_URL: replica.url,
    GONGHUI_ID_KEY: randomBytes(32).toString('base64'),
    GONGHUI_ROUND_SECONDS: '1',
  };
  servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
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
    const p = await createProgram(db, admin, {
      ownerOrgId: districtId,
      name: '主备话剧票',
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
    const claim = (s: ServerProcess, w: { userId: number }) =>
      fetch(`${s.base}/api/claims/${p.id}`, { method: 'POST', headers: { cookie: cookie(w.userId) } }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { result?: string } }),
      );
    const answers = await inParallel(
      [
        ...workers.map((w, i) => () => claim(servers[i % 2], w)),
        ...workers.slice(0, 10).map((w, i) => () => claim(servers[(i + 1) % 2], w)),
      ],
      16,
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => a.body.result === 'granted').length).toBe(STOCK);
    const { rows } = await db.query<{ n: number; people: number; used: number }>(
      `select count(*)::int as n, count(distinct person_id)::int as people,
              (select quota_used from program_usage where program_id = $1) as used
         from applications where program_id = $1 and intake = 'claim' and status = 'approved'`,
      [p.id],
    );
    expect(rows[0]).toEqual({ n: STOCK, people: STOCK, used: STOCK });
  });

  it('send each reminder once while both run their rounds every second', async () => {
    await until(
      async () =>
        (await roundsOf(servers[0], 'counselling.remind')) >= 2 &&
        (await roundsOf(servers[1], 'counselling.remind')) >= 2,
      30,
      'two reminder rounds in each process',
    );
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from messages where kind = 'counselling.reminder' group by user_id`,
    );
    expect(rows.length).toBe(BOOKINGS);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });

  it('read the statistics from the replica, and the writer’s own write at either server', async () => {
    for (const s of servers) expect(await stats(s)).toEqual({ status: 200, read: 'replica', activities: 0 });
    // the replica stops replaying: from now on what it serves is visibly behind the primary
    await standby.query('select pg_wal_replay_pause()');
    await db.query('select pg_switch_wal()');
    await until(
      async () =>
        (await standby.query<{ s: string }>('select pg_get_wal_replay_pause_state() as s')).rows[0].s ===
        'paused',
      30,
      'the replica to pause its replay',
    );
    const created = await fetch(`${servers[0].base}/api/activities`, {
      method: 'POST',
      headers: { cookie: cookie(clerkId), 'content-type': 'application/json' },
      body: JSON.stringify({
        orgId: districtId,
        title: '主备测试观影',
        kind: 'show',
        place: '区工人文化宫',
        places: 20,
        signupFrom: '2026-06-15',
        signupUntil: '2026-06-19',
        sessions: [{ startsAt: '2026-06-20T19:00:00+08:00', endsAt: '2026-06-20T21:00:00+08:00' }],
      }),
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const lsn = /gonghui_lsn=([^;]+)/.exec(created.headers.get('set-cookie') ?? '')?.[1];
    // sent back as the browser would, encoded as it came
    expect(decodeURIComponent(lsn ?? '')).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    // another caller reads the replica, behind; the writer reads its own write at either server (the primary answers)
    expect(await stats(servers[1])).toEqual({ status: 200, read: 'replica', activities: 0 });
    for (const s of servers)
      expect(await stats(s, lsn)).toEqual({ status: 200, read: 'primary', activities: 1 });
    await standby.query('select pg_wal_replay_resume()');
    await until(replicaCaughtUp, 30, 'the replica to replay the write');
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
