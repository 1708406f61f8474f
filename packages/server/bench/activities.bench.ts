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
import type { Db } from '../src/db/db.ts';
import { createActivitiesService } from '../src/modules/activities/index.ts';
import { systemClock } from '../src/shared/clock.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { intArg } from './args.ts';
import { bareRace, claimRaceArgs, runClaimRace } from './claim-race.ts';
import { benchAdmin, httpRace, log, type RaceRun } from './race.ts';

const workers = intArg('workers', 100_000);
const places = intArg('places', 1000);
const limits = claimRaceArgs();
const { connections, rawClients, rounds } = limits;
const profileAt = process.argv.indexOf('--profile');
const profileDir = profileAt > 0 ? process.argv[profileAt + 1] : undefined;
const admin = benchAdmin;

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
  const today = todayInChina(new Date());
  const run = await bareRace(url, rawClients, list, 'confirmed', async (client, c) => {
    const { rows } = await client.query<{ status: string }>(BARE, [activityId, c.personId, c.orgId, today]);
    return rows[0]?.status ?? 'duplicate';
  });
  return { ...run, errors: 0 };
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

const race = await runClaimRace({
  people: workers,
  stock: places,
  ...limits,
  words: { people: 'workers', unit: 'places', bare: 'bare', over: 'given twice or over' },
  title: '话剧专场',
  serverArgs: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  newTarget: newActivity,
  http: httpSignups,
  bare: (url, _db, id, list) => rawSignups(url, id, list),
  check: verify,
  given: (c) => c.given,
  wrongRound: (h, w) =>
    h.given > places || w.given > places || h.distinct !== h.given ? 'gave a place twice' : undefined,
});
const { http, raw, httpCheck, rawCheck } = race;

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
  `up to the last place (median of ${rounds} rounds): HTTP ${race.grantsPerSec} places/s, bare ${race.rawGrantsPerSec} places/s; ratio ${race.grantRatioToRaw}`,
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
    httpSeconds: Number((http.ms / 1000).toFixed(2)),
    rawSeconds: Number((raw.ms / 1000).toFixed(2)),
    rawGiven: rawCheck.given,
    httpErrors: http.errors,
    ...race.figures,
  }),
);
