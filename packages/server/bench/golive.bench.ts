/**
 * Go-live benchmark (issue 45): an empty install on a throw-away PostgreSQL takes a city federation's go-live through
 * the services its pages use, step by step as the go-live checklist (上线清单) lists them — the union tree from its
 * sheet (10,000 unions), accounts for 1,000 of them from the accounts sheet, the members (1,000,000 in one sheet,
 * brought in by the federation's new account: the member import takes a million rows, and the sheet, 64.1 MB or
 * 61 MiB, is just within the upload limit of 64 MiB; `--members-by-district` brings them in as ten district sheets
 * instead, each by that district's account, as a city whose sheet also carries bank and 京卡 numbers — ≈ 82 MB —
 * must), the past registers (100,000 requests, 10,000 studios with two levels each, 100,000 achievements), the
 * year's holiday calendar, and a return issued to every grassroots union. The .xlsx files are written to disk first
 * (not timed, kept between runs); each step is then timed from the file's bytes to the committed transaction.
 * Goals: ≤ 30 minutes in all on this 2-core machine, RSS growth ≤ 300 MB.
 * Usage: npm run bench:golive [-- --scale S] [--members-by-district] [--sheets-only]   (S times every size, 0.01
 * for a quick run, default 1; --sheets-only writes the sheets and stops, so that a timed run later starts at once;
 * --until STEP stops after that step, --trace FILE writes every memory sample as CSV, --heap-profile FILE samples
 * what the members step promotes to V8's old generation — docs/benchmarks.md, "the member import's batches")
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import type { Actor } from '../src/access/access.ts';
import { resolveActor } from '../src/cli/context.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { holdHeapGrowth } from '../src/heap-growth.ts';
import { recountEnterprises } from '../src/modules/agreements/index.ts';
import { prepareSetup } from '../src/modules/auth/index.ts';
import { createFirstAdmin } from '../src/modules/auth/setup.service.ts';
import { ACCOUNTS_SHEET, importUsers } from '../src/modules/auth/users.import.ts';
import { goLiveChecklist } from '../src/modules/golive/index.ts';
import { importOrgsFile } from '../src/modules/org/index.ts';
import { SHIPPED_FORMS } from '../src/modules/returns/returns.forms.ts';
import { createServices } from '../src/services.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { cityTree, sizesAt } from './golive.city.ts';
import { createMeter } from './golive.measure.ts';
import { profileHeap } from './golive.profile.ts';
import { accountHolders, calendarRows, goLiveSheets } from './golive.sheets.ts';
import { benchRun } from './run.ts';

const GOAL_SECONDS = 30 * 60;
const GOAL_RSS_GROWTH_MB = 300;
const scale = (() => {
  const i = process.argv.indexOf('--scale');
  const v = i > 0 ? Number(process.argv[i + 1]) : 1;
  if (!(v > 0 && v <= 1)) throw new Error('--scale must be a number above 0 and at most 1');
  return v;
})();
/** The value given after `--name`, if any. */
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const log = (line: string) => process.stderr.write(`${line}\n`);
setFlagsFromString('--expose-gc');
// the heap's growth held as the server's start holds it (main.ts, ADR 104): the memory measured is the platform's
const heapGrowthPercent = holdHeapGrowth();
(globalThis as { gc?: () => void }).gc = runInNewContext('gc') as () => void;

const sizes = sizesAt(scale);
const tree = cityTree(sizes.unions);
const today = todayInChina(new Date());
const year = Number(today.slice(0, 4));
log(`go-live at scale ${scale}: ${JSON.stringify(sizes)}`);
const t = Date.now();
const byDistrict = process.argv.includes('--members-by-district');
const sheets = await goLiveSheets(tree, sizes, year, byDistrict, log);
const sheetSeconds = (Date.now() - t) / 1000;
log(`sheets ready in ${sheetSeconds.toFixed(1)} s`);
if (process.argv.includes('--sheets-only')) process.exit(0);
/** A file as the upload route hands it to the service: its bytes and its name. */
const upload = (path: string) => ({
  file: readFileSync(path),
  fileName: path.slice(path.lastIndexOf('/') + 1),
});

const pg = await startTempPostgres({ log });
await benchRun(pg, async () => {
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const services = createServices(db, { sessionTtlHours: 12, production: false }, randomBytes(32));
  // The empty install's set-up: the token printed at the first start, then the platform administrator.
  const token = await prepareSetup(db);
  if (!token) throw new Error('the install is not empty');
  await createFirstAdmin(db, {
    token,
    username: 'admin',
    displayName: '平台管理员',
    password: `Golive-${randomBytes(6).toString('hex')}!`,
  });
  const admin = await resolveActor(db, 'admin');
  const accounts = accountHolders(tree, sizes.accounts);
  // --trace FILE writes every memory sample; --until STEP stops after that step (e.g. members, to profile it)
  const meter = createMeter(join(pg.dir, 'data'), log, {
    trace: option('--trace'),
    until: option('--until'),
  });
  const expect = (what: string, ok: boolean, detail: unknown) => {
    if (!ok) throw new Error(`${what}: ${JSON.stringify(detail).slice(0, 2000)}`);
  };
  meter.baseline();

  await meter
    .step(
      'unions',
      sizes.unions,
      () =>
        importOrgsFile(
          db,
          admin,
          { ...upload(sheets.unions), dryRun: false },
          { employersChanged: recountEnterprises },
        ),
      (r) => ({ created: r.created }),
    )
    .then((r) => r && expect('unions', r.created === sizes.unions, r.errors.slice(0, 3)));

  await meter
    .step(
      'accounts',
      accounts.length,
      async () => {
        const { file, fileName } = upload(sheets.accounts);
        return importUsers(db, services.users, admin, await readSheet(file, fileName, ACCOUNTS_SHEET), {
          today,
        });
      },
      (r) => ({ created: r.created.length }),
    )
    .then((r) => r && expect('accounts', r.created.length === accounts.length, r.created.length));
  const federation = await resolveActor(db, accounts[0].username);
  const byUnion = new Map(accounts.map((a) => [a.union.name, a.username]));

  // Members: the city's sheet by the federation's account, or each district's by that district's account (the
  // federation's where it has none).
  await meter
    .step(
      'members',
      sizes.members,
      () =>
        profileHeap(option('--heap-profile'), async () => {
          const jobs = [];
          for (const [i, path] of sheets.members.entries()) {
            const username = byDistrict ? byUnion.get(tree.districts[i].name) : undefined;
            const actor: Actor = username ? await resolveActor(db, username) : federation;
            const { file, fileName } = upload(path);
            const { done } = await services.memberImport.start(actor, {
              fileName,
              buffer: file,
              mode: 'all_or_nothing',
            });
            const job = await done;
            expect(
              `members of ${byDistrict ? tree.districts[i].name : 'the city'}`,
              job.status === 'succeeded',
              {
                status: job.status,
                error: job.error,
                result: job.result,
              },
            );
            jobs.push(job.result);
          }
          return jobs;
        }),
      (r) => ({ files: r.length, imported: r.reduce((n, j) => n + (j?.imported ?? 0), 0) }),
    )
    .then(
      (r) =>
        r &&
        expect(
          'members',
          r.reduce((n, j) => n + (j?.imported ?? 0), 0) === sizes.members,
          r.map((j) => j?.imported),
        ),
    );

  await meter
    .step(
      'cases',
      sizes.cases,
      () => services.cases.register.importFile(federation, { ...upload(sheets.cases), dryRun: false }),
      (r) => ({ created: r.created }),
    )
    .then((r) => r && expect('cases', r.created === sizes.cases, r.created));

  await meter
    .step(
      'studios',
      sizes.studios * 2,
      () =>
        services.innovation.studiosRegister.importFile(federation, {
          ...upload(sheets.studios),
          dryRun: false,
        }),
      (r) => ({ studios: r.studios, created: r.created }),
    )
    .then((r) => r && expect('studios', r.studios === sizes.studios, r.studios));

  await meter
    .step(
      'achievements',
      sizes.achievements,
      () =>
        services.innovation.achievementsRegister.importFile(federation, {
          ...upload(sheets.achievements),
          dryRun: false,
        }),
      (r) => ({ achievements: r.achievements, patents: r.patents }),
    )
    .then((r) => r && expect('achievements', r.achievements === sizes.achievements, r.achievements));

  await meter
    .step(
      'calendar',
      calendarRows(year).length,
      () => services.cases.holidays.importFile(admin, { ...upload(sheets.calendar), dryRun: false }),
      (r) => ({ year: r.year, days: r.days.length }),
    )
    .then((r) => r && expect('calendar', r.days.length > 0, r.days.length));

  // The first return: the shipped grassroots survey of the year that ended on 30 September, to every grassroots union.
  const form = SHIPPED_FORMS.find((f) => f.key === 'grassroots_annual');
  if (!form) throw new Error('no shipped grassroots form');
  await meter
    .step(
      'return',
      tree.grassroots.length,
      async () => {
        const { id } = await services.returns.returns.create(federation, {
          title: `${year}年${form.title}`,
          periodKind: form.periodKind,
          periodFrom: `${year - 1}-10-01`,
          periodTo: `${year}-09-30`,
          targetLevel: form.targetLevel,
          deadline: `${year}-12-31`,
          form: form.form,
          formKey: form.key,
        });
        return services.returns.returns.issue(federation, id);
      },
      (r) => ({ unions: r.unions, fillers: r.fillers }),
    )
    .then((r) => r && expect('return', r.fillers === tree.grassroots.length, r));

  const checklist = await goLiveChecklist(db, federation, today);
  const summary = meter.summary();
  await db.close();
  console.log(
    JSON.stringify({
      bench: 'golive',
      scale,
      sizes,
      totalSeconds: summary.totalSeconds,
      cpuSeconds: summary.cpuSeconds,
      rssGrowthMb: summary.rssGrowthMb,
      rssBeforeMb: summary.rssBeforeMb,
      rssPeakMb: summary.rssPeakMb,
      afterCollectionMb: summary.afterCollectionMb,
      steps: Object.fromEntries(Object.entries(summary.steps).map(([k, { result: _, ...s }]) => [k, s])),
      checklist: Object.fromEntries(checklist.steps.map((s) => [s.key, s.state])),
      // why a step is only started: accounts are done when every union but the branches has one, and the city
      // opens 1,000 (the issue's size) for its 1,111 unions above the branches — 111 grassroots unions have none
      checklistFigures: Object.fromEntries(checklist.steps.map((s) => [s.key, s.figure.en])),
      memberFiles: sheets.members.length,
      sheetSeconds: Math.round(sheetSeconds),
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      cpus: cpus().length,
      // the heap V8 may grow to before it collects: the RSS growth follows it (NODE_OPTIONS=--max-old-space-size=N)
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024),
      nodeOptions: process.env.NODE_OPTIONS ?? null,
      heapGrowthPercent,
      postgres: pg.version,
      goals: { totalSeconds: GOAL_SECONDS, rssGrowthMb: GOAL_RSS_GROWTH_MB },
      met: {
        totalSeconds: summary.totalSeconds <= GOAL_SECONDS,
        rssGrowthMb: summary.rssGrowthMb <= GOAL_RSS_GROWTH_MB,
      },
    }),
  );
});
