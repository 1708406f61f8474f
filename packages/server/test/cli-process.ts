import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/**
 * The real command line (`npm run cli` runs scripts/cli.mjs) on the embedded database in `dataDir`, as an operator
 * runs it: no PostgreSQL address, no demo data, `input` piped on standard input.
 */
export function runCli(args: string[], dataDir: string, input = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, GONGHUI_DEMO: '0' };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  return spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    cwd: root,
    env,
    input,
    encoding: 'utf8',
    timeout: 180_000,
  });
}
