import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Db, openPglite, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { createTestContext } from './factories.ts';
import { createServerDb, databaseUrl } from './test-db.ts';

/**
 * A database holding the demo data (`members` generated members), for the test files that read the seeds' figures
 * out of it. Loading the demo costs tens of seconds of CPU, so within one test run it is loaded once per size: the
 * first file to ask loads it and keeps a copy — on PGlite a tarball of its cluster in the run's directory, on
 * PostgreSQL a template database — and every other file starts from that copy. The copy is the database right
 * after seedDemo, with the test key's encrypted ID numbers (createTestContext).
 */
export async function createDemoDb(members = 3000): Promise<Db> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? postgresDemo(serverUrl, members) : pgliteDemo(members);
}

/**
 * The day the demo of `members` members was loaded on, in China. The demo is the real application's data, dated
 * from the day it is loaded: a test reading its figures "this year" asks this day, never the wall clock.
 */
export function demoDay(members = 3000): string {
  return readFileSync(dayFile(members), 'utf8');
}

const dayFile = (members: number) => join(inject('demoCacheDir'), `demo-${members}.day`);

async function seed(db: Db, members: number): Promise<void> {
  // the loader's one reading of the wall clock: the day the demo's dates are counted from
  writeFileSync(dayFile(members), todayInChina(new Date()));
  await seedDemo(db, createTestContext(db).services, { members });
}

async function pgliteDemo(members: number): Promise<Db> {
  const file = join(inject('demoCacheDir'), `demo-${members}.tgz`);
  const failed = `${file}.failed`;
  try {
    mkdirSync(`${file}.lock`);
  } catch {
    // Another test file is loading it: wait for its copy (or its failure).
    const deadline = Date.now() + 600_000;
    while (!existsSync(file)) {
      if (existsSync(failed)) throw new Error(`loading the demo failed: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() > deadline) throw new Error('the demo database was not ready after 10 minutes');
      await sleep(200);
    }
    return openPglite(undefined, { from: new Blob([readFileSync(file)]) });
  }
  try {
    const db = await openPglite();
    await migrateAll(db);
    await seed(db, members);
    writeFileSync(`${file}.part`, await db.dump());
    renameSync(`${file}.part`, file);
    return db;
  } catch (e) {
    writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
}

async function postgresDemo(serverUrl: string, members: number): Promise<Db> {
  const template = `gh_demo_${inject('runId')}_${members}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // One loader per size; the others wait here for its template.
    await admin.query('select pg_advisory_lock(7311, $1)', [members]);
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (rows.length === 0) {
      await admin.query(`create database ${template}`);
      const db = await openPostgres(databaseUrl(serverUrl, template), 30);
      try {
        await migrateAll(db);
        await seed(db, members);
      } catch (e) {
        await db.close();
        await admin.query(`drop database ${template} with (force)`);
        throw e;
      }
      await db.close();
    }
    return await createServerDb(serverUrl, template);
  } finally {
    await admin.query('select pg_advisory_unlock_all()');
    await admin.end();
  }
}
