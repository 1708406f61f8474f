import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openPglite, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (the test command starts one on loopback).
 */
export async function createTestDb(): Promise<Db> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openPglite();
    await migrateAll(db);
    return db;
  }
  const name = `gh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 30);
  await migrateAll(db);
  const close = db.close;
  return {
    ...db,
    async close() {
      await close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const dbKind = () => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
