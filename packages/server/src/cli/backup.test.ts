import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrigin } from '../../test/demo-db.ts';
import type { Config } from '../config.ts';
import { type Db, openPglite, openPostgres } from '../db/db.ts';
import { type BackupIo, backupCommand, restoreCommand } from './backup.ts';

let dir: string;
const serverUrl = process.env.TEST_DATABASE_URL;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): BackupIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: (l) => lines.push(l), err: (l) => lines.push(l) };
}

/** What a restore must bring back: members, applications and the ledger's sums. */
async function facts(db: Db) {
  const one = async (text: string) => (await db.query<{ v: number }>(text)).rows[0].v;
  return {
    members: await one("select count(*) as v from memberships where status = 'active'"),
    applications: await one('select count(*) as v from applications'),
    ledgerEntries: await one('select count(*) as v from ledger_entries'),
    ledgerFen: await one('select coalesce(sum(amount_fen), 0) as v from ledger_entries'),
  };
}

/** The demo's facts in a database made from it, which a restore must bring back. */
async function demoFacts(db: Db) {
  const before = await facts(db);
  expect(before.members).toBeGreaterThan(40);
  expect(before.applications).toBeGreaterThan(0);
  expect(before.ledgerEntries).toBeGreaterThan(0);
  return before;
}

const created: string[] = [];

/**
 * A database of the engine under test: a data directory of its own, or a new database on TEST_DATABASE_URL — made
 * from the demo's copy (`demoOrigin`) when `demo` is given.
 */
async function newTarget(name: string, demo?: Awaited<ReturnType<typeof demoOrigin>>): Promise<Target> {
  const dataDir = join(dir, name);
  if (!serverUrl)
    return { dataDir, databaseUrl: undefined, from: demo && 'cluster' in demo ? demo.cluster : undefined };
  const database = `gh_backup_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(
    `create database ${database}${demo && 'template' in demo ? ` template ${demo.template}` : ''}`,
  );
  await admin.end();
  created.push(database);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return { dataDir, databaseUrl: url.toString() };
}

type Target = Pick<Config, 'dataDir' | 'databaseUrl'> & { from?: Blob };

const open = (target: Target) =>
  target.databaseUrl
    ? openPostgres(target.databaseUrl, 2)
    : openPglite(join(target.dataDir, 'pglite'), { from: target.from });

afterAll(async () => {
  if (!serverUrl) return;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const database of created) await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
});

describe(`backup and restore (${serverUrl ? 'PostgreSQL: pg_dump, pg_restore' : 'embedded database'})`, () => {
  it('restores into a fresh database with the same members, applications and ledger', async () => {
    const source = await newTarget('source', await demoOrigin(200));
    const db = await open(source);
    const before = await demoFacts(db);
    await db.close();

    const file = join(dir, 'gonghui.backup');
    const io = capture();
    expect(await backupCommand(source, file, {}, io)).toBe(0);
    expect(io.lines.join('\n')).toMatch(/NOT in the backup/);
    // every member's data: readable by the account that made it alone
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await expect(backupCommand(source, file, {}, capture())).rejects.toMatchObject({ exitCode: 2 });

    const target = await newTarget('target');
    const restoreIo = capture();
    expect(await restoreCommand(target, file, {}, restoreIo)).toBe(0);
    // after a restore the keys are put in place before the server starts, not backed up
    expect(restoreIo.lines.join('\n')).toMatch(/启动服务器之前，请确认备份来源安装的密钥已就位/);
    expect(restoreIo.lines.join('\n')).toMatch(
      /Before starting the server, put the keys of the installation the backup came from in place/,
    );
    expect(restoreIo.lines.join('\n')).not.toMatch(/back them up separately/);
    const restored = await open(target);
    expect(await facts(restored)).toEqual(before);
    await restored.query(
      "update memberships set status = 'left' where id = (select max(id) from memberships)",
    );
    await restored.close();

    // A target that holds data is refused without --force, and replaced with it.
    await expect(restoreCommand(target, file, {}, capture())).rejects.toMatchObject({ exitCode: 2 });
    expect(await restoreCommand(target, file, { force: true }, capture())).toBe(0);
    if (!target.databaseUrl) {
      // The embedded database it replaced is moved aside, not deleted.
      expect(readdirSync(target.dataDir).filter((f) => f.startsWith('pglite.before-restore-'))).toHaveLength(
        1,
      );
    }
    const again = await open(target);
    expect(await facts(again)).toEqual(before);
    await again.close();
  }, 180_000);

  it('refuses a file that is not a backup, or a backup of the other kind of database', async () => {
    const target = await newTarget('other');
    const file = join(dir, 'not-a-backup.txt');
    writeFileSync(file, 'hello');
    await expect(restoreCommand(target, file, {}, capture())).rejects.toMatchObject({ exitCode: 2 });
    writeFileSync(file, target.databaseUrl ? Buffer.from([0x1f, 0x8b, 8, 0, 0]) : 'PGDMP and the rest');
    await expect(restoreCommand(target, file, {}, capture())).rejects.toThrow(/same kind/);
    expect(existsSync(join(target.dataDir, 'pglite'))).toBe(false);
  });

  it('names a file it cannot write or read in both languages and exits 2', async () => {
    const target = await newTarget('paths');
    const nowhere = join(dir, 'no-such-folder', 'gonghui.backup');
    const write = backupCommand(target, nowhere, {}, capture());
    await expect(write).rejects.toMatchObject({ exitCode: 2 });
    await expect(write).rejects.toThrow(
      `无法写入备份文件 ${nowhere}：目录 ${join(dir, 'no-such-folder')} 不存在\n` +
        `Cannot write the backup file ${nowhere}: the folder ${join(dir, 'no-such-folder')} does not exist`,
    );
    expect(existsSync(nowhere)).toBe(false);

    const missing = restoreCommand(target, nowhere, {}, capture());
    await expect(missing).rejects.toMatchObject({ exitCode: 2 });
    await expect(missing).rejects.toThrow(
      /无法读取备份文件 .*文件不存在\nCannot read the backup file .*no such file/,
    );
    // a folder given for the file: the read fails, not the check for it
    const folder = restoreCommand(target, dir, {}, capture());
    await expect(folder).rejects.toMatchObject({ exitCode: 2 });
    await expect(folder).rejects.toThrow(`Cannot read the backup file ${dir}: it is a folder`);
  });
});
