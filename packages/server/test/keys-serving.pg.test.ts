/**
 * `keys rotate` while servers serve (docs/deploy.md "Keys", ADR 79), with the real (built) server started
 * before the rotation: a server sharing the DATA_DIR the new key was written to takes it from its file and writes
 * new values under it; a server that cannot find the key stops rather than go on writing under the old one.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import {
  beginRotation,
  ensureAlgorithm,
  getKey,
  KEY_STATE_REFRESH_SECONDS,
  loadKeyring,
  refreshKeyState,
  requireHolders,
  rotateKeys,
} from '../src/modules/keys/index.ts';
import { TEST_NOW } from './clock.ts';
import { idNo } from './member-import.ts';
import {
  createTestDatabase,
  type ServerProcess,
  startServerProcess,
  startServerRefused,
  type TestDatabase,
  until,
} from './server-process.ts';
import { seedDistrict } from './two-servers.scenarios.ts';
import { seedManagerSession } from './worker-sessions.ts';

const idKey = randomBytes(32);
const salt = randomBytes(12).toString('base64url');
const shared = mkdtempSync(join(tmpdir(), 'gonghui-keys-shared-'));
const apart = mkdtempSync(join(tmpdir(), 'gonghui-keys-apart-'));
// the folder of a server started with GONGHUI_CRYPTO=sm apart from the others
const smOwn = mkdtempSync(join(tmpdir(), 'gonghui-keys-sm-'));
const NO_WAIT = { seconds: 0, pause: async () => undefined };
let database: TestDatabase;
let db: Db;
let withFile: ServerProcess;
let withoutFile: ServerProcess;
let clerkId = 0;
let orgId = 0;

beforeAll(async () => {
  database = await createTestDatabase('gh_keys');
  db = await openPostgres(database.url, 3);
  await migrateAll(db);
  const { union } = await seedDistrict(db, '密钥测试');
  orgId = union.id;
  clerkId = await seedManagerSession(db, { username: 'keys-clerk', displayName: '录入员', orgId, salt });
  const env = { DATABASE_URL: database.url, GONGHUI_ID_KEY: idKey.toString('base64') };
  [withFile, withoutFile] = await Promise.all([
    startServerProcess({ ...env, DATA_DIR: shared }),
    startServerProcess({ ...env, DATA_DIR: apart }),
  ]);
}, 120_000);

afterAll(async () => {
  for (const s of [withFile, withoutFile]) await s?.stop();
  await db?.close();
  await database?.drop();
  rmSync(shared, { recursive: true, force: true });
  rmSync(apart, { recursive: true, force: true });
  rmSync(smOwn, { recursive: true, force: true });
});

let serial = 0;
async function addMember(s: ServerProcess): Promise<string> {
  const res = await fetch(`${s.base}/api/members`, {
    method: 'POST',
    headers: { cookie: `gonghui_session=${salt}.${clerkId}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `会员${serial}`, idNumber: idNo(serial++), orgId, joinedOn: '2020-01-01' }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const { id } = (await res.json()) as { id: number };
  const { rows } = await db.query<{ c: string }>('select id_cipher as c from persons where id = $1', [id]);
  return rows[0].c;
}

const holderOf = (s: ServerProcess) => new RegExp(`:${s.child.pid}:`);
const keyState = async () => (await db.query('select current_key, live_keys from key_state')).rows;

describe('a key rotation started while the servers serve', () => {
  it('a server started with GONGHUI_CRYPTO=sm does not start while the running servers lack its SM4 key; started again, it offers the same key', async () => {
    const before = await keyState();
    const env = {
      DATABASE_URL: database.url,
      GONGHUI_ID_KEY: idKey.toString('base64'),
      GONGHUI_CRYPTO: 'sm',
    };
    const refused = await startServerRefused({ ...env, DATA_DIR: smOwn });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(holderOf(withFile));
    expect(refused.output).toMatch(holderOf(withoutFile));
    expect(refused.output).toMatch(/keys rotate --key k1/);
    expect(await keyState()).toEqual(before);
    // the key file it left is offered again, not a second one: copying that file to the servers is enough
    const ring = loadKeyring(idKey, { dataDir: smOwn });
    const again = ensureAlgorithm(db, ring, {
      crypto: 'sm',
      dataDir: smOwn,
      now: TEST_NOW,
      serversFind: NO_WAIT,
    });
    await expect(again).rejects.toThrow(/keys rotate --key k1/);
    expect(readdirSync(join(smOwn, 'keys'))).toEqual(['k1.key']);
    expect(await keyState()).toEqual(before);
  }, 60_000);

  it('is refused while a running server cannot read the new key, naming it; nothing changes (ADR 153)', async () => {
    const before = await keyState();
    const ring = loadKeyring(idKey, { dataDir: shared });
    await refreshKeyState(db, ring);
    const refused = rotateKeys(db, ring, {
      to: 'sm',
      dataDir: shared,
      clock: () => TEST_NOW,
      actor: null,
      // the servers look for new key files every KEY_STATE_REFRESH_SECONDS: the one sharing the folder finds it
      serversFind: {
        seconds: KEY_STATE_REFRESH_SECONDS * 2 + 1,
        pause: (s) => new Promise((r) => setTimeout(r, s * 1000)),
      },
    });
    const error = await refused.then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(holderOf(withoutFile));
    expect(error?.message).not.toMatch(holderOf(withFile));
    expect(error?.message).toMatch(/keys rotate --key k1/);
    expect(await keyState()).toEqual(before);
    expect(await addMember(withoutFile)).toMatch(/^v1\./);
    // k1 of the shared folder and k1 of the SM server's own folder are two keys under one id: holding the one is
    // not holding the other
    const other = getKey(loadKeyring(idKey, { dataDir: smOwn }), 'k1');
    await expect(requireHolders(db, other, { dataDir: smOwn, wait: NO_WAIT })).rejects.toThrow(
      holderOf(withFile),
    );
  }, 30_000);

  it('reaches a server sharing the DATA_DIR, which writes under the new key; one without it stops', async () => {
    expect(await addMember(withFile)).toMatch(/^v1\./);
    // what the operator may still do by hand (or a server with GONGHUI_CRYPTO=sm): the key k1 current though one
    // running server cannot read it
    const ring = loadKeyring(idKey, { dataDir: shared });
    await refreshKeyState(db, ring);
    const began = await beginRotation(db, ring, {
      algorithm: 'sm4',
      dataDir: shared,
      keyId: 'k1',
      now: TEST_NOW,
      actor: null,
    });
    expect(began.toKey).toBe('k1');
    await until(
      async () => (await addMember(withFile)).startsWith('v2.sm4.k1.'),
      15,
      'the serving process to write under the new key',
    );
    await until(async () => withoutFile.child.exitCode !== null, 15, 'the process without the key to stop');
    expect(withoutFile.child.exitCode).toBe(1);
    expect(withoutFile.output()).toMatch(/k1/);
    // the stopped server no longer holds the rotation back
    await expect(
      requireHolders(db, getKey(ring, 'k1'), { dataDir: shared, wait: NO_WAIT }),
    ).resolves.toBeUndefined();
  });
});
