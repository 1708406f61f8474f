#!/usr/bin/env node
/**
 * Browser journeys: builds the server and the web app where stale (as `npm start` does), makes the demo snapshot
 * beside the built server (as npm's `prepare` does; kept when it already fits this build and today), starts the built
 * server the way `npm start` does on the demo data (fresh DATA_DIR holding a copy of the snapshot, free port), runs
 * every `*.journey.ts` under packages/web/e2e/ and a module's own in its page folder (packages/web/src/pages/<m>/
 * <m>.journey.ts, so a new module's files stay in its folders) in Chromium, and stops the servers.
 * The journeys run in lanes (two by default, `--lanes=N`): each lane runs one journey after another on a demo server
 * of its own, taking the next journey from the list when its last one ends, so no two journeys ever share a server
 * at the same time. A lane's output is printed whole when its journey ends.
 * A journey with the line `// journey-server: empty` gets a server of its own on an empty database
 * (GONGHUI_DEMO=0, no account yet) and SERVER_LOG, the path of that server's console log; these run first, while the
 * demo snapshot is made.
 * Screenshots land in test-results/screenshots/, the servers' logs in test-results/journeys-server.log (the first
 * lane's demo server), journeys-server-lane-<n>.log (another lane's) and journeys-server-<journey>.log (an
 * empty-database server).
 *
 *   node scripts/journeys.mjs               # all journeys
 *   node scripts/journeys.mjs staff worker  # journeys whose file name contains one of the words
 *   node scripts/journeys.mjs --no-build    # use the builds in packages/server/dist and packages/web/dist, stale or not
 *   node scripts/journeys.mjs --lanes=1     # one journey at a time, on one demo server, output as it comes
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { ensureBuilt, ensureDemoSnapshot } from './builds.mjs';
import { freePort } from './pg-temp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = join(root, 'packages/web/e2e');
const pagesDir = join(root, 'packages/web/src/pages');
const resultsDir = join(root, 'test-results');
// The headless build of Chromium (Debian package chromium-headless-shell) when it is installed: the journeys never show
// a window, and it spends about a fifth less CPU than the whole browser on the same journeys (docs/testing.md).
const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium-headless-shell';
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const filters = args.filter((a) => !a.startsWith('--'));
const lanesArg = args.find((a) => a.startsWith('--lanes='));
const lanes = lanesArg ? Number(lanesArg.slice('--lanes='.length)) : 2;

function fail(message) {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function findJourneys(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(full).isDirectory()) out.push(...findJourneys(full));
    else if (name.endsWith('.journey.ts')) out.push(full);
  }
  return out.sort();
}

/** Runs a child; with `capture`, its output (stdout and stderr as they came) is kept and returned, not printed. */
function run(cmd, cmdArgs, { capture = false, ...options } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, cmdArgs, {
      cwd: root,
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      ...options,
    });
    let output = '';
    if (capture) {
      child.stdout.setEncoding('utf8').on('data', (d) => {
        output += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d) => {
        output += d;
      });
    }
    child.on('error', (err) => resolveRun({ code: 127, error: err.message, output }));
    child.on('close', (code, signal) => resolveRun({ code: code ?? 1, signal, output }));
  });
}

if (!Number.isInteger(lanes) || lanes < 1) fail(`--lanes wants a whole number of at least 1 (${lanesArg})`);
if (!existsSync(chromium))
  fail(
    `Chromium not found at ${chromium} (install Debian package chromium-headless-shell, or set CHROMIUM_PATH)`,
  );
console.log(`Browser: ${chromium}`);
/** A journey's name: its path under e2e/, or a page folder's file name (`<m>.journey.ts`, one a folder). */
const nameOf = (file) => (file.startsWith(`${pagesDir}/`) ? basename(file) : relative(e2eDir, file));
let journeys = [...findJourneys(e2eDir), ...findJourneys(pagesDir)];
if (!journeys.length)
  fail(`no browser journeys found (looked for *.journey.ts under ${relative(root, e2eDir)}/)`);
const names = journeys.map(nameOf);
const twice = names.find((n, i) => names.indexOf(n) !== i);
if (twice) fail(`two browser journeys are named ${twice}: rename one`);
if (filters.length) {
  journeys = journeys.filter((j) => filters.some((f) => nameOf(j).includes(f)));
  if (!journeys.length) fail(`no browser journey matches ${filters.join(', ')}`);
}
mkdirSync(join(resultsDir, 'screenshots'), { recursive: true });

// 1. The built server and the web app it serves.
if (noBuild) {
  for (const built of ['packages/server/dist/main.js', 'packages/web/dist/index.html'])
    if (!existsSync(join(root, built))) fail(`--no-build, but ${built} is not built`);
  console.log('Using the builds already in packages/server/dist and packages/web/dist (--no-build)');
} else {
  // what is stale, as `npm start` builds it: after `npm install` (which builds both) nothing is
  console.log('Building what is stale of the server and the web app…');
  if (!(await ensureBuilt({ exitOnFailure: false }))) fail('building failed');
}

// The journeys bundled once, each then run by plain node: starting tsx and transforming a journey's TypeScript cost
// about a CPU-second a journey. Packages stay outside the bundles; stack traces point at the TypeScript (source maps),
// and `import.meta.url` stays the e2e folder's, where lib.ts finds test-results/.
const bundleDir = join(resultsDir, 'journeys-js');
rmSync(bundleDir, { recursive: true, force: true });
try {
  buildSync({
    entryPoints: Object.fromEntries(journeys.map((file) => [nameOf(file).replace(/\.ts$/, ''), file])),
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(e2eDir, 'lib.ts')).href) },
    logLevel: 'error',
  });
} catch (err) {
  fail(`bundling the journeys failed: ${err.message}`);
}
const bundled = (file) => join(bundleDir, nameOf(file).replace(/\.ts$/, '.mjs'));

// 2. Servers: one on the demo data shared by the demo journeys, and one of its own on an EMPTY database
//    (GONGHUI_DEMO=0, fresh DATA_DIR, no account yet) for each journey whose source has the line
//    `// journey-server: empty`; such a journey gets SERVER_LOG, the path of its server's console log
//    (where the one-time set-up token is printed).
const wantsEmpty = (file) => /^\/\/ journey-server: empty$/m.test(readFileSync(file, 'utf8'));
const servers = new Set();

async function startServer({ demo, label }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'gonghui-journeys-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = join(resultsDir, `journeys-server${label ? `-${label}` : ''}.log`);
  const log = createWriteStream(logFile);
  // GONGHUI_TEST_ROUTES mounts the test-only routes journeys use to move time (the deadline sweep of requests).
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    GONGHUI_TEST_ROUTES: '1',
  };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'GONGHUI_DEMO', 'NODE_ENV']) delete env[k];
  if (!demo) env.GONGHUI_DEMO = '0';
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops the child that prepares the database too
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const server = { baseUrl, logFile, dataDir, child, exited: false, stopping: null };
  child.on('exit', () => {
    server.exited = true;
  });
  server.stop = () => {
    server.stopping ??= (async () => {
      if (!server.exited) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* gone */
        }
        const deadline = Date.now() + 10_000;
        while (!server.exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        if (!server.exited) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      }
      rmSync(dataDir, { recursive: true, force: true });
      servers.delete(server);
    })();
    return server.stopping;
  };
  servers.add(server);

  console.log(
    `Starting the server on ${baseUrl} ${demo ? 'with the demo data' : 'on an empty database'} (log: ${relative(root, logFile)})…`,
  );
  const started = Date.now();
  let healthy = false;
  while (!server.exited && Date.now() - started < 300_000) {
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) {
        healthy = true;
        break;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!healthy) {
    await server.stop();
    fail(
      server.exited
        ? `the server exited before answering; see ${relative(root, logFile)}`
        : `the server did not answer /api/health within 300 s; see ${relative(root, logFile)}`,
    );
  }
  console.log(`Server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return server;
}

process.once('exit', () => {
  for (const server of servers) {
    if (!server.exited) {
      try {
        process.kill(-server.child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(server.dataDir, { recursive: true, force: true });
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping the servers…`);
    await Promise.all([...servers].map((s) => s.stop()));
    process.exit(130);
  });
}

// 3. The journeys, in lanes. The demo snapshot (≈ 45 s of CPU when it must be made) is made once, while the journeys
//    on an empty database run; each lane's demo server then starts from a copy of it in seconds.
let snapshot = null;
const demoSnapshot = () =>
  (snapshot ??= ensureDemoSnapshot().then((code) => {
    // without a snapshot each demo server loads the demo itself, as `npm start` does: slower, the same data
    if (code !== 0)
      console.error(`✗ making the demo snapshot failed (exit code ${code}); loading the demo instead`);
  }));
// The longest journeys first, so that the lanes end close together: as long as they took in the last run
// (test-results/journeys-times.json), else by the length of their source. Those on an empty database come first of
// all: they need no demo snapshot, and run while it is made.
const timesFile = join(resultsDir, 'journeys-times.json');
const lastTimes = (() => {
  try {
    return JSON.parse(readFileSync(timesFile, 'utf8'));
  } catch {
    return {};
  }
})();
const expected = (file) => [lastTimes[nameOf(file)] ?? Number.POSITIVE_INFINITY, statSync(file).size];
const longerFirst = (a, b) => {
  const [ta, sa] = expected(a);
  const [tb, sb] = expected(b);
  return tb - ta || sb - sa || a.localeCompare(b);
};
const queue = [
  ...journeys.filter(wantsEmpty).sort(longerFirst),
  ...journeys.filter((f) => !wantsEmpty(f)).sort(longerFirst),
];
const results = [];
let serverDied = false;
// with fewer journeys than lanes (a name given), a lane each
const laneCount = Math.min(lanes, journeys.length);

async function lane(n) {
  let demoServer = null;
  while (queue.length && !serverDied) {
    const file = queue.shift();
    const name = nameOf(file);
    const empty = wantsEmpty(file);
    let server;
    if (empty) server = await startServer({ demo: false, label: basename(file, '.journey.ts') });
    else {
      demoServer ??= await demoSnapshot().then(() =>
        startServer({ demo: true, label: n === 1 ? '' : `lane-${n}` }),
      );
      server = demoServer;
    }
    const heading = `\n── journey ${name}${empty ? ' (empty database)' : ''}${laneCount > 1 ? ` [lane ${n}]` : ''}`;
    if (laneCount === 1) console.log(heading);
    const t0 = Date.now();
    const failure = join(resultsDir, `${basename(file, '.ts')}.failure.txt`);
    rmSync(failure, { force: true });
    const r = await run(process.execPath, ['--enable-source-maps', bundled(file)], {
      capture: laneCount > 1,
      env: {
        ...process.env,
        BASE_URL: server.baseUrl,
        CHROMIUM_PATH: chromium,
        SERVER_LOG: server.logFile,
        JOURNEY_FAILURE: failure,
      },
    });
    if (laneCount > 1) process.stdout.write(`${heading}\n${r.output}`);
    const why = existsSync(failure) ? readFileSync(failure, 'utf8') : '';
    results.push({
      file,
      name,
      ok: r.code === 0,
      seconds: ((Date.now() - t0) / 1000).toFixed(1),
      code: r.code,
      why,
    });
    const died = server.exited;
    if (empty) await server.stop();
    if (died) {
      console.error(`✗ the server stopped during ${name}; see ${relative(root, server.logFile)}`);
      serverDied = true;
    }
  }
}

await Promise.all(Array.from({ length: laneCount }, (_, i) => lane(i + 1)));
await Promise.all([...servers].map((s) => s.stop()));
results.sort((a, b) => journeys.indexOf(a.file) - journeys.indexOf(b.file));
writeFileSync(
  timesFile,
  `${JSON.stringify({ ...lastTimes, ...Object.fromEntries(results.map((r) => [r.name, Number(r.seconds)])) }, null, 2)}\n`,
);

console.log('\nJourneys:');
for (const r of results) {
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.name.padEnd(28)} ${r.seconds.padStart(6)} s${r.ok ? '' : `  exit code ${r.code}`}`,
  );
  if (!r.ok && r.why) console.log(`    ${r.why}`);
}
for (const file of journeys.filter((f) => !results.some((r) => r.file === f)))
  console.log(`✗ ${nameOf(file)}  not run (a server stopped)`);
const failed = journeys.length - results.filter((r) => r.ok).length;
console.log(`Screenshots in ${relative(root, join(resultsDir, 'screenshots'))}/`);
console.log(`${journeys.length - failed} journeys passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
