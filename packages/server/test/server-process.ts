/**
 * The real server (built, packages/server/dist/main.js, as `npm start` runs it) started as a child process, and a PostgreSQL database of its own, for the
 * tests of several processes on one database (`*.pg.test.ts`, run in the PostgreSQL pass of `npm test`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBuilt } from '../../../scripts/builds.mjs';
import { freePort, startTempPostgres } from '../../../scripts/pg-temp.mjs';

const serverRoot = fileURLToPath(new URL('../', import.meta.url));

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new database on TEST_DATABASE_URL's server, or on a throw-away server of its own when none is given. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const own = process.env.TEST_DATABASE_URL ? null : await startTempPostgres();
  const server = process.env.TEST_DATABASE_URL ?? (own as { url: string }).url;
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      await own?.stop();
    },
  };
}

export interface ServerProcess {
  port: number;
  base: string;
  child: ChildProcess;
  /** Everything written to standard output and error so far. */
  output(): string;
  /** Sends the signal and resolves with the exit code (or signal). */
  stop(signal?: NodeJS.Signals): Promise<number | string | null>;
}

/**
 * Starts the built server (rebuilt first when its sources are newer) with `env` on a free port of 127.0.0.1 and
 * resolves once it listens. A port is free when asked for, not when the server binds it: two servers started at once
 * are each given one, and about one pair in 10,000 is given the same (the kernel draws a port at random each time);
 * the server that then finds it taken is started again on another, as scripts/pg-temp.mjs starts PostgreSQL.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  await ensureBuilt({ names: ['server'], exitOnFailure: false });
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const started = await launch(env, port);
    if (started.ok || attempt === 3 || !/EADDRINUSE/.test(started.output())) return started.server();
  }
}

/** A server that must not start (fails the test if it listens): its exit code and what it wrote. */
export async function startServerRefused(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  await ensureBuilt({ names: ['server'], exitOnFailure: false });
  const started = await launch(env, await freePort());
  if (started.ok) {
    await started.server().stop();
    throw new Error(`the server started:\n${started.output()}`);
  }
  return { code: started.exitCode(), output: started.output() };
}

/** The server started on `port`: listening (ok), or exited with what it wrote. */
async function launch(env: Record<string, string>, port: number) {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: serverRoot,
    env: {
      ...process.env,
      GONGHUI_DEMO: '0',
      HOST: '127.0.0.1',
      WEB_DIST: '/nonexistent',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const ok = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (/http:\/\/localhost/.test(out)) {
        clearTimeout(timer);
        resolve(true);
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        resolve(false);
      } else setTimeout(check, 50);
    };
    check();
  });
  const output = () => out;
  return {
    ok,
    output,
    exitCode: () => child.exitCode,
    server(): ServerProcess {
      if (!ok) throw new Error(`server exited:\n${out}`);
      return {
        port,
        base: `http://127.0.0.1:${port}`,
        child,
        output,
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      };
    },
  };
}

/** Runs `tasks` with at most `width` at a time; resolves with their results in order. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await tasks[i]();
      }
    }),
  );
  return out;
}

/** Polls `probe` every 100 ms until it answers true, at most `seconds`. */
export async function until(probe: () => Promise<boolean>, seconds: number, what: string): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${seconds} s waiting for ${what}`);
}
