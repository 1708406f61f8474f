import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../scripts/builds.mjs';
import { runCli } from './cli-process.ts';

/**
 * The command line on an embedded database a running server holds (its lock file names a live process): every
 * command says so once, in the command's terms, and exits 2 — the lock is refused before anything is opened.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'gonghui-cli-in-use-'));
let holder: ChildProcess;

beforeAll(async () => {
  // built here, so that the commands' stderr is theirs alone
  await ensureBuilt({ names: ['server'], exitOnFailure: false });
  mkdirSync(join(dataDir, 'pglite'));
  writeFileSync(join(dataDir, 'pglite', 'PG_VERSION'), '17\n');
  holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
  writeFileSync(join(dataDir, 'gonghui.lock'), String(holder.pid));
  // a file of the embedded database's kind (gzip), so that restore gets as far as the lock
  writeFileSync(join(dataDir, 'old.backup'), Buffer.from([0x1f, 0x8b, 8, 0, 0]));
});
afterAll(() => {
  holder?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli(args, dataDir);

describe('the command line while the server runs on the same DATA_DIR', () => {
  it('says once, for every command, that the server must be stopped first', () => {
    const message =
      `数据目录 ${dataDir} 中的内嵌数据库正被运行中的服务器（或另一条仍在运行的命令，pid ${holder.pid}）使用：请先停止服务器，再运行本命令。\n` +
      `The embedded database in ${dataDir} is in use by a running server (or another command still running, pid ${holder.pid}): stop the server first, then run this command.\n`;
    for (const args of [
      ['backup', join(dataDir, 'new.backup')],
      ['restore', join(dataDir, 'old.backup'), '--force'],
      ['audit', 'verify'],
      ['keys', 'rotate'],
      ['export-orgs', join(dataDir, 'tree.xlsx')],
    ]) {
      const r = cli(args);
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 2, stderr: message });
    }
  }, 300_000);
});
