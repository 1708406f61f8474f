/**
 * Reports benchmark: the programs statistics over a federation-sized database, on a throw-away PostgreSQL.
 * Generated set-based: 10,111 unions in five levels (federation → 10 districts → 10 streets → 10
 * grassroots unions → 9 branches each; members belong to the branches), N members, M applications over 2024–2025 in 12 programs, an
 * entitlement per approved application, payments of the first half of each year, and the maintained counts
 * they imply, summed and distinct (computed by the same statements as programs migrations 016 and 017 backfill).
 * Then, warmed up and
 * many times each, through the service (`getProgramReport`, what the statistics page calls):
 *   - the federation-wide report for 2025 and a district's report for 2025 (p50, p95);
 *   - the same federation report's figures computed from the raw rows in the same run (the baseline);
 * first at half the applications, then at all of them (`halfDataP95Ms` vs `federationP95Ms`: flat is the goal);
 * and the as-of case (issue 23, ADR 43): studio levels kept per day since 2016 for every union (~200,000 cells),
 * the studio statistics of 1 March – 30 November 2020 read as they stood on its last day, federation and district.
 * Goal: p95 ≤ 200 ms for each. The last line is one JSON object.
 * Usage: npm run bench:reports [-- --members N --applications N --runs R --engine postgres|pglite]
 */
import os from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { type Db, openPglite, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { getStudioStats } from '../src/modules/innovation/studios/studios.stats.ts';
import { countStudiosLedByModelWorkers } from '../src/modules/modelworkers/index.ts';
import { getProgramReport } from '../src/modules/programs/reports/stats.service.ts';
import { EDGE_SQL, EDGE_TIERS_SQL, PEOPLE_SQL } from '../src/modules/programs/reports/stats.sql.ts';
import { engineArg, intArg } from './args.ts';
import {
  benchAdmin as admin,
  bulkLoader,
  FIRST_GRASSROOTS,
  federationSize,
  GRASSROOTS,
  generateMembers,
  generateTree,
  measure as measureTimes,
  PROGRAMS,
  withoutIndexes,
} from './federation.fixture.ts';
import { benchRun } from './run.ts';

const { members, applications } = federationSize();
const runs = intArg('runs', 30);
const engine = engineArg();
const log = (msg: string) => console.error(msg);

/**
 * Applications lo..hi: a member, a program, a day of 2024–2025; 80 % approved (a few days later, one of
 * three amounts), 10 % rejected, 10 % waiting. Each approved one has its entitlement; those applied for in
 * January–June are paid in a batch per program, district and year on 1 August.
 */
async function generateApplications(
  db: Db,
  load: (text: string, params: unknown[]) => Promise<void>,
  lo: number,
  hi: number,
) {
  await load(
    `insert into applications (id, program_id, version, person_id, org_id, period_key, applied_on, dedupe_key,
       status, amount_fen, decision, intake, decided_at, federation_id) overriding system value
     select a, pr, 1, person, ${FIRST_GRASSROOTS} + person % ${GRASSROOTS}, extract(year from day)::text, day,
            'b:' || a, st, case when st = 'approved' then (array[50000, 100000, 200000])[1 + a % 3] end,
            '{}', 'batch',
            case when st <> 'submitted' then (day + (3 + a % 11)::int)::timestamp at time zone 'Asia/Shanghai' + interval '10 hours' end,
            1
       from (select a, 1 + a % ${PROGRAMS} as pr, 1 + (a * 2654435761 % 4294967291) % $3 as person,
                    date '2024-01-01' + (a * 7919 % 720)::int as day,
                    case when a % 10 < 8 then 'approved' when a % 10 = 8 then 'rejected' else 'submitted' end as st
               from generate_series($1::bigint, $2::bigint) a) t`,
    [lo, hi, members],
  );
  await load(
    `insert into ledger_entries (id, kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
       created_at, federation_id) overriding system value
     select id, 'entitlement', amount_fen, program_id, id, period_key, person_id, org_id, decided_at, 1
       from applications where id between $1 and $2 and status = 'approved'`,
    [lo, hi],
  );
  await load(
    `insert into payment_batches (program_id, org_id, status, paid_at, note, federation_id)
     select g, d, 'paid', make_date(y, 8, 1)::timestamp at time zone 'Asia/Shanghai', 'bench ' || $1, 1
       from generate_series(1, ${PROGRAMS}) g, generate_series(2, 11) d, unnest(array[2024, 2025]) y`,
    [lo],
  );
  await load(
    `insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen, federation_id)
     select b.id, l.id, l.program_id, l.person_id, l.org_id, l.amount_fen, 1
       from ledger_entries l
       join orgs o on o.id = l.org_id
       join payment_batches b on b.note = 'bench ' || $1::bigint and b.program_id = l.program_id
        and b.org_id = split_part(o.path, '/', 3)::bigint and extract(year from b.paid_at) = l.period_key::int
       join applications a on a.id = l.application_id and extract(month from a.applied_on) <= 6
      where l.id between $1::bigint and $2::bigint`,
    [lo, hi],
  );
  // The counts these rows imply, by the statements of the migrations' backfills.
  const backfill = async (what: string, sqlText: string) => {
    const t = Date.now();
    await db.tx(async (sql) => {
      await sql.query(`set local work_mem = '1GB'`);
      await sql.query(`do $$ begin execute ${sqlText}; end $$`);
    });
    log(`  counts of ${what}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await db.query('analyze applications, ledger_entries, payment_batches, payment_items');
  const apps = `(select 1 as s, * from applications where id between ${lo} and ${hi})`;
  await backfill('applications', `programs_counts_upsert_sql(programs_application_deltas_sql('${apps}'))`);
  await backfill(
    'ledger entries',
    `programs_counts_upsert_sql(programs_ledger_deltas_sql('(select 1 as s, * from ledger_entries where id between ${lo} and ${hi})'))`,
  );
  await backfill(
    'payments',
    `programs_counts_upsert_sql(programs_payment_deltas_sql('(select 1 as s, * from payment_batches where note = ''bench ${lo}'')'))`,
  );
  // People and unions are loaded in bulk, like the migration's backfill: for the second half, again from all the
  // applications (a holder of the first half may count again in the second).
  if (lo > 1) {
    // two statements: PGlite's query is one prepared statement
    await db.query('delete from report_presence');
    await db.query(`delete from report_counts where subject in ('programs.people', 'programs.unions')`);
  }
  await backfill(
    'people and unions',
    `report_presence_load_sql(programs_presence_deltas_sql('(select 1 as s, * from applications where id <= ${hi})'))`,
  );
}

const BIG_TABLES = ['persons', 'memberships', 'applications', 'ledger_entries', 'payment_items'];
const measure = (fn: () => Promise<unknown>, times = runs, warmUps = 3) => measureTimes(fn, times, warmUps);

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
/** The federation report's figures from the raw rows only: no month is read from the counts. */
const rawReport = async (db: Db) => {
  const params = ['/1/', YEAR.from, YEAR.to, null, '/1/%', '2026-01-01', 'infinity'];
  await db.query(EDGE_SQL, params);
  await db.query(EDGE_TIERS_SQL, params);
  await db.query(PEOPLE_SQL, params.slice(0, 5));
};

const pg = engine === 'postgres' ? await startTempPostgres() : undefined;
await benchRun(pg, async (fail) => {
  const db = pg ? await openPostgres(pg.url, 4) : await openPglite();
  await migrateAll(db);
  const load = bulkLoader(db, log);
  const t0 = Date.now();
  await generateTree(db);
  const half = Math.floor(applications / 2);
  await withoutIndexes(db, BIG_TABLES, async () => {
    await generateMembers(load, members);
    await generateApplications(db, load, 1, half);
  });
  const halfSeconds = (Date.now() - t0) / 1000;
  log(`generated ${members} members and ${half} applications in ${halfSeconds.toFixed(1)} s`);
  const atHalf = await measure(() => getProgramReport(db, admin, { orgId: 1, ...YEAR }));
  log(`half data: federation p50 ${atHalf.p50} ms, p95 ${atHalf.p95} ms`);

  const t1 = Date.now();
  await withoutIndexes(db, BIG_TABLES, () => generateApplications(db, load, half + 1, applications));
  const restSeconds = (Date.now() - t1) / 1000;
  log(`generated the other ${applications - half} applications in ${restSeconds.toFixed(1)} s`);
  const federation = await measure(() => getProgramReport(db, admin, { orgId: 1, ...YEAR }));
  const district = await measure(() => getProgramReport(db, admin, { orgId: 2, ...YEAR }));
  // The raw rows take seconds to minutes at full size: three runs after one warm-up.
  const raw = await measure(() => rawReport(db), Math.min(runs, 3), 1);
  // The distinct counts (people, unions) from the approved applications, as the baseline and other periods read them.
  const people = await measure(
    () => db.query(PEOPLE_SQL, ['/1/', YEAR.from, YEAR.to, null, '/1/%']),
    Math.min(runs, 3),
    1,
  );
  // The as-of case: studio levels as dated states, 20 facts per union on random days of 2016–2025.
  await load(
    `insert into report_counts (subject, org_id, month, dim, dim2, n, fen, federation_id)
     select 'innovation.studios', id, day, level, '', sum(s), 0, federation_id
       from (select o.id, date '2016-01-01' + (abs(hashint4(o.id::int * 31 + g)) % 3650) as day,
                    (array['grassroots', 'district', 'city'])[1 + abs(hashint4(o.id::int + g)) % 3] as level,
                    case when g % 5 = 0 then -1 else 1 end as s, split_part(o.path, '/', 2)::bigint as federation_id
               from orgs o cross join generate_series(1, 20) g) x
      group by id, day, level, federation_id`,
    [],
  );
  await db.query('analyze report_counts');
  const PERIOD = { from: '2020-03-01', to: '2020-11-30' };
  const asOfFederation = await measure(() =>
    getStudioStats(db, admin, { orgId: 1, ...PERIOD }, PERIOD.to, countStudiosLedByModelWorkers),
  );
  const asOfDistrict = await measure(() =>
    getStudioStats(db, admin, { orgId: 2, ...PERIOD }, PERIOD.to, countStudiosLedByModelWorkers),
  );
  const studios = await getStudioStats(
    db,
    admin,
    { orgId: 1, ...PERIOD },
    PERIOD.to,
    countStudiosLedByModelWorkers,
  );
  if (studios.asOf !== PERIOD.to || studios.levels.every((l) => l.n === 0)) fail();
  const sizes = (
    await db.query<Record<string, number>>(
      `select (select count(*) from orgs)::int as unions, (select count(*) from applications)::int as applications,
              (select count(*) from ledger_entries)::int as "ledgerEntries",
              (select count(*) from payment_items)::int as "paymentItems",
              (select count(*) from report_counts)::int as "countCells",
              (select count(*) from report_presence)::int as "presenceRows"`,
    )
  ).rows[0];
  const report = await getProgramReport(db, admin, { orgId: 1, ...YEAR });
  if (report.totals.applications === 0 || report.byUnion.length !== 10) fail();
  console.log(
    JSON.stringify({
      bench: 'reports',
      federationP50Ms: federation.p50,
      federationP95Ms: federation.p95,
      districtP50Ms: district.p50,
      districtP95Ms: district.p95,
      rawP50Ms: raw.p50,
      rawP95Ms: raw.p95,
      peopleP50Ms: people.p50,
      peopleP95Ms: people.p95,
      halfDataP50Ms: atHalf.p50,
      halfDataP95Ms: atHalf.p95,
      asOfFederationP50Ms: asOfFederation.p50,
      asOfFederationP95Ms: asOfFederation.p95,
      asOfDistrictP50Ms: asOfDistrict.p50,
      asOfDistrictP95Ms: asOfDistrict.p95,
      members,
      ...sizes,
      generateSeconds: Math.round(halfSeconds + restSeconds),
      runs,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      cpus: os.cpus().length,
      engine,
      postgres: pg?.version ?? null,
      goalMet: [federation, district, asOfFederation, asOfDistrict].every((m) => m.p95 <= 200),
    }),
  );
  await db.close();
});
