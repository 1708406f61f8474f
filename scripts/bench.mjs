#!/usr/bin/env node
/**
 * Runs the benchmarks in packages/server/bench/<name>.bench.ts with tsx (startup.bench.ts measures the built
 * server, started the way `npm start` starts it).
 *
 *   node scripts/bench.mjs                 # every benchmark, one after another
 *   node scripts/bench.mjs import          # one benchmark
 *   node scripts/bench.mjs import --rows 20000   # options after the name go to the benchmark
 *
 * Each benchmark prints its progress and ends with one line of JSON; the exit code is non-zero when any
 * benchmark fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'packages', 'server', 'bench');
const available = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((f) => f.endsWith('.bench.ts'))
      .map((f) => f.slice(0, -'.bench.ts'.length))
      .sort()
  : [];

const args = process.argv.slice(2);
const named = args[0] && !args[0].startsWith('-') ? args[0] : undefined;
const options = named ? args.slice(1) : args;

if (named === 'help' || args.includes('--help')) {
  console.log(
    `usage: node scripts/bench.mjs [name] [options]\navailable: ${available.join(', ') || '(none)'}`,
  );
  process.exit(0);
}
if (named && !available.includes(named)) {
  console.error(`unknown benchmark "${named}"; available: ${available.join(', ') || '(none)'}`);
  process.exit(2);
}

const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const failed = [];
for (const name of named ? [named] : available) {
  console.error(`\n== bench: ${name} ==`);
  const result = spawnSync(tsx, [join(benchDir, `${name}.bench.ts`), ...options], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
