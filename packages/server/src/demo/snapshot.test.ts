import {
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
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildVersion,
  isFreshOn,
  makeDemoSnapshot,
  restoreDemoSnapshot,
  SNAPSHOT_DIR,
  snapshotProblem,
} from './snapshot.ts';

/**
 * The decisions around the demo snapshot (ADR 0068) on stand-in folders: a "build" (main.js and a migration) and a
 * snapshot whose cluster is a PG_VERSION file and one data file. The real snapshot, made by the built server and
 * served by it, is test/demo-snapshot.process.test.ts.
 */
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gonghui-snapshot-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const TODAY = '2026-11-24';
const KEY = Buffer.alloc(32, 7).toString('base64');

function fakeBuild(): string {
  const dist = tempDir();
  writeFileSync(join(dist, 'main.js'), 'console.log("server")\n');
  mkdirSync(join(dist, 'modules', 'people', 'migrations'), { recursive: true });
  writeFileSync(
    join(dist, 'modules', 'people', 'migrations', '001_people.sql'),
    'create table persons ();\n',
  );
  return dist;
}

/** A snapshot beside `dist` as the build makes it, made on `madeOn` by the build `version`. */
function fakeSnapshot(dist: string, { madeOn = TODAY, version = buildVersion(dist) } = {}) {
  const dir = join(dist, SNAPSHOT_DIR);
  mkdirSync(join(dir, 'pglite', 'base'), { recursive: true });
  writeFileSync(join(dir, 'pglite', 'PG_VERSION'), '17\n');
  writeFileSync(join(dir, 'pglite', 'base', '16384'), 'demo rows');
  writeFileSync(join(dir, 'id-key'), KEY, { mode: 0o600 });
  writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ version, madeOn }));
  return { dir, version: buildVersion(dist) };
}

const demoConfig = (
  dataDir: string,
  over: Partial<{ idKey: string; seedDemo: boolean; production: boolean }> = {},
) => ({
  dataDir,
  idKey: undefined,
  seedDemo: true,
  production: false,
  ...over,
});

describe('buildVersion', () => {
  it('is null outside a build and changes with the bundle or a migration', () => {
    expect(buildVersion(tempDir())).toBeNull();
    const dist = fakeBuild();
    const first = buildVersion(dist);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(buildVersion(dist)).toBe(first);
    writeFileSync(join(dist, 'modules', 'people', 'migrations', '002_more.sql'), 'select 1;\n');
    const second = buildVersion(dist);
    expect(second).not.toBe(first);
    writeFileSync(join(dist, 'main.js'), 'console.log("another server")\n');
    expect(buildVersion(dist)).not.toBe(second);
  });
});

describe('isFreshOn', () => {
  it('serves on the day it was made only', () => {
    expect(isFreshOn('2026-11-24', '2026-11-24')).toBe(true);
    expect(isFreshOn('2026-11-23', '2026-11-24')).toBe(false);
    expect(isFreshOn('2026-10-31', '2026-11-01')).toBe(false);
    expect(isFreshOn('2026-11-25', '2026-11-24')).toBe(false);
  });
});

describe('restoreDemoSnapshot', () => {
  it('copies the cluster and its key into a new data directory, under its lock, and says from which day', () => {
    const dist = fakeBuild();
    const snapshot = fakeSnapshot(dist);
    const dataDir = join(tempDir(), 'data');
    expect(restoreDemoSnapshot(demoConfig(dataDir), snapshot, TODAY)).toEqual({
      restored: true,
      madeOn: TODAY,
    });
    expect(readFileSync(join(dataDir, 'pglite', 'base', '16384'), 'utf8')).toBe('demo rows');
    expect(readFileSync(join(dataDir, 'id-key'), 'utf8')).toBe(KEY);
    expect(statSync(join(dataDir, 'id-key')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir).sort()).toEqual(['id-key', 'pglite']); // no lock, no partial copy left
    // a database already there is never replaced
    writeFileSync(join(dataDir, 'pglite', 'base', '16384'), 'own rows');
    expect(restoreDemoSnapshot(demoConfig(dataDir), snapshot, TODAY)).toEqual({
      restored: false,
      reason: null,
    });
    expect(readFileSync(join(dataDir, 'pglite', 'base', '16384'), 'utf8')).toBe('own rows');
  });

  it('keeps an id-key file already in the data directory when it is the snapshot key', () => {
    const snapshot = fakeSnapshot(fakeBuild());
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'id-key'), `${KEY}\n`);
    expect(restoreDemoSnapshot(demoConfig(dataDir), snapshot, TODAY).restored).toBe(true);
    expect(readFileSync(join(dataDir, 'id-key'), 'utf8')).toBe(`${KEY}\n`);
  });

  it('is not expected where the demo is off, in production, or when the server does not run from a build', () => {
    const snapshot = fakeSnapshot(fakeBuild());
    const none = { restored: false, reason: null };
    expect(restoreDemoSnapshot(demoConfig(tempDir(), { seedDemo: false }), snapshot, TODAY)).toEqual(none);
    expect(restoreDemoSnapshot(demoConfig(tempDir(), { production: true }), snapshot, TODAY)).toEqual(none);
    expect(restoreDemoSnapshot(demoConfig(tempDir()), { ...snapshot, version: null }, TODAY)).toEqual(none);
  });

  it('says why and copies nothing when the snapshot does not fit or the installation has another key', () => {
    const dist = fakeBuild();
    const cases: [string, () => ReturnType<typeof restoreDemoSnapshot>, RegExp][] = [
      [
        'missing',
        () => restoreDemoSnapshot(demoConfig(dataDir), { dir: join(dist, 'nothing'), version: 'v' }, TODAY),
        /npm install makes one/,
      ],
      [
        'another build',
        () => restoreDemoSnapshot(demoConfig(dataDir), { ...snapshot, version: 'another' }, TODAY),
        /another version of the code/,
      ],
      [
        'another day',
        () => restoreDemoSnapshot(demoConfig(dataDir), snapshot, '2026-11-25'),
        /made on 2026-11-24, not today/,
      ],
      [
        'GONGHUI_ID_KEY',
        () =>
          restoreDemoSnapshot(
            demoConfig(dataDir, { idKey: Buffer.alloc(32, 1).toString('base64') }),
            snapshot,
            TODAY,
          ),
        /GONGHUI_ID_KEY is set/,
      ],
    ];
    const snapshot = fakeSnapshot(dist);
    const dataDir = tempDir();
    for (const [what, restore, reason] of cases) {
      const outcome = restore();
      expect(outcome.restored, what).toBe(false);
      expect(outcome.restored === false && outcome.reason, what).toMatch(reason);
      expect(existsSync(join(dataDir, 'pglite')), what).toBe(false);
    }
    writeFileSync(join(dataDir, 'id-key'), Buffer.alloc(32, 2).toString('base64'));
    const outcome = restoreDemoSnapshot(demoConfig(dataDir), snapshot, TODAY);
    expect(outcome.restored === false && outcome.reason).toMatch(/another key than the demo snapshot's/);
    expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  });
});

describe('makeDemoSnapshot', () => {
  it('loads the demo under a new random key into a folder renamed into place, only when none fits today', async () => {
    const dist = fakeBuild();
    const keys: string[] = [];
    const load = async (dataDir: string) => {
      keys.push(readFileSync(join(dataDir, 'id-key'), 'utf8'));
      mkdirSync(join(dataDir, 'pglite'));
      writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), '17\n');
    };
    expect(await makeDemoSnapshot(dist, TODAY, load)).toBe(true);
    const dir = join(dist, SNAPSHOT_DIR);
    expect(snapshotProblem(dir, buildVersion(dist) as string, TODAY)).toBeNull();
    expect(JSON.parse(readFileSync(join(dir, 'snapshot.json'), 'utf8')).madeOn).toBe(TODAY);
    expect(statSync(join(dir, 'id-key')).mode & 0o777).toBe(0o600);
    expect(await makeDemoSnapshot(dist, TODAY, load)).toBe(false);
    expect(await makeDemoSnapshot(dist, '2026-11-25', load)).toBe(true);
    expect(keys).toHaveLength(2);
    expect(Buffer.from(keys[0], 'base64')).toHaveLength(32);
    expect(keys[1]).not.toBe(keys[0]);
    expect(readdirSync(dist).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('keeps the snapshot it had when loading fails', async () => {
    const dist = fakeBuild();
    fakeSnapshot(dist, { madeOn: '2026-10-01' });
    await expect(
      makeDemoSnapshot(dist, TODAY, async () => {
        throw new Error('demo failed');
      }),
    ).rejects.toThrow('demo failed');
    expect(JSON.parse(readFileSync(join(dist, SNAPSHOT_DIR, 'snapshot.json'), 'utf8')).madeOn).toBe(
      '2026-10-01',
    );
    expect(readdirSync(dist).filter((f) => f.includes('partial'))).toEqual([]);
  });
});
