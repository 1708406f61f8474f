/**
 * History benchmark (issues 23, 42): a union's past brought in through the register imports on a throw-away
 * PostgreSQL with the demo data, from the uploaded bytes to the committed transaction, while the process's
 * resident memory is sampled. Each register is a generator in history/ (listed in history/registers.ts); each is
 * checked (预检) alone first — the baseline of the same run, reading and checking the same rows without writing
 * them — then imported. Goal (issue 42): ≥ 10,000 rows/s for each register, RSS growth ≤ 200 MB, with node's
 * default heap size and its growth held as the server holds it (ADR 104; `heapGrowthPercent` in the JSON line).
 * Usage: npm run bench:history [-- --<register> N ...]   (each register's flag is its key: --cases, --studios,
 * --achievements, --counselling ...; 0 leaves a register out; `--only <key>[,<key>]` leaves out the others)
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { resolveActor } from '../src/cli/context.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { holdHeapGrowth } from '../src/heap-growth.ts';
import { createServices } from '../src/services.ts';
import { type Measured, measure } from './history/measure.ts';
import type { HistoryContext } from './history/register.ts';
import { HISTORY_REGISTERS } from './history/registers.ts';

const GOAL_ROWS_PER_SECOND = 10_000;
const GOAL_RSS_GROWTH_MB = 200;
const argOf = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const only = argOf('only')?.split(',');
const sizes = HISTORY_REGISTERS.map((r) => {
  const given = argOf(r.key);
  const v = given === undefined ? (only && !only.includes(r.key) ? 0 : r.defaultSize) : Number(given);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${r.key} must be a whole number`);
  return v;
});
// the heap's growth held as the server's start holds it (main.ts, ADR 104): the memory measured is the platform's
const heapGrowthPercent = holdHeapGrowth();
const log = (line: string) => process.stderr.write(`${line}\n`);

const pg = await startTempPostgres({ log });
try {
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const services = createServices(db, { sessionTtlHours: 12, production: false }, randomBytes(32));
  await seedDemo(db, services, { members: 300, now: new Date() });
  const { rows: unions } = await db.query<{ name: string }>(
    `select name from orgs where kind = 'grassroots' and status = 'active' group by name having count(*) = 1 order by min(id) limit 200`,
  );
  const ctx: HistoryContext = { db, services, actor: await resolveActor(db, 'admin'), unions };

  const strip = ({ result: _, ...m }: Measured & { result: unknown }) => m;
  const results: Record<string, (Measured & { checkOnly: Measured; importToCheckRatio: number }) | null> = {};
  for (const [i, register] of HISTORY_REGISTERS.entries()) {
    const size = sizes[i];
    results[register.key] = null;
    if (!size) continue;
    const rows = register.rowsOf?.(size) ?? size;
    const bytes = await register.sheet(ctx, size);
    const checkOnly = await measure(db, log, `${register.name}, check only`, rows, () =>
      register.importFile(ctx, bytes, true),
    );
    // a check that refused rows measured nothing worth a figure: say so rather than print its speed
    const refused = (checkOnly.result as { errors?: unknown[] }).errors ?? [];
    if (refused.length)
      throw new Error(
        `${register.name} check only: ${refused.length} rows refused, first ${JSON.stringify(refused[0])}`,
      );
    const imported = await measure(db, log, `${register.name}, imported`, rows, () =>
      register.importFile(ctx, bytes, false),
    );
    const wrong = register.expect(imported.result, size);
    if (wrong) throw new Error(`${register.name} imported: ${wrong}`);
    results[register.key] = {
      ...strip(imported),
      checkOnly: strip(checkOnly),
      importToCheckRatio: Number((imported.seconds / checkOnly.seconds).toFixed(1)),
    };
  }
  await db.close();
  const met = (m: { rowsPerSecond: number; rssGrowthMb: number } | null) =>
    m ? m.rowsPerSecond >= GOAL_ROWS_PER_SECOND && m.rssGrowthMb <= GOAL_RSS_GROWTH_MB : null;
  console.log(
    JSON.stringify({
      bench: 'history',
      loadAverage: Number(loadavg()[0].toFixed(1)),
      heapGrowthPercent,
      ...results,
      goals: { rowsPerSecond: GOAL_ROWS_PER_SECOND, rssGrowthMb: GOAL_RSS_GROWTH_MB },
      met: Object.fromEntries(Object.entries(results).map(([k, m]) => [k, met(m)])),
    }),
  );
} finally {
  await pg.stop();
}
