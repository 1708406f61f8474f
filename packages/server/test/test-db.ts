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
  const db = await createServerDb(serverUrl);
  await migrateAll(db);
  return db;
}

/**
 * A new database on the PostgreSQL server at `serverUrl`, empty or copied from `template`, dropped when closed.
 * The template must have no open connection while it is copied.
 */
export async function createServerDb(serverUrl: string, template?: string): Promise<Db> {
  const name = `gh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const db = await openPostgres(databaseUrl(serverUrl, name), 30);
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

/** The URL of database `name` on the server at `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const dbKind = () => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
