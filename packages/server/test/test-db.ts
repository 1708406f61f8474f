import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { type Db, openPglite, openPostgres, type PgliteDb } from '../src/db/db.ts';
import { type ClusterImage, imageBytes, imageOf } from '../src/db/pglite-image.ts';
import { migrateAll } from '../src/db/schema.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (the test command starts one on loopback). Within a test run the
 * migrations run once: the first file to ask keeps a migrated copy (an image of the PGlite cluster's files, or a
 * template database) and every other file starts from it, about 2 s of CPU saved per file. Outside a test run
 * (a benchmark) each database is migrated on its own.
 */
export async function createTestDb(): Promise<Db> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const run = await testRun();
  if (!serverUrl) {
    if (run) return openPglite(undefined, { image: (await migratedPglite(run.dir)).image });
    const db = await openPglite();
    await migrateAll(db);
    return db;
  }
  if (run) return createServerDb(serverUrl, await migratedTemplate(serverUrl, run.runId));
  const db = await createServerDb(serverUrl);
  await migrateAll(db);
  return db;
}

/** The run's shared directory and name (global-setup.ts), or null outside vitest. */
async function testRun(): Promise<{ dir: string; runId: string } | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  return { dir: inject('demoCacheDir'), runId: inject('runId') };
}

/** A PGlite cluster the run made once, as the tests open it (ADR 144). */
export interface RunCluster {
  /** Its files, taken after a clean shutdown: an in-memory database opens from them (`openPglite(undefined, { image })`). */
  image: ClusterImage;
  /** Its tarball's file, for a test that opens it into a data directory (`openPglite(dir, { from })`). */
  tarball: string;
}

/** The images this process has read: a worker's test files share them (`--no-isolate`), each read once. */
const images = new Map<string, ClusterImage>();

/**
 * A cluster in `dir` made once per run by `make` (the first caller; the others wait for it), kept as an image of its
 * files and as a tarball. `make` opens its database with the `keepImage` it is given, so that its files are taken as
 * it closes. A failure is written beside it, so that the waiting callers fail with it rather than time out.
 */
export async function cachedCluster(
  dir: string,
  name: string,
  make: (keepImage: (image: ClusterImage) => void) => Promise<PgliteDb>,
): Promise<RunCluster> {
  const tarball = join(dir, `${name}.tgz`);
  const imageFile = join(dir, `${name}.image`);
  const failed = `${tarball}.failed`;
  try {
    mkdirSync(`${tarball}.lock`);
  } catch {
    const deadline = Date.now() + 600_000;
    // the tarball is written last: once it is there, so is the image
    while (!existsSync(tarball)) {
      if (existsSync(failed)) throw new Error(`making ${name} failed: ${readFileSync(failed, 'utf8')}`);
      if (Date.now() > deadline) throw new Error(`${name} was not ready after 10 minutes`);
      await sleep(200);
    }
    const image = images.get(imageFile) ?? imageOf(readFileSync(imageFile));
    images.set(imageFile, image);
    return { image, tarball };
  }
  try {
    let kept: ClusterImage | undefined;
    const db = await make((image) => {
      kept = image;
    });
    const dump = await db.dump();
    await db.close();
    if (!kept) throw new Error(`${name}: its database was not opened with keepImage`);
    writeFileSync(`${imageFile}.part`, imageBytes(kept));
    renameSync(`${imageFile}.part`, imageFile);
    writeFileSync(`${tarball}.part`, dump);
    renameSync(`${tarball}.part`, tarball);
    images.set(imageFile, kept);
    return { image: kept, tarball };
  } catch (e) {
    writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
}

/**
 * The run's migrated PGlite cluster, without the template databases: nothing makes a database on the embedded
 * engine, and the cluster every test file opens is then about 15 MB smaller (ADR 134).
 */
export const migratedPglite = (dir: string) =>
  cachedCluster(dir, 'migrated', async (keepImage) => {
    const db = await openPglite(undefined, { keepImage });
    await migrateAll(db);
    await db.query(
      `update pg_database set datistemplate = false where datname in ('template0', 'template1')`,
    );
    for (const name of ['template0', 'template1']) await db.query(`drop database ${name}`);
    return db;
  });

/**
 * The name of a template database on the server made once per run by `fill` (the first caller, under an advisory
 * lock the others wait on). Named gh_demo_<run>_…, so the run's teardown drops it.
 */
export async function cachedTemplate(
  serverUrl: string,
  runId: string,
  name: string,
  fill: (db: Db) => Promise<void>,
): Promise<string> {
  const template = `gh_demo_${runId}_${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(7311, hashtext($1))', [template]);
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (rows.length === 0) {
      await admin.query(`create database ${template}`);
      const db = await openPostgres(databaseUrl(serverUrl, template), 30);
      try {
        await fill(db);
      } catch (e) {
        await db.close();
        await admin.query(`drop database ${template} with (force)`);
        throw e;
      }
      await db.close();
    }
    return template;
  } finally {
    await admin.query('select pg_advisory_unlock_all()');
    await admin.end();
  }
}

/** The run's migrated template database. */
const migratedTemplate = (serverUrl: string, runId: string) =>
  cachedTemplate(serverUrl, runId, 'migrated', async (db) => {
    await migrateAll(db);
  });

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
