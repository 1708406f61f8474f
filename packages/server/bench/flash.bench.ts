/**
 * Flash-claim benchmark: a stock of 1,000 against 100,000 distinct claimants on a throw-away PostgreSQL,
 * claimed through the real HTTP endpoint (POST /api/claims/:id, each claimant with their own session),
 * and the same guarded claim statement run raw by a pgbench-like loop of pg clients in the same run, on a
 * program of its own with the same stock.
 *
 * The figure that matters is the grant rate up to sell-out: grants per second from the first claim to the
 * last grant, over HTTP and raw, and their ratio `grantRatioToRaw` (goal ≥ 0.6). The race lasts about a
 * second, so it is run `--rounds` times (HTTP and raw alternately, fresh programs, three times the stock in
 * claimants) and the medians are compared. Both sides have the same stock and the same database concurrency:
 * the raw loop has as many clients as the server's pool. After sell-out the server
 * answers from an in-process flag while the raw loop keeps running the statement, so the sold-out answer
 * rates are reported separately (`soldOutPerSec`, `rawSoldOutPerSec`) and never mixed into the ratio.
 * Also printed: granted, distinct, oversold (must be 0). The last line is one JSON object.
 *
 * Then the race again with two server processes on the one database, the claimants split between them
 * (`twoProcessGrantsPerSec`, goal ≥ the one-process rate; `twoProcessOversold` must be 0).
 * Usage: npm run bench:flash [-- --claimants N --stock S --connections C --raw-clients R --rounds K]
 * Loopback only; bounded by the number of claimants (every claimant claims once) and a time limit.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { loadClaimProgram } from '../src/modules/programs/claims/claims.plan.ts';
import { type ClaimRow, claimParams } from '../src/modules/programs/claims/claims.repository.ts';
import { createProgram, publishProgram } from '../src/modules/programs/program-admin.service.ts';
import { seedBenchUnions, seedWorkerSessions } from '../test/worker-sessions.ts';
import { benchAdmin, grantRate, httpRace, intArg, log, median, stopAfter } from './race.ts';
import { startServer, twoProcessRounds } from './two-processes.ts';

const arg = intArg;
const claimants = arg('claimants', 100_000);
const stock = arg('stock', 1000);
const connections = arg('connections', 100);
/** The raw loop uses as many database clients as the server's pool (openPostgres default 20). */
const rawClients = arg('raw-clients', 20);
const timeLimitSec = arg('seconds', 1200);
/** Rounds of the race to sell-out, HTTP and raw alternately, each on fresh programs: the medians count. */
const rounds = arg('rounds', 5);
const warmup = Math.min(5000, Math.max(200, Math.floor(claimants / 20)));
const admin = benchAdmin;

/** Orgs, then claimants (persons, memberships, worker users, sessions with known tokens) set-based. */
async function seed(db: Db, total: number, salt: string) {
  const { district, unions } = await seedBenchUnions(db);
  const unionIds = unions.map((u) => u.id);
  return {
    district,
    claimants: await seedWorkerSessions(db, { count: total, salt, unionIds, prefix: 'bench' }),
  };
}

async function newProgram(db: Db, ownerOrgId: number, name: string, quota: number): Promise<number> {
  const p = await createProgram(db, admin, {
    ownerOrgId,
    name,
    category: 'flash_claim',
    periodStart: '2020-01-01',
    periodEnd: '2099-12-31',
    periodUnit: 'whole',
    intakeModes: ['claim'],
    limitMode: 'per_person_per_period',
    quota,
    reviewChain: [],
    claimStartsAt: new Date(Date.now() - 60_000).toISOString(),
    claimEndsAt: new Date(Date.now() + 3600_000).toISOString(),
    rule: { op: 'member_of_owner_subtree' },
    amount: { kind: 'none' },
  });
  await publishProgram(db, admin, p.id);
  return p.id;
}

/** Fires one claim per claimant in `list` at the server with `connections` keep-alive connections. */
const httpClaims = (
  port: number,
  programId: number,
  list: { userId: number }[],
  salt: string,
  conns = connections,
) =>
  httpRace({
    port,
    path: `/api/claims/${programId}`,
    list,
    salt,
    connections: conns,
    answer: (body) => (JSON.parse(body) as { result: string }).result,
    granted: 'granted',
  });

/** The same claim as raw SQL: `rawClients` pg clients, each looping over the claimants. */
async function rawClaims(
  url: string,
  db: Db,
  programId: number,
  list: { userId: number; personId: number }[],
) {
  const cp = await loadClaimProgram(db, programId, new Date());
  if (!cp.plan || !cp.claim) throw new Error('raw program not claimable');
  const plan = cp.plan;
  const compiled = cp.claim;
  const pool = new pg.Pool({ connectionString: url, max: rawClients });
  const results: Record<string, number> = {};
  let lastGrant: number | null = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: rawClients }, async () => {
      const client = await pool.connect();
      try {
        while (next < list.length) {
          const c = list[next++];
          const actor = {
            userId: c.userId,
            username: `bench${c.personId}`,
            displayName: `bench${c.personId}`,
            ip: '127.0.0.1',
          };
          const { rows } = await client.query<ClaimRow>(
            compiled.text,
            claimParams(plan, compiled, c.personId, actor, new Date()),
          );
          const key = rows[0].applicationId !== null ? 'granted' : 'sold_out';
          results[key] = (results[key] ?? 0) + 1;
          if (key === 'granted') lastGrant = performance.now();
        }
      } finally {
        client.release();
      }
    }),
  );
  const ms = performance.now() - started;
  await pool.end();
  const sellOutMs = lastGrant === null ? null : (lastGrant as number) - started;
  return { ms, sellOutMs, results };
}

async function verify(db: Db, programId: number) {
  const { rows } = await db.query<{ granted: number; distinct: number; used: number }>(
    `select count(*) as granted, count(distinct person_id) as distinct,
            (select quota_used from program_usage where program_id = $1) as used
       from applications where program_id = $1 and intake = 'claim' and status = 'approved'`,
    [programId],
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
  // Claimants for the warm-up, the HTTP run and the raw run are the same people: a claimant claims once
  // per program, and each run has a program of its own.
  const { district, claimants: everyone } = await seed(db, claimants, salt);
  log(`seeded ${everyone.length} claimants with sessions in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const warmProgram = await newProgram(db, district.id, '预热', Math.floor(warmup / 2));
  const race: { http: number; raw: number }[] = [];
  for (let r = 1; r <= rounds; r++) {
    race.push({
      http: await newProgram(db, district.id, `话剧票（HTTP 第${r}轮）`, stock),
      raw: await newProgram(db, district.id, `话剧票（SQL 第${r}轮）`, stock),
    });
  }
  const httpProgram = await newProgram(db, district.id, '话剧票（HTTP）', stock);
  const rawProgram = await newProgram(db, district.id, '话剧票（SQL）', stock);
  await db.query('analyze');

  const port = await freePort();
  const serverEnv = {
    DATABASE_URL: pgServer.url,
    HOST: '127.0.0.1',
    GONGHUI_DEMO: '0',
    GONGHUI_ID_KEY: key.toString('base64'),
  };
  server = await startServer({ ...serverEnv, PORT: String(port) });

  const shuffled = [...everyone].sort(() => Math.random() - 0.5);
  await httpClaims(port, warmProgram, shuffled.slice(0, warmup), salt);

  // The race to sell-out, repeated: three times the stock in claimants, fresh programs each round.
  const httpRates: number[] = [];
  const rawRates: number[] = [];
  for (const [i, r] of race.entries()) {
    const list = [...everyone].sort(() => Math.random() - 0.5).slice(0, Math.min(claimants, stock * 3));
    const h = await httpClaims(port, r.http, list, salt);
    const w = await rawClaims(pgServer.url, db, r.raw, list);
    const [hc, wc] = [await verify(db, r.http), await verify(db, r.raw)];
    if (hc.granted > stock || wc.granted > stock) throw new Error(`round ${i + 1} oversold`);
    httpRates.push(grantRate(hc.granted, h.sellOutMs));
    rawRates.push(grantRate(wc.granted, w.sellOutMs));
    log(`round ${i + 1}: HTTP ${httpRates[i]} grants/s, raw ${rawRates[i]} grants/s`);
  }

  // Two processes on the one database, the same connections in all split between them (issue 44).
  const port2 = await freePort();
  second = await startServer({ ...serverEnv, PORT: String(port2) });
  await httpClaims(
    port2,
    await newProgram(db, district.id, '预热2', Math.floor(warmup / 2)),
    shuffled.slice(0, warmup),
    salt,
  );
  const two = await twoProcessRounds({
    rounds,
    ports: [port, port2],
    stock,
    newTarget: (r) => newProgram(db, district.id, `话剧票（两进程 第${r}轮）`, stock),
    people: () => [...everyone].sort(() => Math.random() - 0.5).slice(0, Math.min(claimants, stock * 3)),
    fire: (p, id, list) => httpClaims(p, id, list, salt, Math.ceil(connections / 2)),
    granted: async (id) => (await verify(db, id)).granted,
    log,
  });
  log(`two processes: ${two.grantsPerSec} grants/s (one: ${median(httpRates)}), oversold ${two.oversold}`);

  // One full run each way: every claimant claims once; the stock and the sold-out answers.
  const http = await httpClaims(port, httpProgram, shuffled, salt);
  const httpCheck = await verify(db, httpProgram);
  log(`HTTP: ${JSON.stringify(http.results)} in ${(http.ms / 1000).toFixed(2)} s, errors ${http.errors}`);

  const raw = await rawClaims(pgServer.url, db, rawProgram, shuffled);
  const rawCheck = await verify(db, rawProgram);
  log(`raw SQL: ${JSON.stringify(raw.results)} in ${(raw.ms / 1000).toFixed(2)} s`);
  await db.close();

  /** Sold-out answers per second after the last grant. */
  const soldOutRate = (answers: number, ms: number, sellOutMs: number | null) =>
    ms > (sellOutMs ?? 0) ? Math.round(answers / ((ms - (sellOutMs ?? 0)) / 1000)) : null;
  const grantsPerSec = median(httpRates);
  const rawGrantsPerSec = median(rawRates);
  const grantRatioToRaw = rawGrantsPerSec ? Number((grantsPerSec / rawGrantsPerSec).toFixed(2)) : null;
  const soldOutPerSec = soldOutRate(http.results.sold_out ?? 0, http.ms, http.sellOutMs);
  const rawSoldOutPerSec = soldOutRate(raw.results.sold_out ?? 0, raw.ms, raw.sellOutMs);
  const oversold = Math.max(0, httpCheck.granted - stock) + Math.max(0, rawCheck.granted - stock);
  log(
    `granted ${httpCheck.granted} (distinct ${httpCheck.distinct}, usage ${httpCheck.used}), oversold ${oversold}`,
  );
  log(
    `up to sell-out (median of ${rounds} rounds): HTTP ${grantsPerSec} grants/s, raw ${rawGrantsPerSec} grants/s; ratio ${grantRatioToRaw}`,
  );
  log(`after sell-out: HTTP ${soldOutPerSec} answers/s, raw ${rawSoldOutPerSec} answers/s`);
  if (http.results.granted !== httpCheck.granted || http.errors || http.non2xx) {
    log(
      `warning: answers (${http.results.granted ?? 0} granted) and database (${httpCheck.granted}) differ, or errors`,
    );
  }
  console.log(
    JSON.stringify({
      bench: 'flash',
      stock,
      claimants,
      granted: httpCheck.granted,
      distinct: httpCheck.distinct,
      oversold,
      sellOutMs: http.sellOutMs === null ? null : Math.round(http.sellOutMs),
      rawSellOutMs: raw.sellOutMs === null ? null : Math.round(raw.sellOutMs),
      grantsPerSec,
      rawGrantsPerSec,
      grantRatioToRaw,
      goalRatio: 0.6,
      rounds,
      roundRatios: httpRates.map((h, i) => Number((h / rawRates[i]).toFixed(2))),
      soldOutPerSec,
      rawSoldOutPerSec,
      rawGranted: rawCheck.granted,
      connections,
      rawClients,
      twoProcessGrantsPerSec: two.grantsPerSec,
      twoProcessRoundRates: two.rates,
      twoProcessOversold: two.oversold,
      twoToOne: Number((two.grantsPerSec / (grantsPerSec || 1)).toFixed(2)),
      httpErrors: http.errors + http.non2xx,
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
