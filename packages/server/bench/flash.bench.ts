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
import type { Db } from '../src/db/db.ts';
import { loadClaimProgram } from '../src/modules/programs/claims/claims.plan.ts';
import { type ClaimRow, claimParams } from '../src/modules/programs/claims/claims.repository.ts';
import { createProgram, publishProgram } from '../src/modules/programs/program-admin.service.ts';
import { flashClaimProgram } from '../src/modules/programs/programs.test-kit.ts';
import { intArg } from './args.ts';
import { bareRace, claimRaceArgs, runClaimRace } from './claim-race.ts';
import { benchAdmin, httpRace, log } from './race.ts';

const claimants = intArg('claimants', 100_000);
const stock = intArg('stock', 1000);
const limits = claimRaceArgs();
const { connections, rawClients, rounds } = limits;
const admin = benchAdmin;

async function newProgram(db: Db, ownerOrgId: number, name: string, quota: number): Promise<number> {
  const p = await createProgram(db, admin, {
    ...flashClaimProgram({
      name,
      quota,
      claimStartsAt: new Date(Date.now() - 60_000).toISOString(),
      claimEndsAt: new Date(Date.now() + 3600_000).toISOString(),
    }),
    ownerOrgId,
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
  return bareRace(url, rawClients, list, 'granted', async (client, c) => {
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
    return rows[0].applicationId !== null ? 'granted' : 'sold_out';
  });
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

const race = await runClaimRace({
  people: claimants,
  stock,
  ...limits,
  words: { people: 'claimants', unit: 'grants', bare: 'raw', over: 'oversold' },
  title: '话剧票',
  newTarget: newProgram,
  http: httpClaims,
  bare: rawClaims,
  check: verify,
  given: (c) => c.granted,
  wrongRound: (h, w) => (h.granted > stock || w.granted > stock ? 'oversold' : undefined),
});
const { http, raw, httpCheck, rawCheck } = race;

/** Sold-out answers per second after the last grant. */
const soldOutRate = (answers: number, ms: number, sellOutMs: number | null) =>
  ms > (sellOutMs ?? 0) ? Math.round(answers / ((ms - (sellOutMs ?? 0)) / 1000)) : null;
const soldOutPerSec = soldOutRate(http.results.sold_out ?? 0, http.ms, http.sellOutMs);
const rawSoldOutPerSec = soldOutRate(raw.results.sold_out ?? 0, raw.ms, raw.sellOutMs);
const oversold = Math.max(0, httpCheck.granted - stock) + Math.max(0, rawCheck.granted - stock);
log(
  `granted ${httpCheck.granted} (distinct ${httpCheck.distinct}, usage ${httpCheck.used}), oversold ${oversold}`,
);
log(
  `up to sell-out (median of ${rounds} rounds): HTTP ${race.grantsPerSec} grants/s, raw ${race.rawGrantsPerSec} grants/s; ratio ${race.grantRatioToRaw}`,
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
    soldOutPerSec,
    rawSoldOutPerSec,
    rawGranted: rawCheck.granted,
    httpErrors: http.errors + http.non2xx,
    ...race.figures,
  }),
);
