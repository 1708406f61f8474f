/**
 * The run every claim-like benchmark makes (bench/flash.bench.ts, bench/activities.bench.ts): a throw-away
 * PostgreSQL with the bench unions and `people` workers signed in; the real server; a warm-up; `rounds` races to
 * the last grant, HTTP and bare SQL alternately on fresh targets of `stock` (three times the stock in people); the
 * same race with two server processes on the one database (issue 44); and one full run each way in which every
 * worker asks once. A benchmark says what its target is and how it is asked for; the figures it prints are its own.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedBenchUnions, seedWorkerSessions } from '../test/worker-sessions.ts';
import { intArg } from './args.ts';
import { grantRate, log, median, stopAfter } from './race.ts';
import { startServer, twoProcessRounds } from './two-processes.ts';

/** A signed-in worker of the race. */
export type Racer = Awaited<ReturnType<typeof seedWorkerSessions>>[number];

/** One side's run: its time, the time to the last grant and its answers by kind. */
export interface SideRun {
  ms: number;
  sellOutMs: number | null;
  results: Record<string, number>;
}

/**
 * The bare side of a race: `clients` database clients, each taking the next of `list` and asking for it (`ask`
 * answers the kind of answer, e.g. `granted`), until the list is done; `granted` is the kind that gives.
 */
export async function bareRace<T>(
  url: string,
  clients: number,
  list: T[],
  granted: string,
  ask: (client: pg.PoolClient, item: T) => Promise<string>,
): Promise<SideRun> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const results: Record<string, number> = {};
  let lastGrant: number | null = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = await pool.connect();
      try {
        while (next < list.length) {
          const key = await ask(client, list[next++]);
          results[key] = (results[key] ?? 0) + 1;
          if (key === granted) lastGrant = performance.now();
        }
      } finally {
        client.release();
      }
    }),
  );
  const ms = performance.now() - started;
  await pool.end();
  return { ms, sellOutMs: lastGrant === null ? null : lastGrant - started, results };
}

/** The HTTP side's run, with the requests that failed. */
export type HttpRun = SideRun & { errors: number };

/**
 * The run's limits every claim-like benchmark reads from its command line: `--connections` keep-alive HTTP
 * connections (100); `--raw-clients`, the bare side's database clients (20, as many as the server's pool: the
 * openPostgres default); `--seconds`, the time limit (1200); `--rounds` of the race to the last grant, HTTP and bare
 * alternately, each on fresh targets: the medians count (5).
 */
export function claimRaceArgs() {
  return {
    connections: intArg('connections', 100),
    rawClients: intArg('raw-clients', 20),
    timeLimitSec: intArg('seconds', 1200),
    rounds: intArg('rounds', 5),
  };
}

export interface ClaimRaceOptions<H extends HttpRun, B extends SideRun, C>
  extends ReturnType<typeof claimRaceArgs> {
  /** Workers seeded (each with a session) and the target's size; the run's limits are `claimRaceArgs`'. */
  people: number;
  stock: number;
  /** How the log names things: the people (`claimants`), a grant (`grants`), the bare side (`raw`), a double grant. */
  words: { people: string; unit: string; bare: string; over: string };
  /** The name of a target (`话剧票`), before the side and round. */
  title: string;
  /** Node arguments of the first server (a CPU profile). */
  serverArgs?: string[];
  /** A fresh target owned by `orgId` with `n` to give. */
  newTarget: (db: Db, orgId: number, name: string, n: number) => Promise<number>;
  /** One request per racer of `list` through the server at `port`, with `connections` connections. */
  http: (port: number, target: number, list: Racer[], salt: string, connections: number) => Promise<H>;
  /** The same guarded statement, bare, on `rawClients` database clients over `list`. */
  bare: (url: string, db: Db, target: number, list: Racer[]) => Promise<B>;
  /** What the database holds of a target. */
  check: (db: Db, target: number) => Promise<C>;
  /** How many a check found given. */
  given: (check: C) => number;
  /** What is wrong with a round (more given than the stock, one given twice), or nothing. */
  wrongRound: (http: C, bare: C) => string | undefined;
}

export interface ClaimRaceResult<H, B, C> {
  httpRates: number[];
  rawRates: number[];
  two: Awaited<ReturnType<typeof twoProcessRounds>>;
  /** The full runs and what the database held after each. */
  http: H;
  raw: B;
  httpCheck: C;
  rawCheck: C;
  grantsPerSec: number;
  rawGrantsPerSec: number;
  grantRatioToRaw: number | null;
  /** The figures every claim-like benchmark prints in its last line, the same way. */
  figures: Record<string, unknown>;
}

export async function runClaimRace<H extends HttpRun, B extends SideRun, C>(
  o: ClaimRaceOptions<H, B, C>,
): Promise<ClaimRaceResult<H, B, C>> {
  const { stock, words } = o;
  const warmup = Math.min(5000, Math.max(200, Math.floor(o.people / 20)));
  const roundSize = Math.min(o.people, stock * 3);
  stopAfter(o.timeLimitSec);
  const pgServer = await startTempPostgres({ maxConnections: 300 });
  let server: ChildProcess | null = null;
  let second: ChildProcess | null = null;
  try {
    const key = randomBytes(32);
    const salt = randomBytes(12).toString('base64url');
    const db = await openPostgres(pgServer.url, 10);
    await migrateAll(db);
    const t = Date.now();
    // The racers of the warm-up, the HTTP runs and the bare runs are the same people: each asks once per target,
    // and each run has a target of its own.
    const { district, unions } = await seedBenchUnions(db);
    const unionIds = unions.map((u) => u.id);
    const everyone = await seedWorkerSessions(db, { count: o.people, salt, unionIds, prefix: 'bench' });
    log(
      `seeded ${everyone.length} ${words.people} with sessions in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    const target = (name: string, n = stock) => o.newTarget(db, district.id, name, n);
    const warm = await target('预热', Math.floor(warmup / 2));
    const race: { http: number; raw: number }[] = [];
    for (let r = 1; r <= o.rounds; r++) {
      race.push({
        http: await target(`${o.title}（HTTP 第${r}轮）`),
        raw: await target(`${o.title}（SQL 第${r}轮）`),
      });
    }
    const httpFull = await target(`${o.title}（HTTP）`);
    const rawFull = await target(`${o.title}（SQL）`);
    await db.query('analyze');

    const port = await freePort();
    const serverEnv = {
      DATABASE_URL: pgServer.url,
      HOST: '127.0.0.1',
      GONGHUI_DEMO: '0',
      GONGHUI_ID_KEY: key.toString('base64'),
    };
    server = await startServer({ ...serverEnv, PORT: String(port) }, o.serverArgs ?? []);
    const shuffled = [...everyone].sort(() => Math.random() - 0.5);
    await o.http(port, warm, shuffled.slice(0, warmup), salt, o.connections);

    // The race to the last grant, repeated: three times the stock in people, fresh targets each round.
    const httpRates: number[] = [];
    const rawRates: number[] = [];
    for (const [i, r] of race.entries()) {
      const list = [...everyone].sort(() => Math.random() - 0.5).slice(0, roundSize);
      const h = await o.http(port, r.http, list, salt, o.connections);
      const w = await o.bare(pgServer.url, db, r.raw, list);
      const [hc, wc] = [await o.check(db, r.http), await o.check(db, r.raw)];
      const wrong = o.wrongRound(hc, wc);
      if (wrong) throw new Error(`round ${i + 1} ${wrong}`);
      httpRates.push(grantRate(o.given(hc), h.sellOutMs));
      rawRates.push(grantRate(o.given(wc), w.sellOutMs));
      log(
        `round ${i + 1}: HTTP ${httpRates[i]} ${words.unit}/s, ${words.bare} ${rawRates[i]} ${words.unit}/s`,
      );
    }

    // Two processes on the one database, the same connections in all split between them (issue 44).
    const port2 = await freePort();
    second = await startServer({ ...serverEnv, PORT: String(port2) });
    await o.http(
      port2,
      await target('预热2', Math.floor(warmup / 2)),
      shuffled.slice(0, warmup),
      salt,
      o.connections,
    );
    const two = await twoProcessRounds({
      rounds: o.rounds,
      ports: [port, port2],
      stock,
      newTarget: (r) => target(`${o.title}（两进程 第${r}轮）`),
      people: () => [...everyone].sort(() => Math.random() - 0.5).slice(0, roundSize),
      fire: (p, id, list) => o.http(p, id, list as Racer[], salt, Math.ceil(o.connections / 2)),
      granted: async (id) => o.given(await o.check(db, id)),
      log,
    });
    log(
      `two processes: ${two.grantsPerSec} ${words.unit}/s (one: ${median(httpRates)}), ${words.over} ${two.oversold}`,
    );

    // One full run each way: every worker asks once.
    const http = await o.http(port, httpFull, shuffled, salt, o.connections);
    const httpCheck = await o.check(db, httpFull);
    log(`HTTP: ${JSON.stringify(http.results)} in ${(http.ms / 1000).toFixed(2)} s, errors ${http.errors}`);
    const raw = await o.bare(pgServer.url, db, rawFull, shuffled);
    const rawCheck = await o.check(db, rawFull);
    log(`${words.bare} SQL: ${JSON.stringify(raw.results)} in ${(raw.ms / 1000).toFixed(2)} s`);
    await db.close();

    const grantsPerSec = median(httpRates);
    const rawGrantsPerSec = median(rawRates);
    const grantRatioToRaw = rawGrantsPerSec ? Number((grantsPerSec / rawGrantsPerSec).toFixed(2)) : null;
    const figures = {
      sellOutMs: http.sellOutMs === null ? null : Math.round(http.sellOutMs),
      rawSellOutMs: raw.sellOutMs === null ? null : Math.round(raw.sellOutMs),
      grantsPerSec,
      rawGrantsPerSec,
      grantRatioToRaw,
      goalRatio: 0.6,
      rounds: o.rounds,
      roundRatios: httpRates.map((h, i) => Number((h / (rawRates[i] || 1)).toFixed(2))),
      connections: o.connections,
      rawClients: o.rawClients,
      twoProcessGrantsPerSec: two.grantsPerSec,
      twoProcessRoundRates: two.rates,
      twoProcessOversold: two.oversold,
      twoToOne: Number((two.grantsPerSec / (grantsPerSec || 1)).toFixed(2)),
    };
    return {
      httpRates,
      rawRates,
      two,
      http,
      raw,
      httpCheck,
      rawCheck,
      grantsPerSec,
      rawGrantsPerSec,
      grantRatioToRaw,
      figures,
    };
  } finally {
    for (const child of [second, server]) {
      if (!child) continue;
      child.kill('SIGTERM');
      await once(child, 'exit').catch(() => undefined);
    }
    await pgServer.stop();
  }
}
