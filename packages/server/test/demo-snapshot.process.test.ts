import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/builds.mjs';
import { openPglite } from '../src/db/db.ts';
import { DEMO_WORKER } from '../src/demo/seed.ts';
import { createIdProtector } from '../src/modules/people/index.ts';

/**
 * The demo snapshot as an installation makes and uses it (ADR 0068): the server built where `npm start` builds it
 * (packages/server/dist, rebuilt only when stale), the snapshot beside it made by the built server as npm's
 * `prepare` makes it (kept when the one there fits this build and today, as `prepare` and the journeys keep it), then
 * the built server started on a new data directory: it copies the snapshot in, answers with the demo data, prints
 * the demo accounts, and reads the ID numbers with the key it was given with the copy. Loading the demo for a new
 * snapshot costs tens of seconds of CPU; after `npm install` the snapshot is there already.
 */
const root = resolve(import.meta.dirname, '../../..');
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'demo-snapshot-test-'));
const dist = join(root, 'packages/server/dist');
const dataDir = join(work, 'data');
let server: ChildProcess | undefined;
afterAll(() => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

function serverEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'GONGHUI_ID_KEY', 'GONGHUI_DEMO', 'NODE_ENV'])
    delete env[k];
  return { ...env, ...extra };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolvePort(port));
    });
  });
}

describe('the demo snapshot', () => {
  it('a server started on a new data directory copies it in and answers with the demo data and its own key', async () => {
    expect(await ensureBuilt({ names: ['server'], exitOnFailure: false })).toBe(true);

    const made = spawnSync(process.execPath, [join(dist, 'main.js'), '--demo-snapshot'], {
      cwd: root,
      env: serverEnv({}),
      encoding: 'utf8',
      timeout: 1_200_000,
    });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/demo snapshot made|the demo snapshot is up to date/);
    const snapshotKey = readFileSync(join(dist, 'demo-snapshot', 'id-key'), 'utf8').trim();
    expect(Buffer.from(snapshotKey, 'base64')).toHaveLength(32);
    expect(snapshotKey).not.toBe(Buffer.alloc(32, 7).toString('base64')); // not the tests' fixed key

    const port = await freePort();
    const child = spawn(process.execPath, [join(dist, 'main.js')], {
      cwd: root,
      env: serverEnv({
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIST: join(work, 'no-web'),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited: ${output}`);
      if (Date.now() > deadline) throw new Error(`the server did not answer: ${output}`);
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output).toContain('demo data copied from the snapshot made at install');
    expect(output).not.toContain('loading demo data');
    expect(output).toMatch(/Demo accounts[\s\S]*shunyi/);
    expect(readFileSync(join(dataDir, 'id-key'), 'utf8').trim()).toBe(snapshotKey);

    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'shunyi', password: 'gonghui-demo', portal: 'staff' }),
    });
    expect(login.status).toBe(200);
    const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] };
    const members = (await (await fetch(`${base}/api/members?pageSize=1`, { headers })).json()) as {
      total: number;
    };
    expect(members.total).toBeGreaterThan(500); // 顺义's members of the demo
    // A search by the full ID number goes through the keyed hash: found only when the server reads the data's key.
    const found = (await (
      await fetch(`${base}/api/members?q=${DEMO_WORKER.idNumber}`, { headers })
    ).json()) as { items: { name: string }[] };
    expect(found.items.map((p) => p.name)).toEqual([DEMO_WORKER.name]);

    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    expect(existsSync(join(dataDir, 'gonghui.lock'))).toBe(false);
    const db = await openPglite(join(dataDir, 'pglite'));
    try {
      const ids = createIdProtector(Buffer.from(snapshotKey, 'base64'));
      const { rows } = await db.query<{ id_cipher: string; id_hash: string }>(
        'select id_cipher, id_hash from persons where name = $1 and id_masked like $2',
        [DEMO_WORKER.name, `${DEMO_WORKER.idNumber.slice(0, 4)}%`],
      );
      expect(rows.map((r) => ids.decrypt(r.id_cipher))).toContain(DEMO_WORKER.idNumber);
      expect(rows.map((r) => r.id_hash)).toContain(ids.hash(DEMO_WORKER.idNumber));
    } finally {
      await db.close();
    }
  }, 1_800_000);
});
