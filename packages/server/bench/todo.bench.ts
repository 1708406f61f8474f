/**
 * To-do benchmark (待办, ADR 75): `GET /api/todo`'s service for a district's manager over the federation of
 * bench:reports (10,111 unions, N members, M applications of which a tenth wait at a review step — a third each
 * at the district, the street and the branch), with requests (诉求) waiting to be accepted or answered at every
 * union and join requests pending in the branches, on a throw-away PostgreSQL.
 * Measured warmed up, many times each: the whole to-do list of a district manager, a street manager and the
 * federation's manager, and a member's own list; the baseline, in the same run, is the reviewer's badge alone
 * (one indexed count, what the menu showed before the to-do list). Goal: district p95 ≤ 100 ms.
 * Sources whose tables are not generated here answer from empty tables (named in `emptySources`).
 * Usage: npm run bench:todo [-- --members N --applications N --cases N --joins N --runs R]
 */
import os from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import type { Actor } from '../src/access/access.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { todoSourcesOf } from '../src/module-manifest.ts';
import { summariseWaitingReviews } from '../src/modules/programs/applications/index.ts';
import { listTodo } from '../src/modules/todo/todo.service.ts';
import { MODULES } from '../src/modules.gen.ts';
import { intArg } from './args.ts';
import {
  bulkLoader,
  FIRST_GRASSROOTS,
  federationSize,
  GRASSROOTS,
  generateMembers,
  generateTree,
  measure,
  PROGRAMS,
  withoutIndexes,
} from './federation.fixture.ts';
import { benchRun } from './run.ts';

const { members, applications } = federationSize();
const cases = intArg('cases', 1_000_000);
const joins = intArg('joins', 200_000);
const runs = intArg('runs', 50);
const log = (msg: string) => console.error(msg);
const TODAY = '2025-12-15';

const manager = (orgId: number, scopePath: string): Actor => ({
  userId: 1,
  username: 'bench',
  displayName: 'bench',
  role: 'manager',
  orgId,
  scopePath,
  personId: null,
});
const district = manager(2, '/1/2/');
const street = manager(12, '/1/2/12/');
const federation = manager(1, '/1/');
const member: Actor = { ...manager(0, '/'), role: 'worker', orgId: null, scopePath: null, personId: 4242 };

/** The union `n` levels above branch `b` (0: the branch), as a SQL expression over the branch's path. */
const up = (path: string, level: number) => `split_part(${path}, '/', ${level + 1})::bigint`;

const pg = await startTempPostgres();
await benchRun(pg, async (fail) => {
  const db = await openPostgres(pg.url, 4);
  await migrateAll(db);
  const load = bulkLoader(db, log);
  const t0 = Date.now();
  await generateTree(db);
  await withoutIndexes(db, ['persons', 'memberships', 'applications', 'cases', 'join_requests'], async () => {
    await generateMembers(load, members);
    // 80 % decided, 10 % returned to the worker, 10 % waiting at a step: the district, the street or the branch.
    await load(
      `insert into applications (id, program_id, version, person_id, org_id, period_key, applied_on, dedupe_key,
         status, amount_fen, decision, intake, step_org_id, federation_id) overriding system value
       select a, 1 + a % ${PROGRAMS}, 1, person, o.id, extract(year from day)::text, day, 'b:' || a, st,
              case when st = 'approved' then 100000 end, '{}', 'batch',
              case when st = 'submitted' then ${up('o.path', 3)} end, 1
         from (select a, 1 + (a * 2654435761 % 4294967291) % $3 as person,
                      date '2024-01-01' + (a * 7919 % 720)::int as day,
                      case when a % 10 < 7 then 'approved' when a % 10 = 7 then 'rejected'
                           when a % 10 = 8 then 'returned' else 'submitted' end as st
                 from generate_series($1::bigint, $2::bigint) a) t
         join orgs o on o.id = ${FIRST_GRASSROOTS} + t.person % ${GRASSROOTS}`,
      [1, applications, members],
    );
    // The step of a waiting application: one of the three unions above its branch, by its id.
    await load(
      `update applications a set step_org_id = case a.id % 3 when 0 then ${up('o.path', 1)}
                                                          when 1 then ${up('o.path', 2)} else o.id end
         from orgs o where o.id = a.org_id and a.status = 'submitted'`,
      [],
    );
    // Requests at every union, a fifth of them still waiting (submitted or accepted), deadlines around today.
    await load(
      `insert into cases (org_id, filed_org_id, federation_id, channel, category, description, anonymous, person_id,
         status, filed_on, due_set_on, counted_from, entered_on, ack_due, answer_due, accepted_on, answered_on)
       select org, org, 1, 'hotline', (select code from case_categories order by position limit 1), '诉求' || c, false,
              1 + c % $2, st, day, day, day, day, day + 3, day + 15,
              case when st <> 'submitted' then day + 2 end, case when st in ('answered', 'closed') then day + 10 end
         from (select c, 1 + c % 10111 as org, date '${TODAY}' - (c % 400) as day,
                      case c % 10 when 0 then 'submitted' when 1 then 'accepted' when 2 then 'answered'
                                  else 'closed' end as st
                 from generate_series(1, $1) c) t`,
      [cases, members],
    );
    await load(
      `insert into join_requests (org_id, name, id_hash, id_cipher, id_masked, phone, status, reason, created_at,
         federation_id)
       select ${FIRST_GRASSROOTS} + j % ${GRASSROOTS}, '申请人' || j, 'j' || j, 'v1.bench', '110***********0000',
              '13800000000', case when j % 4 = 0 then 'pending' when j % 4 = 1 then 'declined' else 'accepted' end,
              case when j % 4 = 1 then '不符合条件' end,
              timestamptz '${TODAY} 09:00+08' - (j % 300) * interval '1 day', 1
         from generate_series(1, $1) j`,
      [joins],
    );
  });
  const generateSeconds = Math.round((Date.now() - t0) / 1000);
  log(`generated in ${generateSeconds} s`);

  const sources = todoSourcesOf(MODULES);
  const badge = await measure(() => summariseWaitingReviews(db, district.orgId as number), runs);
  const districtList = await measure(() => listTodo(db, district, TODAY, sources), runs);
  const streetList = await measure(() => listTodo(db, street, TODAY, sources), runs);
  const federationList = await measure(() => listTodo(db, federation, TODAY, sources), runs);
  const memberList = await measure(() => listTodo(db, member, TODAY, sources), runs);
  const sample = await listTodo(db, district, TODAY, sources);
  if (sample.total === 0 || !sample.items.some((i) => i.module === 'programs')) fail();
  const counted = new Set(sample.items.map((i) => i.module));
  const sizes = (
    await db.query<Record<string, number>>(
      `select (select count(*) from orgs)::int as unions,
              (select count(*) from applications)::int as applications,
              (select count(*) from applications where status = 'submitted')::int as "waitingApplications",
              (select count(*) from cases)::int as cases,
              (select count(*) from join_requests)::int as "joinRequests"`,
    )
  ).rows[0];
  console.log(
    JSON.stringify({
      bench: 'todo',
      districtP50Ms: districtList.p50,
      districtP95Ms: districtList.p95,
      streetP95Ms: streetList.p95,
      federationP95Ms: federationList.p95,
      memberP95Ms: memberList.p95,
      badgeP50Ms: badge.p50,
      badgeP95Ms: badge.p95,
      districtToBadgeP95: Math.round((districtList.p95 / Math.max(badge.p95, 0.1)) * 10) / 10,
      districtItems: sample.items.length,
      districtTotal: sample.total,
      modulesWithWork: [...counted].sort(),
      members,
      ...sizes,
      generateSeconds,
      runs,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      cpus: os.cpus().length,
      postgres: pg.version,
      goalMet: districtList.p95 <= 100,
    }),
  );
  await db.close();
});
