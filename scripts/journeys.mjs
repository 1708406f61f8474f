#!/usr/bin/env node
/**
 * Browser journeys: builds the server and the web app, starts the built server the way `npm start` does, on the demo
 * data (fresh DATA_DIR, free port),
 * runs every `*.journey.ts` under packages/web/e2e/ in Chromium, one after another, and stops the server.
 * A journey with the line `// journey-server: empty` gets a server of its own on an empty database
 * (GONGHUI_DEMO=0, no account yet) and SERVER_LOG, the path of that server's console log.
 * Screenshots land in test-results/screenshots/, the server's log in test-results/journeys-server.log
 * (journeys-server-<journey>.log for an empty-database server).
 *
 *   node scripts/journeys.mjs               # all journeys
 *   node scripts/journeys.mjs staff worker  # journeys whose file name contains one of the words
 *   node scripts/journeys.mjs --no-build    # use the builds already in packages/server/dist and packages/web/dist
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
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './pg-temp.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const e2eDir = join(root, 'packages/web/e2e');
const resultsDir = join(root, 'test-results');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const filters = args.filter((a) => !a.startsWith('--'));

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

function run(cmd, cmdArgs, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (err) => resolveRun({ code: 127, error: err.message }));
    child.on('exit', (code, signal) => resolveRun({ code: code ?? 1, signal }));
  });
}

if (!existsSync(chromium)) fail(`Chromium not found at ${chromium} (install Debian package chromium)`);
let journeys = findJourneys(e2eDir);
if (!journeys.length)
  fail(`no browser journeys found (looked for *.journey.ts under ${relative(root, e2eDir)}/)`);
if (filters.length) {
  journeys = journeys.filter((j) => filters.some((f) => relative(e2eDir, j).includes(f)));
  if (!journeys.length) fail(`no browser journey matches ${filters.join(', ')}`);
}
mkdirSync(join(resultsDir, 'screenshots'), { recursive: true });

// 1. The built server and the web app it serves.
if (noBuild) {
  for (const built of ['packages/server/dist/main.js', 'packages/web/dist/index.html'])
    if (!existsSync(join(root, built))) fail(`--no-build, but ${built} is not built`);
  console.log('Using the builds already in packages/server/dist and packages/web/dist (--no-build)');
} else {
  console.log('Building the server and the web app (npm run build)…');
  const built = await run(process.execPath, ['scripts/start.mjs', '--build']);
  if (built.code !== 0)
    fail(`building failed (exit code ${built.code}${built.error ? `: ${built.error}` : ''})`);
}

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

// 3. The journeys, one after another.
const results = [];
let demoServer = null;
for (const file of journeys) {
  const name = relative(e2eDir, file);
  const empty = wantsEmpty(file);
  let server;
  if (empty) server = await startServer({ demo: false, label: basename(file, '.journey.ts') });
  else server = demoServer ??= await startServer({ demo: true, label: '' });
  console.log(`\n── journey ${name}${empty ? ' (empty database)' : ''}`);
  const t0 = Date.now();
  const failure = join(resultsDir, `${basename(file, '.ts')}.failure.txt`);
  rmSync(failure, { force: true });
  const r = await run(join(root, 'node_modules/.bin/tsx'), [file], {
    env: {
      ...process.env,
      BASE_URL: server.baseUrl,
      CHROMIUM_PATH: chromium,
      SERVER_LOG: server.logFile,
      JOURNEY_FAILURE: failure,
    },
  });
  const why = existsSync(failure) ? readFileSync(failure, 'utf8') : '';
  results.push({ name, ok: r.code === 0, seconds: ((Date.now() - t0) / 1000).toFixed(1), code: r.code, why });
  const died = server.exited;
  if (empty) await server.stop();
  if (died) {
    console.error(`✗ the server stopped during ${name}; see ${relative(root, server.logFile)}`);
    break;
  }
}
await Promise.all([...servers].map((s) => s.stop()));

console.log('\nJourneys:');
for (const r of results) {
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.name.padEnd(28)} ${r.seconds.padStart(6)} s${r.ok ? '' : `  exit code ${r.code}`}`,
  );
  if (!r.ok && r.why) console.log(`    ${r.why}`);
}
for (const file of journeys.slice(results.length))
  console.log(`✗ ${relative(e2eDir, file)}  not run (the server stopped)`);
const failed = journeys.length - results.filter((r) => r.ok).length;
console.log(`Screenshots in ${relative(root, join(resultsDir, 'screenshots'))}/`);
console.log(`${journeys.length - failed} journeys passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
