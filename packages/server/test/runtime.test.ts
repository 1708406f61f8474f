import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/builds.mjs';
import { lockDataDir } from '../src/runtime.ts';

const root = new URL('../../../', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gonghui-runtime-'));
  dirs.push(d);
  return d;
};

afterAll(() => {
  // Servers run in their own process group: stop the whole group.
  for (const c of children) {
    if (c.exitCode !== null || c.signalCode !== null || !c.pid) continue;
    try {
      process.kill(-c.pid, 'SIGKILL');
    } catch {
      c.kill('SIGKILL');
    }
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const IN_USE_ZH = /已被另一个 Gonghui 进程（pid \d+）使用/;
const IN_USE_EN = /in use by another Gonghui process \(pid \d+\)/;

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('lockDataDir', () => {
  it('refuses a second lock on the same directory with a bilingual message', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(IN_USE_ZH);
      expect(() => lockDataDir(dir)).toThrow(IN_USE_EN);
    } finally {
      release();
    }
    expect(existsSync(join(dir, 'gonghui.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('refuses a directory locked by another live process', () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    children.push(other);
    writeFileSync(join(dir, 'gonghui.lock'), String(other.pid));
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${other.pid}`));
    other.kill('SIGKILL');
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(join(dir, 'gonghui.lock'), String(pid));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'gonghui.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock bearing its own pid that it does not hold (a restarted container)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gonghui.lock'), String(process.pid));
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'gonghui.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over an empty or garbled lock file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gonghui.lock'), 'not a pid');
    lockDataDir(dir)();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function startServer(dataDir: string, port: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    GONGHUI_DEMO: '0',
  };
  delete env.DATABASE_URL;
  // the built server, as `npm start` runs it (packages/server/dist, built by npm install and rebuilt when stale)
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
  return { child, exited, output: () => output };
}

async function waitHealthy(port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

describe('two servers on one data directory', () => {
  it('the second exits non-zero naming the first; the first keeps serving and releases the lock on stop', async () => {
    await ensureBuilt({ names: ['server'] });
    const dataDir = tempDir();
    const port1 = await freePort();
    const first = startServer(dataDir, port1);
    await Promise.race([
      waitHealthy(port1, 90_000),
      first.exited.then((code) => {
        throw new Error(`first server exited with ${code}: ${first.output()}`);
      }),
    ]);
    // the lock names the server's process
    const owner = Number(readFileSync(join(dataDir, 'gonghui.lock'), 'utf8'));
    expect(owner).toBe(first.child.pid);

    const second = startServer(dataDir, await freePort());
    const code = await second.exited;
    expect(code).not.toBe(0);
    expect(second.output()).toMatch(IN_USE_ZH);
    expect(second.output()).toMatch(IN_USE_EN);
    expect(second.output()).toContain(`pid ${owner}`);

    const health = await fetch(`http://127.0.0.1:${port1}/api/health`);
    expect(health.status).toBe(200);

    // as a service manager stops it: SIGTERM to the server process
    process.kill(owner, 'SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'gonghui.lock'))).toBe(false);
    // a fresh installation: the set-up hint offers the command line only with the server stopped, as it needs
    expect(first.output()).toContain(
      '（或先停止服务器，再运行 / or stop the server first, then run: npm run cli -- admin create --username NAME --password-stdin）',
    );
  }, 150_000);
});
