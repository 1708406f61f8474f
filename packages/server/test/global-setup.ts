import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the test files of this run keep the demo databases they share (see demo-db.ts). */
    demoCacheDir: string;
    /** A name for this run, unique on a shared PostgreSQL server. */
    runId: string;
  }
}

/** One directory and one run name per test run; both go away when the run ends. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-test-demo-'));
  const runId = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  project.provide('demoCacheDir', dir);
  project.provide('runId', runId);
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    const url = process.env.TEST_DATABASE_URL;
    if (!url) return;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`gh_demo_${runId}_%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
