/**
 * Import benchmark: a deterministic member sheet (.xlsx, valid rows spread over the demo unions, written
 * once as a stream to a file kept between runs) imported through the member import service on a
 * throw-away PostgreSQL, from the uploaded bytes to the committed merge, while the process's resident
 * memory is sampled. Goals: 1,000,000 rows in ≤ 90 s, memory growing by ≤ 200 MB during the import.
 * Usage: npm run bench:import [-- --rows N]
 * Progress and phase times go to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { resolveActor } from '../src/cli/context.ts';
import { createProgressLine } from '../src/cli/progress.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createServices } from '../src/services.ts';
import { intArg } from './args.ts';
import { memberSheetFile } from './member-sheet.ts';
import { serverCpuSeconds } from './server-cpu.ts';

const GOAL_SECONDS = 90;
const GOAL_RSS_GROWTH_MB = 200;
const rows = intArg('rows', 1_000_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
setFlagsFromString('--expose-gc');
/** A full collection, so the memory before the import is what is live, not the seeding's garbage. */
const collect = runInNewContext('gc') as () => void;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const pg = await startTempPostgres({ log });
try {
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const services = createServices(db, { sessionTtlHours: 12, production: false }, randomBytes(32));
  await seedDemo(db, services, { now: new Date() });
  const { rows: unions } = await db.query<{ name: string }>(
    `select name from orgs where kind in ('grassroots', 'branch') and status = 'active'
      group by name having count(*) = 1 order by min(id)`,
  );
  const regions = [
    '110113',
    '110114',
    '110112',
    '110117',
    '110116',
    '110102',
    '110109',
    '110111',
    '110106',
    '110108',
  ];
  const holders = unions.map((u, i) => ({ name: u.name, region: regions[i % regions.length] }));

  let t = Date.now();
  const path = await memberSheetFile(holders, rows);
  // the uploaded bytes, as the upload route hands them to the import
  const buffer = readFileSync(path);
  log(
    `sheet of ${rows.toLocaleString('en-US')} rows over ${holders.length} unions: ${(buffer.length / 1e6).toFixed(1)} MB (${path}, ${((Date.now() - t) / 1000).toFixed(1)} s)`,
  );

  const before = (await db.query<{ n: number }>('select count(*) as n from persons')).rows[0].n;
  const actor = await resolveActor(db, 'admin');
  const progress = createProgressLine(process.stderr);
  collect();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  // the peak of each part of the process's memory in each phase: where the growth comes from
  type Part = 'rss' | 'heapUsed' | 'external' | 'arrayBuffers';
  const parts: Part[] = ['rss', 'heapUsed', 'external', 'arrayBuffers'];
  const peaks = new Map<string, Record<Part, number>>();
  let phase = 'start';
  const sample = () => {
    const m = process.memoryUsage();
    rssPeak = Math.max(rssPeak, m.rss);
    const peak = peaks.get(phase) ?? { rss: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
    for (const part of parts) peak[part] = Math.max(peak[part], m[part]);
    peaks.set(phase, peak);
  };
  sample();
  const sampler = setInterval(sample, 50);
  const phaseStart = new Map<string, { at: number; cpu: number; pgCpu: number | null }>();
  const pgCpu = () => serverCpuSeconds(join(pg.dir, 'data'));
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  t = Date.now();
  const { done } = await services.memberImport.start(
    actor,
    { fileName: 'bench.xlsx', buffer, mode: 'all_or_nothing' },
    {
      onProgress: (p) => {
        if (!phaseStart.has(p.phase)) {
          phaseStart.set(p.phase, { at: Date.now(), cpu: cpuMs(), pgCpu: pgCpu() });
          phase = p.phase;
          sample();
        }
        progress.update(p);
      },
    },
  );
  const job = await done;
  const seconds = (Date.now() - t) / 1000;
  sample();
  clearInterval(sampler);
  progress.end();
  const phases = [
    ...phaseStart.entries(),
    ['end', { at: Date.now(), cpu: cpuMs(), pgCpu: pgCpu() }] as const,
  ];
  const pgCpuSeconds = (i: number) => {
    const [from, to] = [phases[i][1].pgCpu, phases[i + 1][1].pgCpu];
    return from === null || to === null ? null : Number((to - from).toFixed(1));
  };
  const timing = phases.slice(0, -1).map(([phase, { at, cpu }], i) => {
    const next = phases[i + 1][1];
    return `${phase} ${((next.at - at) / 1000).toFixed(1)} s (cpu here ${((next.cpu - cpu) / 1000).toFixed(1)} s, PostgreSQL ${pgCpuSeconds(i)} s)`;
  });
  log(`phases: ${timing.join(', ')}`);
  const memory = Object.fromEntries(
    [...peaks].map(([name, peak]) => [name, Object.fromEntries(parts.map((part) => [part, mb(peak[part])]))]),
  );
  log(
    `memory peaks by phase, MB (rss ${mb(rssBefore)} before the import): ${[...peaks]
      .map(([name, peak]) => `${name} ${parts.map((part) => `${part} ${mb(peak[part])}`).join(' ')}`)
      .join('; ')}`,
  );
  const cpuSeconds = Object.fromEntries(
    phases
      .slice(0, -1)
      .map(([phase, { cpu }], i) => [
        phase,
        { node: Number(((phases[i + 1][1].cpu - cpu) / 1000).toFixed(1)), postgres: pgCpuSeconds(i) },
      ]),
  );
  const phaseSeconds = Object.fromEntries(
    phases
      .slice(0, -1)
      .map(([phase, { at }], i) => [phase, Number(((phases[i + 1][1].at - at) / 1000).toFixed(1))]),
  );

  const after = (await db.query<{ n: number }>('select count(*) as n from persons')).rows[0].n;
  if (job.status !== 'succeeded' || job.result?.imported !== rows) {
    throw new Error(
      `import did not succeed: ${JSON.stringify({ status: job.status, result: job.result, error: job.error })}`,
    );
  }
  log(
    `imported ${job.result.imported} rows: ${job.result.created} created, ${job.result.updated} updated, ${job.result.transferred} transferred; persons ${before} → ${after}`,
  );
  await db.close();
  console.log(
    JSON.stringify({
      bench: 'import',
      rows,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      rssGrowthMb: mb(rssPeak - rssBefore),
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
      fileMb: Number((buffer.length / 1e6).toFixed(1)),
      phases: phaseSeconds,
      cpuSeconds,
      memoryPeaksMb: memory,
      goalSeconds: GOAL_SECONDS,
      goalRssGrowthMb: GOAL_RSS_GROWTH_MB,
      loadAverage: Math.round(loadavg()[0] * 10) / 10,
    }),
  );
} finally {
  await pg.stop();
}
