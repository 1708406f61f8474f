/**
 * Activities benchmark (issue 26): 1,000 places against 100,000 distinct workers signing up on a throw-away
 * PostgreSQL, through the real HTTP endpoint (POST /api/me/activities/:id/signup, each worker with their own
 * session), and the same guarded statement (take a place if one is left — `taken < places` — and record the
 * sign-up, confirmed or waiting) run bare by a pgbench-like loop of pg clients in the same run, on an activity of
 * its own with the same places. The method is the flash-claim benchmark's (bench/flash.bench.ts).
 *
 * The figure that matters is the grant rate up to the last place: places given per second from the first sign-up
 * to the last place given, over HTTP and bare, and their ratio `grantRatioToRaw` (goal ≥ 0.6). The race is run
 * `--rounds` times (HTTP and bare alternately, fresh activities, three times the places in workers) and the
 * medians are compared. Also printed: places given, distinct workers, given twice (must be 0), on the waiting list.
 * The last line is one JSON object.
 *
 * Then the race again with two server processes on the one database, the workers split between them
 * (`twoProcessGrantsPerSec`, goal ≥ the one-process rate; `twoProcessOversold` must be 0).
 * Usage: npm run bench:activities [-- --workers N --places P --connections C --raw-clients R --rounds K]
 *        [--profile DIR]   (the server writes a CPU profile into DIR when it stops)
 * Loopback only; bounded by the number of workers (every worker signs up once per activity) and a time limit.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createActivitiesService } from '../src/modules/activities/index.ts';
import { systemClock } from '../src/shared/clock.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { seedBenchUnions, seedWorkerSessions } from '../test/worker-sessions.ts';
import { benchAdmin, grantRate, httpRace, intArg, log, median, type RaceRun, stopAfter } from './race.ts';
import { startServer, twoProcessRounds } from './two-processes.ts';

const arg = intArg;
const workers = arg('workers', 100_000);
const places = arg('places', 1000);
const connections = arg('connections', 100);
/** The bare loop uses as many database clients as the server's pool (openPostgres default 20). */
const rawClients = arg('raw-clients', 20);
const timeLimitSec = arg('seconds', 1200);
const rounds = arg('rounds', 5);
const profileAt = process.argv.indexOf('--profile');
const profileDir = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
const warmup = Math.min(5000, Math.max(200, Math.floor(workers / 20)));
const admin = benchAdmin;

const profile = () => (profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);

/** Orgs, then workers (persons, memberships, worker users, sessions with known tokens) set-based. */
async function seed(db: Db, total: number, salt: string) {
  const { district, unions } = await seedBenchUnions(db);
  const unionIds = unions.map((u) => u.id);
  return {
    district,
    workers: await seedWorkerSessions(db, { count: total, salt, unionIds, prefix: 'bench' }),
  };
}

async function newActivity(db: Db, orgId: number, title: string, n: number): Promise<number> {
  const today = todayInChina(new Date());
  const { id } = await createActivitiesService(db, systemClock).create(admin, {
    orgId,
    title,
    kind: 'show',
    place: '区工人文化宫剧场',
    places: n,
    signupFrom: today,
    signupUntil: today,
    sessions: [{ startsAt: '2099-12-31T19:00:00+08:00', endsAt: '2099-12-31T21:00:00+08:00' }],
  });
  return id;
}

type Run = Pick<RaceRun, 'ms' | 'sellOutMs' | 'results' | 'errors'>;

/** One sign-up per worker in `list`, with `connections` keep-alive connections. */
async function httpSignups(
  port: number,
  activityId: number,
  list: { userId: number }[],
  salt: string,
  conns = connections,
): Promise<Run> {
  const r = await httpRace({
    port,
    path: `/api/me/activities/${activityId}/signup`,
    list,
    salt,
    connections: conns,
    answer: (body) => (JSON.parse(body) as { status: string }).status,
    granted: 'confirmed',
  });
  return { ...r, errors: r.errors + r.non2xx };
}

/** The guarded statement of a sign-up, bare: take a place if one is left, and record the sign-up. */
const BARE = `with t as (update activities set taken = taken + 1, shared_taken = shared_taken + 1
                         where id = $1 and shared_taken < places - quota_total and taken < places returning id)
  insert into activity_signups (activity_id, person_id, org_id, status, signed_on)
  values ($1, $2, $3, case when exists (select 1 from t) then 'confirmed' else 'waiting' end, $4)
  on conflict do nothing returning status`;

async function rawSignups(
  url: string,
  activityId: number,
  list: { personId: number; orgId: number }[],
): Promise<Run> {
  const pool = new pg.Pool({ connectionString: url, max: rawClients });
  const results: Record<string, number> = {};
  let lastGrant: number | null = null;
  let next = 0;
  const today = todayInChina(new Date());
  const started = performance.now();
  await Promise.all(
    Array.from({ length: rawClients }, async () => {
      const client = await pool.connect();
      try {
        while (next < list.length) {
          const c = list[next++];
          const { rows } = await client.query<{ status: string }>(BARE, [
            activityId,
            c.personId,
            c.orgId,
            today,
          ]);
          const key = rows[0]?.status ?? 'duplicate';
          results[key] = (results[key] ?? 0) + 1;
          if (key === 'confirmed') lastGrant = performance.now();
        }
      } finally {
        client.release();
      }
    }),
  );
  const ms = performance.now() - started;
  await pool.end();
  return { ms, sellOutMs: lastGrant === null ? null : (lastGrant as number) - started, results, errors: 0 };
}

/** What the database holds: places given, to how many distinct workers, the counter, the waiting list. */
async function verify(db: Db, activityId: number) {
  const { rows } = await db.query<{ given: number; distinct: number; taken: number; waiting: number }>(
    `select count(*) filter (where status = 'confirmed')::int as given,
            count(distinct person_id) filter (where status = 'confirmed')::int as distinct,
            (select taken from activities where id = $1) as taken,
            count(*) filter (where status = 'waiting')::int as waiting
       from activity_signups where activity_id = $1`,
    [activityId],
  );
  return rows[0];
}

stopAfter(timeLimitSec);

const pgServer = await startTempPostgres({ maxConnections: 300 });
let server: ChildProcess | null = null;
let second: ChildProcess | null = null;
try {
  const key = randomBytes(32);
  const salt = randomBytes(12).toString('base64url');
  const db = await openPostgres(pgServer.url, 10);
  await migrateAll(db);
  const t = Date.now();
  const { district, workers: everyone } = await seed(db, workers, salt);
  const people = everyone;
  log(`seeded ${people.length} workers with sessions in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const warm = await newActivity(db, district.id, '预热', Math.floor(warmup / 2));
  const race: { http: number; raw: number }[] = [];
  for (let r = 1; r <= rounds; r++) {
    race.push({
      http: await newActivity(db, district.id, `话剧专场（HTTP 第${r}轮）`, places),
      raw: await newActivity(db, district.id, `话剧专场（SQL 第${r}轮）`, places),
    });
  }
  const httpFull = await newActivity(db, district.id, '话剧专场（HTTP）', places);
  const rawFull = await newActivity(db, district.id, '话剧专场（SQL）', places);
  await db.query('analyze');

  const port = await freePort();
  const serverEnv = {
    DATABASE_URL: pgServer.url,
    HOST: '127.0.0.1',
    GONGHUI_DEMO: '0',
    GONGHUI_ID_KEY: key.toString('base64'),
  };
  server = await startServer({ ...serverEnv, PORT: String(port) }, profile());

  const shuffled = [...people].sort(() => Math.random() - 0.5);
  await httpSignups(port, warm, shuffled.slice(0, warmup), salt);

  const httpRates: number[] = [];
  const rawRates: number[] = [];
  for (const [i, r] of race.entries()) {
    const list = [...people].sort(() => Math.random() - 0.5).slice(0, Math.min(workers, places * 3));
    const h = await httpSignups(port, r.http, list, salt);
    const w = await rawSignups(pgServer.url, r.raw, list);
    const [hc, wc] = [await verify(db, r.http), await verify(db, r.raw)];
    if (hc.given > places || wc.given > places || hc.distinct !== hc.given)
      throw new Error(`round ${i + 1} gave a place twice`);
    httpRates.push(grantRate(hc.given, h.sellOutMs));
    rawRates.push(grantRate(wc.given, w.sellOutMs));
    log(`round ${i + 1}: HTTP ${httpRates[i]} places/s, bare ${rawRates[i]} places/s`);
  }

  // Two processes on the one database, the same connections in all split between them (issue 44).
  const port2 = await freePort();
  second = await startServer({ ...serverEnv, PORT: String(port2) });
  await httpSignups(
    port2,
    await newActivity(db, district.id, '预热2', Math.floor(warmup / 2)),
    shuffled.slice(0, warmup),
    salt,
  );
  const two = await twoProcessRounds({
    rounds,
    ports: [port, port2],
    stock: places,
    newTarget: (r) => newActivity(db, district.id, `话剧专场（两进程 第${r}轮）`, places),
    people: () => [...people].sort(() => Math.random() - 0.5).slice(0, Math.min(workers, places * 3)),
    fire: (p, id, list) => httpSignups(p, id, list, salt, Math.ceil(connections / 2)),
    granted: async (id) => (await verify(db, id)).given,
    log,
  });
  log(
    `two processes: ${two.grantsPerSec} places/s (one: ${median(httpRates)}), given twice or over ${two.oversold}`,
  );

  // One full run each way: every worker signs up once; the places and the waiting list.
  const http = await httpSignups(port, httpFull, shuffled, salt);
  const httpCheck = await verify(db, httpFull);
  log(`HTTP: ${JSON.stringify(http.results)} in ${(http.ms / 1000).toFixed(2)} s, errors ${http.errors}`);
  const raw = await rawSignups(pgServer.url, rawFull, shuffled);
  const rawCheck = await verify(db, rawFull);
  log(`bare SQL: ${JSON.stringify(raw.results)} in ${(raw.ms / 1000).toFixed(2)} s`);
  await db.close();

  const grantsPerSec = median(httpRates);
  const rawGrantsPerSec = median(rawRates);
  const grantRatioToRaw = rawGrantsPerSec ? Number((grantsPerSec / rawGrantsPerSec).toFixed(2)) : null;
  const givenTwice =
    Math.max(0, httpCheck.given - places) +
    Math.max(0, rawCheck.given - places) +
    (httpCheck.given - httpCheck.distinct) +
    (rawCheck.given - rawCheck.distinct) +
    Math.abs(httpCheck.taken - httpCheck.given);
  log(
    `given ${httpCheck.given} (distinct ${httpCheck.distinct}, counter ${httpCheck.taken}), waiting ${httpCheck.waiting}, given twice ${givenTwice}`,
  );
  log(
    `up to the last place (median of ${rounds} rounds): HTTP ${grantsPerSec} places/s, bare ${rawGrantsPerSec} places/s; ratio ${grantRatioToRaw}`,
  );
  console.log(
    JSON.stringify({
      bench: 'activities',
      places,
      workers,
      given: httpCheck.given,
      distinct: httpCheck.distinct,
      waiting: httpCheck.waiting,
      givenTwice,
      sellOutMs: http.sellOutMs === null ? null : Math.round(http.sellOutMs),
      rawSellOutMs: raw.sellOutMs === null ? null : Math.round(raw.sellOutMs),
      grantsPerSec,
      rawGrantsPerSec,
      grantRatioToRaw,
      goalRatio: 0.6,
      rounds,
      roundRatios: httpRates.map((h, i) => Number((h / (rawRates[i] || 1)).toFixed(2))),
      httpSeconds: Number((http.ms / 1000).toFixed(2)),
      rawSeconds: Number((raw.ms / 1000).toFixed(2)),
      rawGiven: rawCheck.given,
      connections,
      rawClients,
      twoProcessGrantsPerSec: two.grantsPerSec,
      twoProcessRoundRates: two.rates,
      twoProcessOversold: two.oversold,
      twoToOne: Number((two.grantsPerSec / (grantsPerSec || 1)).toFixed(2)),
      httpErrors: http.errors,
    }),
  );
} finally {
  if (second) {
    second.kill('SIGTERM');
    await once(second, 'exit').catch(() => undefined);
  }
  if (server) {
    server.kill('SIGTERM');
    await once(server, 'exit').catch(() => undefined);
  }
  await pgServer.stop();
}
