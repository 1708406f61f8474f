/**
 * Startup benchmark: the built server started the way `npm start` starts it (`node scripts/start.mjs`, embedded
 * database, demo data), after what `npm install` does (npm's `prepare`: the builds and the demo snapshot, ADR 0068).
 * A first start on a fresh data directory — what the first `npm start` of a fresh clone does — timed to the first
 * answered page and sampled for the peak memory of its process tree (the server, and the child that prepares the
 * database when there is no snapshot to copy; `--without-snapshot` measures that start, as when `prepare` did not
 * run: the snapshot is moved aside meanwhile); then a second start
 * on the same directory, a few page loads (the web app, sign-in as shunyi, a members page, the dashboard's report)
 * and the server's memory at rest. CPU seconds (the server and the child it waited for) are given beside the wall
 * clock, which a machine shared with other work stretches. Goals: coldStartSeconds ≤ 10, rssMb ≤ 400.
 * Usage: npm run bench:startup [-- --without-snapshot]
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, ensureDemoSnapshot, root, server } from '../../../scripts/builds.mjs';
import { freePort } from '../../../scripts/pg-temp.mjs';

const GOAL_COLD_START_SECONDS = 10;
const GOAL_RSS_MB = 400;
const withoutSnapshot = process.argv.includes('--without-snapshot');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Resident memory of one process in MB, 0 when it is gone. */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants (from /proc). */
function tree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

/** CPU seconds of a process and of its children it has waited for (the one that prepares the database). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return (f[11] + f[12] + f[13] + f[14]) / 100; // utime, stime, cutime, cstime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

interface Started {
  child: ChildProcess;
  seconds: number;
  cpuSeconds: number;
  peakTreeMb: number;
}

/** Starts the server and waits for `/` to answer; samples the process tree's memory meanwhile. */
async function start(dataDir: string, port: number): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  for (const k of ['DATABASE_URL', 'GONGHUI_DEMO', 'NODE_ENV', 'GONGHUI_ID_KEY']) delete env[k];
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakTreeMb = 0;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const sampler = setInterval(() => {
    if (child.pid)
      peakTreeMb = Math.max(
        peakTreeMb,
        tree(child.pid).reduce((s, p) => s + rssMb(p), 0),
      );
  }, 100);
  try {
    for (;;) {
      if (exited) throw new Error('the server exited before answering');
      if (performance.now() - t0 > 900_000) throw new Error('the server did not answer within 900 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        if (res.ok) {
          await res.text();
          break;
        }
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { child, seconds, cpuSeconds: cpuSeconds(child.pid as number), peakTreeMb };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** The page loads of a member of staff opening the app: the app, sign-in, a members page, the dashboard. */
async function pageLoads(port: number): Promise<number> {
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const ok = async (res: Response, what: string) => {
    if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    return res;
  };
  await ok(await fetch(`${base}/`), '/');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'shunyi', password: 'gonghui-demo', portal: 'staff' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  await ok(login, '/api/auth/login');
  const headers = { cookie };
  await ok(await fetch(`${base}/api/members?pageSize=20`, { headers }), '/api/members');
  const year = new Date().getFullYear();
  await ok(
    await fetch(`${base}/api/reports/programs?from=${year}-01-01&to=${year}-12-31`, { headers }),
    '/api/reports/programs',
  );
  return (performance.now() - t0) / 1000;
}

log('What npm install does (prepare): building what is stale, making the demo snapshot unless one fits…');
await ensureBuilt();
if (!withoutSnapshot && (await ensureDemoSnapshot()) !== 0)
  throw new Error('making the demo snapshot failed');
const snapshot = join(server, 'dist', 'demo-snapshot');
const aside = `${snapshot}.bench-aside`;
const moveAside = withoutSnapshot && existsSync(snapshot);
const dataDir = mkdtempSync(join(tmpdir(), 'gonghui-bench-startup-'));
try {
  const port = await freePort();
  if (moveAside) renameSync(snapshot, aside);
  log(`First start on a fresh data directory (demo data${withoutSnapshot ? ', without the snapshot' : ''})…`);
  const first = await start(dataDir, port).finally(() => {
    if (moveAside) renameSync(aside, snapshot);
  });
  log(
    `  answered / after ${first.seconds.toFixed(1)} s; peak of the process tree ${first.peakTreeMb.toFixed(0)} MB`,
  );
  await stop(first.child);

  log('Second start on the same data directory…');
  const second = await start(dataDir, port);
  const pagesSeconds = await pageLoads(port);
  await new Promise((r) => setTimeout(r, 1000));
  const rest = rssMb(second.child.pid as number);
  log(
    `  answered / after ${second.seconds.toFixed(1)} s; page loads ${pagesSeconds.toFixed(2)} s; ${rest.toFixed(0)} MB`,
  );
  await stop(second.child);

  const round = (n: number, d = 1) => Number(n.toFixed(d));
  console.log(
    JSON.stringify({
      bench: 'startup',
      snapshot: !withoutSnapshot,
      coldStartSeconds: round(first.seconds),
      coldStartCpuSeconds: round(first.cpuSeconds),
      firstStartRssMb: Math.round(first.peakTreeMb),
      secondStartSeconds: round(second.seconds),
      secondStartCpuSeconds: round(second.cpuSeconds),
      pageLoadsSeconds: round(pagesSeconds, 2),
      rssMb: Math.round(rest),
      goalColdStartSeconds: GOAL_COLD_START_SECONDS,
      goalRssMb: GOAL_RSS_MB,
      loadAverage: round(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])),
    }),
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
