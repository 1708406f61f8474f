import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../../scripts/builds.mjs';
import { createTestDatabase } from '../../test/server-process.ts';
import type { Db } from '../db/db.ts';
import { migrateAll } from '../db/schema.ts';
import { createRandom, randomIdNumber } from '../demo/random.ts';
import { sweepStaleJobs } from '../modules/jobs/index.ts';
import { createRootOrg, insertOrg } from '../modules/org/index.ts';
import { openDatabase } from '../runtime.ts';
import { writeWorkbook } from '../shared/xlsx-writer.ts';

const ROWS = 20_000;
const serverRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let env: Record<string, string>;
let dropDatabase: () => Promise<void> = async () => undefined;

/** The same database the child process opens: a PGlite data directory, or a new PostgreSQL database. */
async function open(): Promise<{ db: Db; release: () => void }> {
  return openDatabase({ dataDir: env.DATA_DIR, databaseUrl: env.DATABASE_URL });
}

async function counts(db: Db) {
  const { rows } = await db.query<{ persons: number; memberships: number; staging: number }>(
    `select (select count(*) from persons) as persons, (select count(*) from memberships) as memberships,
            (select count(*) from import_staging) as staging`,
  );
  return rows[0];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-kill-'));
  env = {
    DATA_DIR: join(dir, 'data'),
    GONGHUI_ID_KEY: randomBytes(32).toString('base64'),
    GONGHUI_DEMO: '0',
  };
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase('gh_kill');
    env.DATABASE_URL = database.url;
    dropDatabase = database.drop;
  }
  const { db, release } = await open();
  try {
    await migrateAll(db);
    await db.tx(async (sql) => {
      const root = await createRootOrg(sql, null, { name: '中断测试市总工会', kind: 'federation' });
      await insertOrg(
        sql,
        { parentId: root.id, level: 4, kind: 'grassroots', name: '中断测试公司工会' },
        root.path,
      );
    });
  } finally {
    await db.close();
    release();
  }
  const r = createRandom(99);
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (let i = 0; rows.length < ROWS; i++) {
    const id = randomIdNumber(r, '110113', i);
    if (!seen.has(id)) rows.push([`会员${i}`, id, '中断测试公司工会', '2020-01-01']);
    seen.add(id);
  }
  writeFileSync(
    join(dir, 'members.xlsx'),
    writeWorkbook([{ name: 's', headers: ['姓名', '身份证号', '所在工会', '入会日期'], rows }]),
  );
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDatabase();
});

describe('an import killed with SIGKILL', () => {
  it('leaves all or nothing, and the next start removes its staging rows', async () => {
    // the built command line tool, as `npm run cli` runs it (rebuilt first when its sources are newer)
    await ensureBuilt({ names: ['server'], exitOnFailure: false });
    const child = spawn(process.execPath, ['dist/cli.js', 'import-members', join(dir, 'members.xlsx')], {
      cwd: serverRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let killedIn = '';
    child.stderr.on('data', (d) => {
      stderr += d;
      if (!killedIn && /merging/.test(stderr)) {
        killedIn = 'merging';
        child.kill('SIGKILL');
      }
    });
    const exit = await new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    expect(killedIn, stderr).toBe('merging');
    expect(exit).toBe('SIGKILL');

    const { db, release } = await open();
    try {
      await migrateAll(db);
      await sweepStaleJobs(db, { staleSeconds: 0 });
      const after = await counts(db);
      expect(after.staging).toBe(0);
      // Killed during the merge: either the one transaction committed or nothing of it is there.
      expect([0, ROWS]).toContain(after.persons);
      expect(after.memberships).toBe(after.persons);
      const jobs = await db.query<{ status: string }>('select status from jobs');
      expect(jobs.rows).toEqual([{ status: after.persons ? 'succeeded' : 'failed' }]);
    } finally {
      await db.close();
      release();
    }
  }, 180_000);
});
