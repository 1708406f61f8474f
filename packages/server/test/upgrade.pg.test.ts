/**
 * The upgrade drill of docs/deploy.md (issue 44): a database at the previous release's schema (its migration files,
 * listed in fixtures/previous-release-migrations.txt), with a few rows, is backed up with `backup` (pg_dump -Fc),
 * restored into a fresh database with `restore` (pg_restore), migrated forward with today's migrations, and keeps
 * its rows; the restored server is then ready (no migration pending).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand, restoreCommand } from '../src/cli/backup.ts';
import { type Db, openPostgres } from '../src/db/db.ts';
import { type MigrationSource, migrate } from '../src/db/migrate.ts';
import { listPendingMigrationsOfAll, MIGRATIONS, migrateAll } from '../src/db/schema.ts';
import { createTestDatabase, type TestDatabase } from './server-process.ts';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
let dir: string;
let before: TestDatabase;
let after: TestDatabase;

/** Today's migration sources cut down to the files the previous release had (old files are never edited). */
function previousRelease(into: string): MigrationSource[] {
  const listed = new Set(
    readFileSync(new URL('./fixtures/previous-release-migrations.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  );
  return MIGRATIONS.map(({ module, dir: from }) => {
    const rel = relative(srcDir, fileURLToPath(from));
    const to = join(into, module);
    mkdirSync(to, { recursive: true });
    for (const path of listed) {
      if (path.startsWith(`${rel}/`) && !path.slice(rel.length + 1).includes('/'))
        copyFileSync(join(srcDir, path), join(to, path.slice(rel.length + 1)));
    }
    return { module, dir: pathToFileURL(`${to}/`) };
  });
}

const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gonghui-upgrade-'));
  before = await createTestDatabase('gh_upgrade_old');
  after = await createTestDatabase('gh_upgrade_new');
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await before?.drop();
  await after?.drop();
});

describe('upgrading from the previous release', () => {
  it('restores its backup into a fresh database and migrates it forward, rows kept', async () => {
    const old: Db = await openPostgres(before.url, 3);
    try {
      const applied = await migrate(old, previousRelease(join(dir, 'migrations')));
      expect(applied.length).toBeGreaterThan(100);
      await old.query(
        `insert into orgs (name, kind, level, path) values ('升级演练市总工会', 'federation', 1, '/')`,
      );
      await old.query(`update orgs set path = '/' || id || '/' where name = '升级演练市总工会'`);
      await old.query(
        `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, is_front_line)
         values ('升级演练职工', 'upgrade:1', 'x', '110***********0001', '1985-05-05', 'female', true)`,
      );
      await old.query(
        `insert into audit_log (username, action, entity, entity_id, after)
         values ('upgrade', 'create', 'person', '1', '{"name":"升级演练职工"}')`,
      );
    } finally {
      await old.close();
    }
    const file = join(dir, 'previous.dump');
    expect(await backupCommand({ dataDir: dir, databaseUrl: before.url }, file, {}, quiet)).toBe(0);
    expect(await restoreCommand({ dataDir: dir, databaseUrl: after.url }, file, {}, quiet)).toBe(0);

    const db = await openPostgres(after.url, 3);
    try {
      const forward = await migrateAll(db);
      expect(await listPendingMigrationsOfAll(db)).toEqual([]);
      const { rows } = await db.query<{ orgs: number; persons: number; audit: number }>(
        `select (select count(*) from orgs where name = '升级演练市总工会') as orgs,
                (select count(*) from persons where name = '升级演练职工') as persons,
                (select count(*) from audit_log where username = 'upgrade') as audit`,
      );
      expect(rows[0]).toEqual({ orgs: 1, persons: 1, audit: 1 });
      // what the forward migration applied is exactly what the release did not have
      const recorded = await db.query<{ n: number }>('select count(*) as n from schema_migrations');
      const client = new pg.Client({ connectionString: before.url });
      await client.connect();
      const old = await client.query<{ n: string }>('select count(*) as n from schema_migrations');
      await client.end();
      expect(recorded.rows[0].n).toBe(Number(old.rows[0].n) + forward.length);
    } finally {
      await db.close();
    }
  });
});
