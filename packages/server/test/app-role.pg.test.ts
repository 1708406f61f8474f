/**
 * The application as a database role that does not own the tables (docs/security.md, "Audit log"): the owner
 * migrates, the role is given the grants the page lists, and a server started as that role starts (nothing left
 * to migrate needs no right to create), writes and seals audit rows, and cannot change, remove or empty one.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { migrateAll } from '../src/db/schema.ts';
import { recordAudit, sealAudit, verifyAudit } from '../src/modules/audit/index.ts';
import { createTestDatabase, type TestDatabase } from './server-process.ts';

const role = `gh_app_${randomBytes(4).toString('hex')}`;
let database: TestDatabase;
let owner: Db;
let app: Db;

/** The grants of docs/security.md, word for word in what they open. */
const GRANTS = [
  `grant usage on schema public to ${role}`,
  `grant select, insert, update, delete on all tables in schema public to ${role}`,
  `grant usage, select on all sequences in schema public to ${role}`,
  `revoke update, delete, truncate on audit_log from ${role}`,
  `grant select, insert on audit_log to ${role}`,
  `grant update (seq, prev_hash, hash) on audit_log to ${role}`,
  `grant select, update on audit_chain to ${role}`,
  `grant execute on function audit_archive(bigint, text) to ${role}`,
];

beforeAll(async () => {
  database = await createTestDatabase('gh_role');
  owner = await openPostgres(database.url, 2);
  await migrateAll(owner);
  await owner.query(`create role ${role} login password 'app-role-test'`);
  for (const g of GRANTS) await owner.query(g);
  const url = new URL(database.url);
  url.username = role;
  url.password = 'app-role-test';
  app = await openPostgres(url.toString(), 2);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await owner?.close();
  await database?.drop();
  // a throw-away server, stopped by drop(), took the role with it
  if (!process.env.TEST_DATABASE_URL) return;
  // the role's grants went with the database; the role itself is the server's
  const server = new URL(database.url);
  server.pathname = '/postgres';
  const admin = await openPostgres(server.toString(), 1);
  await admin.query(`drop role if exists ${role}`);
  await admin.close();
});

describe('the application as a role that does not own the tables', () => {
  it('starts: the migrations are all applied, so it creates nothing', async () => {
    expect(await migrateAll(app)).toEqual([]);
  });

  it('meeting a new release’s migration, names it and says the owner migrates first, not "must be owner" alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gh-migration-'));
    try {
      writeFileSync(
        join(dir, '001_next_release.sql'),
        'alter table orgs add column next_release_note text;\n',
      );
      const next = [{ module: 'nextrelease', dir: pathToFileURL(`${dir}/`) }];
      const refused = await migrate(app, next).catch((e: Error) => e);
      expect(String(refused)).toContain(
        '数据库迁移 nextrelease/001_next_release.sql 未能执行（must be owner of table orgs）',
      );
      expect(String(refused)).toContain(
        "Run `npm run cli -- audit verify` once with the owner's DATABASE_URL",
      );
      // nothing was applied: the owner's run applies it, and the role then starts with nothing to do
      expect(await migrate(owner, next)).toEqual(['nextrelease/001_next_release.sql']);
      expect(await migrate(app, next)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes and seals audit rows, and the chain verifies', async () => {
    await recordAudit(app, null, { action: 'org.update', entity: 'org', entityId: 1, after: { n: 1 } });
    expect(await sealAudit(app, 'sm3')).toBeGreaterThanOrEqual(1);
    expect((await verifyAudit(app)).ok).toBe(true);
  });

  it('cannot change, remove or empty an audit row, nor turn the guard off', async () => {
    const { rows } = await app.query<{ id: number }>('select id from audit_log order by id limit 1');
    const id = rows[0].id;
    await expect(app.query(`update audit_log set ip = '6.6.6.6' where id = $1`, [id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      app.tx(async (sql) => {
        // the setting the archive function uses opens nothing to a role without DELETE
        await sql.query(`select set_config('gonghui.audit_archive', 'on', true)`);
        await sql.query('delete from audit_log where id = $1', [id]);
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(app.query('truncate audit_log')).rejects.toThrow(/permission denied/);
    await expect(app.query('alter table audit_log disable trigger audit_log_guard')).rejects.toThrow(
      /must be owner/,
    );
    // the archive function runs as the owner: it keeps the last 180 days whoever calls it
    const { rows: head } = await app.query<{ seq: string }>('select head_seq::text as seq from audit_chain');
    await expect(app.query(`select audit_archive($1, '')`, [head[0].seq])).rejects.toThrow(/last 180 days/);
    expect((await app.query('select id from audit_log where id = $1', [id])).rows).toHaveLength(1);
    expect((await verifyAudit(owner)).ok).toBe(true);
  });
});
