import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type Db, openPglite } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { findOrgById, type OrgRow } from '../src/modules/org/index.ts';
import { todayInChina } from '../src/shared/dates.ts';
import { fixedClock } from './clock.ts';
import { createTestContext } from './factories.ts';
import { cachedCluster, cachedTemplate, createServerDb, migratedPglite } from './test-db.ts';

/**
 * A database holding the demo data (`members` generated members), for the test files that read the seeds' figures
 * out of it. Loading the demo costs tens of seconds of CPU, so within one test run it is loaded once per size: the
 * first file to ask loads it and keeps a copy — on PGlite an image of its cluster's files (and its tarball) in the
 * run's directory, on PostgreSQL a template database — and every other file starts from that copy. The copy is the database right
 * after seedDemo, with the test key's encrypted ID numbers (createTestContext).
 */
export async function createDemoDb(members = 3000): Promise<Db> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? postgresDemo(serverUrl, members) : pgliteDemo(members);
}

/** The demo database of `members` members and a test context on it (a test file's `beforeAll`; it closes `db`). */
export async function openDemoContext(members = 3000) {
  const db = await createDemoDb(members);
  return { db, ctx: createTestContext(db) };
}

/** The demo's union named `name` (the seeds name every union they make). */
export async function demoUnion(db: Db, name: string): Promise<OrgRow> {
  const { rows } = await db.query<{ id: number }>('select id from orgs where name = $1', [name]);
  return (await findOrgById(db, rows[0].id)) as OrgRow;
}

/**
 * The day the demo of `members` members was loaded on, in China. The demo is the real application's data, dated
 * from the day it is loaded: a test reading its figures "this year" asks this day, never the wall clock.
 */
export function demoDay(members = 3000): string {
  return todayInChina(demoMoment(members));
}

/** A clock standing at the moment the demo of `members` members was loaded: the services of a test that acts on it. */
export function demoClock(members = 3000): () => Date {
  return fixedClock(demoMoment(members));
}

const demoMoment = (members: number) => new Date(readFileSync(momentFile(members), 'utf8'));

const momentFile = (members: number) => join(inject('demoCacheDir'), `demo-${members}.moment`);

async function seed(db: Db, members: number): Promise<void> {
  // the loader's one reading of the wall clock: the moment the demo's dates are counted from, like a real first start
  const now = new Date();
  writeFileSync(momentFile(members), now.toISOString());
  await seedDemo(db, createTestContext(db, { clock: fixedClock(now) }).services, { members, now });
}

/**
 * What a database holding the demo of `members` members is made from: on PGlite the cached cluster (for
 * `openPglite(dir, { from })`), on PostgreSQL the template database's name (`create database … template …`). For a
 * test that needs the demo in a database of its own making (a data directory, a database it names).
 */
export async function demoOrigin(members = 3000): Promise<{ cluster: Blob } | { template: string }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl
    ? { template: await postgresTemplate(serverUrl, members) }
    : { cluster: new Blob([readFileSync((await pgliteCluster(members)).tarball)]) };
}

const pgliteCluster = (members: number) => {
  const dir = inject('demoCacheDir');
  return cachedCluster(dir, `demo-${members}`, async (keepImage) => {
    const db = await openPglite(undefined, { image: (await migratedPglite(dir)).image, keepImage });
    await seed(db, members);
    return db;
  });
};

async function pgliteDemo(members: number): Promise<Db> {
  return openPglite(undefined, { image: (await pgliteCluster(members)).image });
}

const postgresTemplate = (serverUrl: string, members: number) =>
  cachedTemplate(serverUrl, inject('runId'), String(members), async (db) => {
    await migrateAll(db);
    await seed(db, members);
  });

async function postgresDemo(serverUrl: string, members: number): Promise<Db> {
  return createServerDb(serverUrl, await postgresTemplate(serverUrl, members));
}
