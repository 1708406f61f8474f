/**
 * Returns benchmark (issue 25): a return of 200 fields issued by a city federation to its 9,000 branch unions, the
 * 1,110 unions between consolidating, on a throw-away PostgreSQL. The tree is the reports benchmark's: federation →
 * 10 districts → 10 streets each → 10 grassroots unions each → 9 branches each; 200,000 members in the branches.
 *
 * Issued through the service (`issue`: submissions and the bound figure `members` as of the period end, timed
 * once). Then every branch's values are loaded set-based (200 per branch) and every submission submitted and
 * accepted bottom-up with its totals, as the service would leave them; 50 branches are filled and submitted through
 * the service itself (`save` then `submit`: the submit is the validation of one return, timed). Then, warmed up
 * and many times each:
 *   - the consolidated table of the federation (10 districts as columns) and of a district (10 streets);
 *   - completeness over the whole tree (counts and every union's state, 10,110 rows);
 *   - the baseline: the federation's totals summed from the branches' raw values in the same run.
 * Goals: tables p95 ≤ 200 ms, completeness p95 ≤ 100 ms, one submit p95 ≤ 20 ms. The last line is one JSON object.
 * Usage: npm run bench:returns [-- --members N --runs R --engine postgres|pglite]
 */
import os from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import type { Actor } from '../src/access/access.ts';
import { type Db, openPglite, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createReturnsServices } from '../src/modules/returns/index.ts';
import { engineArg, intArg } from './args.ts';
import {
  GRASSROOTS as BRANCHES,
  FIRST_GRASSROOTS as FIRST_BRANCH,
  generateTree,
  measure as measureRuns,
  percentile,
} from './federation.fixture.ts';
import { benchRun } from './run.ts';

const members = intArg('members', 200_000);
const runs = intArg('runs', 30);
const engine = engineArg();
const log = (msg: string) => console.error(msg);
const FIELDS = 200;

const staff = (id: number, path: string): Actor => ({
  userId: 0,
  username: 'bench',
  displayName: 'bench',
  role: 'staff',
  orgId: id,
  scopePath: path,
  personId: null,
});
const pathOf = (id: number): string => {
  if (id === 1) return '/1/';
  if (id <= 11) return `/1/${id}/`;
  if (id <= 111) return `${pathOf(2 + Math.floor((id - 12) / 10))}${id}/`;
  if (id <= 1111) return `${pathOf(12 + Math.floor((id - 112) / 10))}${id}/`;
  return `${pathOf(112 + Math.floor((id - FIRST_BRANCH) / 9))}${id}/`;
};

/** The reports benchmark's tree (bench/federation.fixture.ts), then the members in its branches. */
async function generateFederation(db: Db) {
  await generateTree(db);
  await db.query(
    `insert into persons (id, name, id_hash, id_cipher, id_masked, birth_date, gender, federation_id)
     overriding system value
     select g, '职工' || g, 'h' || g, 'v1.bench', '110***********' || lpad((g % 10000)::text, 4, '0'),
            date '1970-01-01', case when g % 2 = 0 then 'female' else 'male' end, 1
       from generate_series(1, $1) g`,
    [members],
  );
  await db.query(
    `insert into memberships (person_id, org_id, joined_on, federation_id)
     select g, ${FIRST_BRANCH} + g % ${BRANCHES}, date '2015-01-01', 1 from generate_series(1, $1) g`,
    [members],
  );
  await db.query('analyze');
}

const FORM = {
  sections: Array.from({ length: 10 }, (_, s) => ({
    key: `s${s + 1}`,
    title: `第${s + 1}部分`,
    fields: Array.from({ length: FIELDS / 10 }, (_, i) => {
      const n = s * (FIELDS / 10) + i + 1;
      return n === 1
        ? { key: 'f1', label: '会员人数', type: 'int' as const, figure: 'members' as const, required: true }
        : { key: `f${n}`, label: `指标${n}`, type: 'int' as const, required: n <= 20 };
    }),
    tables: [],
  })),
  rules: [{ expr: '指标2 ≤ 会员人数' }, { expr: '指标3 + 指标4 ≤ 指标5 + 会员人数' }],
};

/** p50 and p95 in ms of `times` runs of `fn` (by default --runs) after `warmUps` unmeasured ones. */
const measure = (fn: () => Promise<unknown>, times = runs, warmUps = 3) => measureRuns(fn, times, warmUps);

const pg = engine === 'postgres' ? await startTempPostgres() : undefined;
await benchRun(pg, async (fail) => {
  const db = pg ? await openPostgres(pg.url, 4) : await openPglite();
  await migrateAll(db);
  const t0 = Date.now();
  await generateFederation(db);
  log(
    `tree of ${1 + 10 + 100 + 1000 + BRANCHES} unions and ${members} members in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const clock = () => new Date('2026-01-05T09:00:00+08:00');
  const s = createReturnsServices(db, clock);
  const fed = staff(1, '/1/');
  const { id } = await s.returns.create(fed, {
    title: '2025年工会统计年报（基准）',
    periodKind: 'year',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    targetLevel: 5,
    deadline: '2026-01-30',
    form: FORM,
  });
  const t1 = Date.now();
  const issued = await s.returns.issue(fed, id);
  const issueSeconds = (Date.now() - t1) / 1000;
  log(`issued to ${issued.unions} unions (${issued.fillers} filling) in ${issueSeconds.toFixed(1)} s`);

  // 50 branches through the service: save 200 values, then submit (the validation of one return, timed).
  const viaService = Array.from({ length: 50 }, (_, i) => FIRST_BRANCH + i * 179);
  const submitMs: number[] = [];
  // values below 7 that keep the rules true in a branch of the fewest members (a small --members): 指标2 ≤ 会员人数,
  // 指标3 + 指标4 ≤ 指标5 + 会员人数
  const valueKinds = Math.min(7, Math.floor(Math.floor(members / BRANCHES) / 2) + 1);
  for (const b of viaService) {
    const actor = staff(b, pathOf(b));
    const values = Array.from({ length: FIELDS - 1 }, (_, i) => ({
      key: `f${i + 2}`,
      value: String((b + i) % valueKinds),
    }));
    await s.filling.save(actor, id, b, { values });
    const t = process.hrtime.bigint();
    await s.filling.submit(actor, id, b);
    submitMs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const submit = { p50: percentile(submitMs.slice(5), 50), p95: percentile(submitMs.slice(5), 95) };
  log(`submit (validation) of one return: p50 ${submit.p50} ms, p95 ${submit.p95} ms`);

  // Every other branch set-based, then every level submitted and accepted bottom-up with its totals.
  const t2 = Date.now();
  await db.query(
    `insert into return_values (submission_id, key, org_id, num, total_num, source, federation_id)
     select s.id, 'f' || k, s.org_id, (s.org_id + k) % 7, (s.org_id + k) % 7, 'typed', 1
       from return_submissions s cross join generate_series(2, ${FIELDS}) k
      where s.return_id = $1 and not s.consolidates and s.status = 'open'`,
    [id],
  );
  await db.query(
    `update return_values v set total_num = v.num from return_submissions s
      where s.id = v.submission_id and s.return_id = $1 and not s.consolidates and v.key = 'f1'`,
    [id],
  );
  await db.query(
    `update return_submissions set status = 'accepted', submitted_at = now(), first_submitted_at = now(), decided_at = now()
      where return_id = $1 and not consolidates`,
    [id],
  );
  for (const level of [4, 3, 2]) {
    await db.query(
      `insert into return_values as v (submission_id, key, org_id, total_num, source, federation_id)
       select p.id, cv.key, p.org_id, coalesce(max(pv.num), 0) + sum(cv.total_num), 'typed', 1
         from return_submissions p join orgs o on o.id = p.org_id and o.level = $2
         join return_submissions c on c.parent_id = p.id and c.status = 'accepted'
         join return_values cv on cv.submission_id = c.id and cv.total_num is not null
         left join return_values pv on pv.submission_id = p.id and pv.key = cv.key
        where p.return_id = $1
        group by p.id, p.org_id, cv.key
       on conflict (submission_id, key) do update set total_num = excluded.total_num`,
      [id, level],
    );
    await db.query(
      `update return_submissions s set status = 'accepted', submitted_at = now(), first_submitted_at = now()
         from orgs o where o.id = s.org_id and o.level = $2 and s.return_id = $1`,
      [id, level],
    );
  }
  await db.query('analyze return_values, return_submissions');
  const loadSeconds = (Date.now() - t2) / 1000;
  const sizes = (
    await db.query<{ submissions: number; values: number }>(
      `select (select count(*) from return_submissions where return_id = $1)::int as submissions,
              (select count(*) from return_values v join return_submissions s on s.id = v.submission_id where s.return_id = $1)::int as values`,
      [id],
    )
  ).rows[0];
  log(`loaded ${sizes.values} values of ${sizes.submissions} returns in ${loadSeconds.toFixed(1)} s`);

  const federation = await measure(() => s.tables.table(fed, id));
  const district = await measure(() => s.tables.table(fed, id, 2));
  const progress = await measure(() => s.tables.progress(fed, id));
  const baseline = await measure(
    () =>
      db.query(
        `select v.key, sum(v.num) from return_values v join return_submissions s on s.id = v.submission_id
          where s.return_id = $1 and not s.consolidates group by v.key`,
        [id],
      ),
    Math.min(runs, 5),
    1,
  );
  // The table must reconcile with the raw values: the federation's total of 指标2 is the sum of every branch's.
  const table = await s.tables.table(fed, id);
  const raw = (
    await db.query<{ n: number }>(
      `select sum(v.num)::bigint as n from return_values v join return_submissions s on s.id = v.submission_id
        where s.return_id = $1 and not s.consolidates and v.key = 'f2'`,
      [id],
    )
  ).rows[0].n;
  const shown = Number(table.rows.find((r) => r.key === 'f2')?.total);
  if (shown !== Number(raw) || table.accepted !== 10) {
    fail();
    log(`the table does not reconcile: ${shown} shown, ${raw} in the values`);
  }
  console.log(
    JSON.stringify({
      bench: 'returns',
      federationTableP50Ms: federation.p50,
      federationTableP95Ms: federation.p95,
      districtTableP50Ms: district.p50,
      districtTableP95Ms: district.p95,
      completenessP50Ms: progress.p50,
      completenessP95Ms: progress.p95,
      submitP50Ms: submit.p50,
      submitP95Ms: submit.p95,
      rawTotalsP50Ms: baseline.p50,
      rawTotalsP95Ms: baseline.p95,
      federationVsRaw: Math.round((federation.p95 / baseline.p95) * 100) / 100,
      issueSeconds: Math.round(issueSeconds * 10) / 10,
      ...sizes,
      fields: FIELDS,
      members,
      runs,
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      cpus: os.cpus().length,
      engine,
      postgres: pg?.version ?? null,
      goalMet: federation.p95 <= 200 && district.p95 <= 200 && progress.p95 <= 100 && submit.p95 <= 20,
    }),
  );
  await db.close();
});
