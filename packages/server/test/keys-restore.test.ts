/**
 * A backup restored without its keys (docs/deploy.md "Keys"): the server finds ID numbers already encrypted in the
 * database and stops at start, naming what is wrong, rather than make a new key (or take another installation's)
 * and answer ready while it can neither read nor find an ID number.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { KeyError } from '../src/modules/keys/index.ts';
import { openKeyring } from '../src/runtime.ts';
import { fixedClock } from './clock.ts';
import { openKeyringContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

const clock = fixedClock();
const KEY = Buffer.alloc(32, 7);
let db: Db;
let close: () => Promise<void>;
const dirs: string[] = [];
const newDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'gonghui-restore-'));
  dirs.push(d);
  return d;
};
const config = (dataDir: string, idKey?: Buffer) => ({
  idKey: idKey?.toString('base64'),
  idKeys: undefined,
  dataDir,
  crypto: 'default' as const,
});
const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KeyError);
  return (e as KeyError).message;
};

beforeAll(async () => {
  let ctx: Awaited<ReturnType<typeof openKeyringContext>>['ctx'];
  ({ db, ctx, close } = await openKeyringContext(7));
  const org = await ctx.newOrg(await ctx.newRoot());
  await ctx.newPerson(org, { idNumber: ctx.newIdNumber() });
});
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await close?.();
});

describe('a database restored without its ID-number key', () => {
  it('stops the start and makes no new key when no key file is there', async () => {
    const dir = newDir();
    const message = await refusal(openKeyring(db, config(dir), () => undefined, clock()));
    expect(message).toContain('数据库中已有加密的身份证号，但没有找到它们的密钥');
    expect(message).toContain('restore the keys with the backup');
    expect(existsSync(join(dir, 'id-key'))).toBe(false);
  });

  it('stops the start naming the key when the key there is not the one the values were written with', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'id-key'), Buffer.alloc(32, 8).toString('base64'));
    const message = await refusal(openKeyring(db, config(dir), () => undefined, clock()));
    expect(message).toContain('密钥 k0 打不开数据库中已加密的身份证号');
    expect(message).toContain('Key k0 does not open the encrypted ID numbers');
    await refusal(openKeyring(db, config(newDir(), Buffer.alloc(32, 9)), () => undefined, clock()));
  });

  it('opens with the key the values were written with, from the file or the environment', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'id-key'), KEY.toString('base64'));
    await expect(openKeyring(db, config(dir), () => undefined, clock())).resolves.toBeTruthy();
    await expect(openKeyring(db, config(newDir(), KEY), () => undefined, clock())).resolves.toBeTruthy();
  });

  it('makes a key on a new installation, whose tables hold no ID number yet', async () => {
    const fresh = await createTestDb();
    const dir = newDir();
    try {
      await openKeyring(fresh, config(dir), () => undefined, clock());
      expect(existsSync(join(dir, 'id-key'))).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
