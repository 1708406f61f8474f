/**
 * A throw-away PostgreSQL server for tests and benchmarks: initdb into a temporary directory, listen on
 * 127.0.0.1 at a free port with trust authentication, and remove everything on stop — also when the
 * calling process exits or is interrupted.
 *
 *   const pg = await startTempPostgres();   // { url, port, dir, version, stop }
 *   ... use pg.url (postgres://postgres@127.0.0.1:<port>/postgres) ...
 *   await pg.stop();
 *
 *   const replica = await startTempReplica(pg);   // a hot standby streaming from it, same shape; stop it first
 *
 * Binaries come from `pg_config --bindir`, else /usr/lib/postgresql/<version>/bin (15 preferred).
 * PostgreSQL refuses to run as root, so under root initdb and postgres run as the `postgres` user.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TempPostgresError extends Error {}

/** The directory holding initdb and postgres, or a TempPostgresError naming what to install. */
export function findPostgresBinDir() {
  const dirs = [];
  try {
    dirs.push(
      execFileSync('pg_config', ['--bindir'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim(),
    );
  } catch {
    /* pg_config not installed */
  }
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
    for (const v of versions) dirs.push(join(base, v, 'bin'));
  }
  const found = dirs.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
  if (!found) {
    throw new TempPostgresError(
      'PostgreSQL server binaries not found (install Debian package postgresql; looked in `pg_config --bindir` and /usr/lib/postgresql/*/bin)',
    );
  }
  return found;
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

function userIds(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new TempPostgresError(
      `Running as root, but there is no '${name}' user to run PostgreSQL as (install Debian package postgresql, which creates it)`,
    );
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server and resolves when it accepts connections.
 * @param {{ maxConnections?: number, log?: (line: string) => void, startTimeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, dir: string, version: string, stop: () => Promise<void> }>}
 */
export function startTempPostgres(options = {}) {
  return startIn('gonghui-pg-', options, ({ bin, run, dataDir }) => {
    const [initCmd, initArgs] = run(join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    try {
      execFileSync(initCmd, initArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (err) {
      throw new TempPostgresError(`initdb failed: ${err.stderr || err.message}`);
    }
  });
}

/**
 * A streaming replica of a server startTempPostgres started (pg_basebackup -R from it: a hot standby that follows
 * its WAL), for the tests of DATABASE_READ_URL. Stop it before the primary.
 * @param {{ port: number }} primary
 * @param {{ maxConnections?: number, log?: (line: string) => void, startTimeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, dir: string, version: string, stop: () => Promise<void> }>}
 */
export function startTempReplica(primary, options = {}) {
  return startIn('gonghui-pg-replica-', options, ({ bin, run, dataDir }) => {
    const [cmd, args] = run(join(bin, 'pg_basebackup'), [
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '--no-sync',
      '-c',
      'fast',
    ]);
    try {
      execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (err) {
      throw new TempPostgresError(`pg_basebackup failed: ${err.stderr || err.message}`);
    }
  });
}

/** Makes a temporary folder, fills its data directory with `prepare`, and starts a server on it. */
async function startIn(prefix, options, prepare) {
  const { maxConnections = 300, log = () => undefined, startTimeoutMs = 60_000 } = options;
  const bin = findPostgresBinDir();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const owner = isRoot ? userIds('postgres') : null;
  const run = (cmd, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);

  const dir = mkdtempSync(join(tmpdir(), prefix));
  const dataDir = join(dir, 'data');
  let child = null;
  let stopped = false;

  const removeDir = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* best effort */
    }
  };
  const postmasterPid = () => {
    try {
      return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  };
  const isAlive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  /** Last resort on process exit: synchronous, so only kill and delete. */
  const onExit = () => {
    if (stopped) return;
    const pid = postmasterPid() ?? child?.pid;
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    removeDir();
  };
  process.once('exit', onExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    const pid = postmasterPid();
    // SIGINT is PostgreSQL's "fast" shutdown: abort sessions, exit cleanly.
    for (const target of [pid, child?.pid].filter(Boolean)) {
      try {
        process.kill(target, 'SIGINT');
      } catch {
        /* already gone */
      }
    }
    const deadline = Date.now() + 15_000;
    while (
      Date.now() < deadline &&
      ((pid && isAlive(pid)) || (child && child.exitCode === null && child.signalCode === null))
    ) {
      await sleep(50);
    }
    for (const target of [pid, child?.pid].filter(Boolean)) {
      if (isAlive(target)) {
        try {
          process.kill(target, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    removeDir();
  };

  try {
    if (owner) chownSync(dir, owner.uid, owner.gid);
    prepare({ bin, run, dataDir });
    const version = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();

    let lastError = null;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      const [cmd, args] = run(join(bin, 'postgres'), [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `max_connections=${maxConnections}`,
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'shared_buffers=128MB',
        '-c',
        'logging_collector=off',
      ]);
      let output = '';
      child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => {
        output += d;
      });
      child.stderr.on('data', (d) => {
        output += d;
      });
      const exited = new Promise((r) => child.once('exit', (code) => r(code ?? -1)));
      const ready = waitReady(port, startTimeoutMs);
      const outcome = await Promise.race([ready.then(() => 'ready'), exited.then(() => 'exited')]);
      if (outcome === 'ready') {
        child.stdout.resume();
        child.stderr.resume();
        // Keep draining output so the pipe never fills; only the start-up text is of interest.
        child.stdout.removeAllListeners('data');
        child.stderr.removeAllListeners('data');
        child.stdout.on('data', () => undefined);
        child.stderr.on('data', () => undefined);
        // A caller that forgets stop() must still be able to exit; the exit hook then kills the server.
        child.stdout.unref();
        child.stderr.unref();
        child.unref();
        const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
        log(`PostgreSQL ${version} started on 127.0.0.1:${port} (${dataDir})`);
        return { url, port, dir, version, stop };
      }
      ready.cancel();
      lastError = output.trim().split('\n').slice(-5).join('\n');
      if (!/could not bind|address already in use/i.test(output)) break;
    }
    throw new TempPostgresError(`PostgreSQL did not start:\n${lastError}`);
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Polls with a real connection until the server answers `select 1`. */
function waitReady(port, timeoutMs) {
  let cancelled = false;
  const promise = (async () => {
    const { default: pg } = await import('pg');
    const deadline = Date.now() + timeoutMs;
    let last;
    while (!cancelled && Date.now() < deadline) {
      const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
      try {
        await client.connect();
        await client.query('select 1');
        await client.end();
        return;
      } catch (err) {
        last = err;
        await client.end().catch(() => undefined);
        await sleep(100);
      }
    }
    if (!cancelled) throw new TempPostgresError(`PostgreSQL did not accept connections: ${last?.message}`);
    await new Promise(() => undefined); // cancelled: never settle
  })();
  promise.cancel = () => {
    cancelled = true;
  };
  return promise;
}
