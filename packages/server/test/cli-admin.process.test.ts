import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-process.ts';

/**
 * The first administrator of a fresh installation, made the way an operator does it: the real command line
 * (`npm run cli` runs scripts/cli.mjs) on an empty embedded database, the password piped on standard input.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'gonghui-cli-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const cli = (args: string[], input: string, dir = dataDir) => runCli(args, dir, input);

describe('npm run cli -- admin create', () => {
  it('creates the first administrator from a password on standard input, never from argv', () => {
    const ok = cli(['admin', 'create', '--username', 'root', '--password-stdin'], 'federation-admin-2026\n');
    expect(ok.stderr).not.toContain('federation-admin-2026');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('root');

    const argv = cli(['admin', 'create', '--username', 'root2', '--password', 'in-argv-pass-1'], '');
    expect(argv.status).toBe(2);

    const noStdin = cli(['admin', 'create', '--username', 'root2'], '');
    expect(noStdin.status).toBe(2);
    expect(noStdin.stderr).toContain('--password-stdin');

    const weak = cli(['admin', 'create', '--username', 'root2', '--password-stdin'], '12345678\n');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/常见.*\n.*common/s);

    const again = cli(['admin', 'create', '--username', 'root', '--password-stdin'], 'another-admin-2026\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('root');
  }, 300_000);

  it('is the one command that makes a database: another, pointed at a folder holding none, says so', () => {
    const empty = mkdtempSync(join(tmpdir(), 'gonghui-cli-none-'));
    try {
      const r = cli(['reconcile'], '', empty);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${empty} 中没有数据库：请把 DATA_DIR 设为服务器的数据目录`);
      expect(r.stderr).toContain(`There is no database in ${empty}`);
      expect(existsSync(join(empty, 'pglite'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 120_000);
});
