#!/usr/bin/env node
/**
 * The whole test pipeline, in order: typecheck, lint, architecture check (these four side by side), tests on
 * PGlite, the same tests on a throw-away PostgreSQL server, browser journeys. Every step runs even when an earlier
 * one failed; anything that cannot run is named and counted as failed, never skipped.
 *
 *   npm test                         # everything
 *   npm test -- lint pglite          # only the named steps (names below); the summary says so
 *
 * The last line is always `N passed, N failed` (steps).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitByDatabase } from './db-tests.mjs';
import { startTempPostgres } from './pg-temp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsDir = join(root, 'test-results');

/** The environment for every step: never a TEST_DATABASE_URL inherited from the caller. */
function baseEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  if (!('TEST_DATABASE_URL' in extra)) delete env.TEST_DATABASE_URL;
  return env;
}

const children = new Set();
function run(cmd, args, env = baseEnv()) {
  return new Promise((resolveRun) => {
    if (!existsSync(cmd) && cmd.startsWith('/')) {
      resolveRun({ code: 127, problem: `${cmd} not found (run npm ci)` });
      return;
    }
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    children.add(child);
    child.on('error', (err) => resolveRun({ code: 127, problem: `${cmd}: ${err.message}` }));
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolveRun({ code: code ?? 1, problem: signal ? `killed by ${signal}` : undefined });
    });
  });
}

/** Vitest with a JSON report beside the console output, so the summary can count tests. */
async function vitest(label, env, extraArgs = []) {
  mkdirSync(resultsDir, { recursive: true });
  const report = join(resultsDir, `vitest-${label}.json`);
  rmSync(report, { force: true });
  const r = await run(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
    env,
  );
  let note;
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    const badFiles = j.testResults.filter((f) => f.status !== 'passed').length;
    note = `${j.numPassedTests} tests passed, ${j.numFailedTests} failed, ${j.testResults.length} files${badFiles ? ` (${badFiles} failing)` : ''}`;
    // the summary is the end of the output a CI log keeps: it names what failed, and the first line of why
    for (const f of j.testResults.filter((t) => t.status !== 'passed').slice(0, 5)) {
      const failed = f.assertionResults.filter((a) => a.status === 'failed');
      const why = (failed[0]?.failureMessages?.[0] ?? f.message ?? '').split('\n')[0].slice(0, 300);
      note += `\n    ✗ ${relative(root, f.name)}${failed[0] ? ` › ${failed[0].fullName}` : ''}\n      ${why}`;
    }
    if (j.numPendingTests || j.numTodoTests) {
      note += `, ${j.numPendingTests + j.numTodoTests} skipped/todo (not allowed)`;
      if (r.code === 0) return { code: 1, note, problem: 'skipped or todo tests are not allowed' };
    }
    if (j.numTotalTests === 0 && r.code === 0) return { code: 1, problem: 'vitest found no tests' };
  } catch {
    note = 'no vitest report written';
  }
  return { ...r, note };
}

let pg = null;
const STEPS = [
  {
    name: 'typecheck-server',
    together: true,
    title: 'Typecheck packages/server (tsc)',
    run: () => run(bin('tsc'), ['-p', 'packages/server']),
  },
  {
    name: 'typecheck-web',
    together: true,
    title: 'Typecheck packages/web (tsc)',
    run: () =>
      existsSync(join(root, 'packages/web/tsconfig.json'))
        ? run(bin('tsc'), ['-p', 'packages/web'])
        : { code: 1, problem: 'packages/web/tsconfig.json not found' },
  },
  {
    name: 'lint',
    together: true,
    title: 'Lint and format (biome check .)',
    run: () => run(bin('biome'), ['check', '.']),
  },
  {
    name: 'architecture',
    together: true,
    title: 'Module boundaries, import cycles and size marks',
    run: async () => {
      const modules = await run(process.execPath, [join(root, 'scripts/check-modules.mjs')]);
      if (modules.code !== 0) return modules;
      return run(process.execPath, [join(root, 'scripts/check-sizes.mjs'), '--budget']);
    },
  },
  {
    name: 'pglite',
    title: 'Tests on PGlite (vitest)',
    // A worker runs file after file in one module graph instead of importing the server anew for each (≈ 1.5 s of
    // CPU a file; the pass took 631 s isolated, 365 s so). Each file opens and closes its own database, and no
    // test changes what the others share (checked by check-modules, rule 9). The PostgreSQL pass runs so too.
    // the *.pg.test.ts files need PostgreSQL itself (two server processes on one database, a streaming replica):
    // they run once, in the PostgreSQL pass
    run: () => vitest('pglite', baseEnv(), ['--no-isolate', '--exclude', '**/*.pg.test.ts']),
  },
  {
    name: 'postgres',
    title: 'Tests on PostgreSQL (vitest, throw-away server)',
    run: async () => {
      try {
        pg = await startTempPostgres({ log: (l) => console.log(l) });
      } catch (err) {
        return { code: 1, problem: err.message };
      }
      try {
        // The files that open a database (scripts/db-tests.mjs). The *.process.test.ts files start the built server
        // on its embedded database whatever the pass, the server's other files that open none and the web's unit
        // tests give the same answer on either engine: they run once, in the PGlite pass, and this pass says so.
        const { database, other } = splitByDatabase(root);
        const files = database.filter((f) => !f.endsWith('.process.test.ts'));
        const r = await vitest('postgres', baseEnv({ TEST_DATABASE_URL: pg.url }), [
          '--no-isolate',
          ...files,
        ]);
        return {
          ...r,
          note: `PostgreSQL ${pg.version}; ${r.note}; the process tests (built server, embedded database), ${other.length} server test files that open no database and the web's unit tests ran in the PGlite pass`,
        };
      } finally {
        await pg.stop();
        pg = null;
      }
    },
  },
  {
    name: 'journeys',
    title: 'Browser journeys (Chromium)',
    run: () =>
      existsSync(join(root, 'scripts/journeys.mjs'))
        ? run(process.execPath, [join(root, 'scripts/journeys.mjs')])
        : { code: 1, problem: 'scripts/journeys.mjs not found' },
  },
];

async function shutdown(signal) {
  console.error(`\n${signal}: stopping…`);
  for (const child of children) child.kill(signal);
  if (pg) await pg.stop().catch(() => undefined);
  process.exit(130);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !STEPS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length ? STEPS.filter((s) => wanted.includes(s.name)) : STEPS;

/** Runs one step and records its outcome. */
async function runStep(step, i) {
  console.log(`\n━━ ${i + 1}/${selected.length} ${step.title} [${step.name}] ━━`);
  const t = Date.now();
  let r;
  try {
    r = await step.run();
  } catch (err) {
    r = { code: 1, problem: err instanceof Error ? err.message : String(err) };
  }
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  const ok = r.code === 0;
  if (r.problem) console.log(`✗ ${step.name}: ${r.problem}`);
  return { step, ok, seconds, note: r.note, problem: r.problem ?? (ok ? undefined : `exit code ${r.code}`) };
}

// The static checks (`together`) run side by side: each is one process that mostly uses one core. The tests run
// one step at a time, each using every core.
const results = [];
const started = Date.now();
for (let i = 0; i < selected.length; ) {
  let j = i + 1;
  if (selected[i].together) while (j < selected.length && selected[j].together) j++;
  results.push(...(await Promise.all(selected.slice(i, j).map((step, k) => runStep(step, i + k)))));
  i = j;
}

console.log(`\n━━ Summary (${((Date.now() - started) / 1000).toFixed(0)} s) ━━`);
for (const r of results) {
  const detail = [r.note, r.ok ? undefined : r.problem].filter(Boolean).join('; ');
  console.log(`${r.ok ? '✓' : '✗'} ${r.step.name.padEnd(17)} ${r.seconds.padStart(6)} s  ${detail}`);
}
if (selected.length < STEPS.length) {
  console.log(
    `(ran only: ${selected.map((s) => s.name).join(', ')}; not run: ${STEPS.filter(
      (s) => !selected.includes(s),
    )
      .map((s) => s.name)
      .join(', ')})`,
  );
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
