import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysCommand } from '../src/cli/keys.ts';
import type { Db } from '../src/db/db.ts';
import {
  type Keyring,
  keyOfCipher,
  keyOfHash,
  loadKeyring,
  NOT_PROTECTED,
  PERSON_HASHES,
  PROTECTED_TABLES,
  refreshKeyState,
  rotateKeys,
} from '../src/modules/keys/index.ts';
import { createIdProtector, findPersonIdByHash } from '../src/modules/people/index.ts';
import { openKeyring } from '../src/runtime.ts';
import { fixedClock, TEST_TODAY } from './clock.ts';
import { openKeyringContext, type TestContext } from './factories.ts';
import { scratchDir } from './temp-tree.ts';
import { createTestDb } from './test-db.ts';

const clock = fixedClock();
let db: Db;
let dir: string;
let ring: Keyring;
let ctx: TestContext;
let close: () => Promise<void>;
const numbers: { personId: number; idNumber: string }[] = [];

/** Every value of every protected column and person hash, with the key it is under. */
async function keysInUse(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of PROTECTED_TABLES)
    for (const c of t.columns) {
      const cols = [c.cipher, ...(c.hash ? [c.hash] : [])];
      const { rows } = await db.query<Record<string, string | null>>(
        `select ${cols.join(', ')} from ${t.table}`,
      );
      out[`${t.table}.${c.cipher}`] = [
        ...new Set(rows.flatMap((r) => (r[c.cipher] ? [keyOfCipher(r[c.cipher] as string) as string] : []))),
      ];
      if (c.hash)
        out[`${t.table}.${c.hash}`] = [
          ...new Set(
            rows.flatMap((r) => (r[c.hash as string] ? [keyOfHash(r[c.hash as string] as string)] : [])),
          ),
        ];
    }
  for (const h of PERSON_HASHES) {
    const { rows } = await db.query<{ v: string }>(
      `select ${h.column} as v from ${h.table} where ${h.column} is not null`,
    );
    out[`${h.table}.${h.column}`] = [...new Set(rows.map((r) => keyOfHash(r.v)))];
  }
  return out;
}

/** A search by the whole ID number, as the members list does it. */
async function searchById(idNumber: string) {
  const page = await ctx.services.people.listMembers(ctx.actor('admin', null), { q: idNumber });
  return page.items.map((p: { id: number }) => p.id);
}

beforeAll(async () => {
  ({ db, dir, ring, ctx, close } = await openKeyringContext(9));
  const ids = ctx.services.ids;
  const root = await ctx.newRoot();
  const org = await ctx.newOrg(root);
  for (let i = 0; i < 7; i++) {
    const idNumber = ctx.newIdNumber();
    const p = await ctx.newPerson(org, { idNumber });
    numbers.push({ personId: p.id, idNumber });
    const bank = `62220212345678${String(i).padStart(5, '0')}`;
    const jingka = `88881234${String(i).padStart(8, '0')}`;
    await db.query(
      `update persons set bank_account_cipher = $2, bank_account_hash = $3, jingka_cipher = $4, jingka_hash = $5
        where id = $1`,
      [p.id, ids.encrypt(bank), ids.hash(bank), ids.encrypt(jingka), ids.hash(jingka)],
    );
  }
  const [first, second] = numbers;
  await db.query(
    `insert into modelworkers (org_id, name, id_cipher, id_hash, level, registered_on)
     values ($1, '劳模', $2, $3, 'city', $4)`,
    [org.id, ids.encrypt(first.idNumber), ids.hash(first.idNumber), TEST_TODAY],
  );
  await db.query(
    `insert into join_requests (org_id, name, id_hash, id_cipher, id_masked, phone)
     values ($1, '申请人', $2, $3, '1101**********0011', '13800000000')`,
    [org.id, ids.hash(second.idNumber), ids.encrypt(second.idNumber)],
  );
  const { rows } = await db.query<{ id: number }>(
    `insert into hardship_files (org_id, person_id, level) values ($1, $2, 'deep') returning id`,
    [org.id, first.personId],
  );
  await db.query(
    `insert into hardship_members (file_id, org_id, name, relation, id_cipher) values ($1, $2, '配偶', 'spouse', $3)`,
    [rows[0].id, org.id, ids.encrypt(second.idNumber)],
  );
  // an anonymous request: no person link, only the owner hash says whose it is
  await ctx.services.cases.worker.file(ctx.actor('worker', null, first.personId), {
    channel: 'app',
    category: 'wages',
    description: '匿名诉求',
    anonymous: true,
  });
});

afterAll(async () => close?.());

describe('GONGHUI_CRYPTO=sm', () => {
  it('on a new installation: SM4 current at once, nothing left to rotate; on one with data: SM4 for new values', async () => {
    const fresh = await createTestDb();
    const freshDir = mkdtempSync(join(tmpdir(), 'gonghui-sm-'));
    try {
      const config = { idKey: Buffer.alloc(32, 4).toString('base64'), idKeys: undefined, dataDir: freshDir };
      const smRing = await openKeyring(fresh, { ...config, crypto: 'sm' }, () => undefined, clock());
      expect([smRing.current, smRing.live]).toEqual(['k1', ['k1']]);
      expect(createIdProtector(smRing).encrypt('x')).toMatch(/^v2\.sm4\.k1\./);
      // started again with the default: the SM4 key stays current
      const again = await openKeyring(fresh, { ...config, crypto: 'default' }, () => undefined, clock());
      expect([again.current, again.live]).toEqual(['k1', ['k1']]);
    } finally {
      rmSync(freshDir, { recursive: true, force: true });
      await fresh.close();
    }
  });
});

describe('the protected columns', () => {
  it('are every *_cipher and *_hash column of the schema, or listed as not protected with a reason', async () => {
    const { rows } = await db.query<{ col: string }>(
      `select table_name || '.' || column_name as col from information_schema.columns
        where table_schema = current_schema() and (column_name like '%\\_cipher' or column_name like '%\\_hash')
        order by 1`,
    );
    const registered = new Set([
      ...PROTECTED_TABLES.flatMap((t) =>
        t.columns.flatMap((c) => [`${t.table}.${c.cipher}`, ...(c.hash ? [`${t.table}.${c.hash}`] : [])]),
      ),
      ...PERSON_HASHES.map((h) => `${h.table}.${h.column}`),
    ]);
    const forgotten = rows.map((r) => r.col).filter((c) => !registered.has(c) && !NOT_PROTECTED[c]);
    expect(forgotten).toEqual([]);
  });
});

describe('keys rotate', () => {
  it('default → sm: interrupted after one batch, searchable meanwhile, resumed to the end', async () => {
    const [first] = numbers;
    expect(await searchById(first.idNumber)).toEqual([first.personId]);
    expect(
      Object.values(await keysInUse())
        .flat()
        .every((k) => k === 'k0'),
    ).toBe(true);

    // another server process, started before the rotation: the new key's file does not exist yet
    const other = loadKeyring(Buffer.alloc(32, 9), { dataDir: dir });
    let batches = 0;
    const interrupt = () => {
      batches += 1;
      throw new Error('killed');
    };
    await expect(
      rotateKeys(db, ring, { to: 'sm', dataDir: dir, batchSize: 2, clock, actor: null, onBatch: interrupt }),
    ).rejects.toThrow('killed');
    expect(batches).toBe(1);
    expect(ring.current).toBe('k1');
    expect(ring.live).toEqual(['k1', 'k0']);
    // half-way: persons hold both keys' values; every one still found by its ID number and still readable
    expect((await keysInUse())['persons.id_cipher'].sort()).toEqual(['k0', 'k1']);
    for (const n of numbers) {
      expect(await searchById(n.idNumber)).toEqual([n.personId]);
      expect(await findPersonIdByHash(db, ctx.services.ids.lookups(n.idNumber))).toBe(n.personId);
      expect(await ctx.services.people.revealIdNumber(ctx.actor('admin', null), n.personId)).toBe(n.idNumber);
    }
    // the member import, which matches by the current key's hash, waits for the rotation to end
    await expect(
      ctx.services.memberImport.start(ctx.actor('admin', null), {
        fileName: 'members.xlsx',
        buffer: Buffer.alloc(0),
        mode: 'all_or_nothing',
      }),
    ).rejects.toMatchObject({ code: 'KEY_ROTATION_RUNNING' });
    // a value written during the rotation is under the new key
    expect(ctx.services.ids.encrypt('x')).toMatch(/^v2\.sm4\.k1\./);
    // the other process, reading the shared state, sees the same and takes the new key from its file
    await refreshKeyState(db, other);
    expect([other.current, other.live]).toEqual(['k1', ['k1', 'k0']]);
    expect(createIdProtector(other).encrypt('x')).toMatch(/^v2\.sm4\.k1\./);

    const report = await rotateKeys(db, ring, { dataDir: dir, batchSize: 2, clock, actor: null });
    expect(report.resumed).toBe(true);
    expect(report.remaining).toBe(0);
    expect(report.retired).toEqual(['k0']);
    expect(Object.fromEntries(report.steps.map((s) => [s.step, s.rows]))).toEqual({
      persons: numbers.length,
      modelworkers: 1,
      join_requests: 1,
      hardship_members: 1,
      'cases.owner_hash': 1,
    });
    const after = await keysInUse();
    for (const [column, keys] of Object.entries(after)) expect([column, keys]).toEqual([column, ['k1']]);
    expect(ring.live).toEqual(['k1']);
    for (const n of numbers) {
      expect(await searchById(n.idNumber)).toEqual([n.personId]);
      expect(await ctx.services.people.revealIdNumber(ctx.actor('admin', null), n.personId)).toBe(n.idNumber);
    }
    // the anonymous request is still its worker's
    const mine = await ctx.services.cases.worker.list(ctx.actor('worker', null, first.personId));
    expect(mine.total).toBe(1);
    // audited, start and finish
    const { rows } = await db.query<{ action: string }>(
      `select action from audit_log where entity = 'key' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['keys.rotation.start', 'keys.rotation.finish']);
  });

  it('npm run cli -- keys rotate --to default: back to AES under a new key, counts printed, SM4 key retired', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const cli = {
      db,
      services: ctx.services,
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      dataDir: dir,
    };
    await expect(
      keysCommand(cli, { dataDir: dir }, { action: 'rotate', to: 'des', noWait: true }),
    ).rejects.toMatchObject({
      exitCode: 2,
    });
    // key rotation is the security administrator's (三员分立): a union's clerk named by --as is refused, nothing changed
    const current = ring.current;
    const clerk = await ctx.newUser('staff', await ctx.newRoot());
    await expect(
      keysCommand(
        cli,
        { dataDir: dir },
        { action: 'rotate', to: 'default', as: clerk.username, noWait: true },
      ),
    ).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("Key rotation is the security administrator's"),
    });
    expect(ring.current).toBe(current);
    expect(
      await keysCommand(
        cli,
        { dataDir: dir },
        { action: 'rotate', to: 'default', noWait: true, batchSize: 2 },
      ),
    ).toBe(0);
    // without --as, the operator on the server: audited as the command line, not as the system administrator
    const { rows: audited } = await db.query<{ ip: string; userId: number | null }>(
      `select ip, user_id as "userId" from audit_log where action = 'keys.rotation.start' order by id desc limit 1`,
    );
    expect(audited[0].ip).toBe('cli');
    expect(out.join('\n')).toMatch(/persons\s+7/);
    // the progress says what moved: a step that rewrote nothing in a batch (the cases' owner hashes, read
    // person by person) does not print the same count again
    const progress = err.filter((l) => /^ {2}\S+: \d+$/.test(l));
    expect(progress).toContain('  persons: 7');
    expect(new Set(progress).size, progress.join('\n')).toBe(progress.length);
    expect(out.join('\n')).toMatch(/k1/);
    // the summary, printed at the end, names the rotation's new key, not a start or a key "1"
    expect(out[0]).toMatch(
      /^密钥轮换 #\d+（新密钥 k2）.* \/ key rotation #\d+ to the new key k2, rows re-encrypted/,
    );
    expect(err).toContain('重新加密中（表：已完成的行数） / re-encrypting (table: rows done so far)');
    expect(ring.current).toBe('k2');
    expect(
      Object.values(await keysInUse())
        .flat()
        .every((k) => k === 'k2'),
    ).toBe(true);
    expect(ctx.services.ids.encrypt('x')).toMatch(/^v2\.aes\.k2\./);
    for (const n of numbers) expect(await searchById(n.idNumber)).toEqual([n.personId]);
  });

  it('a server without the new key refuses to start rather than write what it cannot read', async () => {
    const stranger = loadKeyring(Buffer.alloc(32, 9), {
      dataDir: scratchDir('gonghui-nokey-'),
    });
    await expect(refreshKeyState(db, stranger)).rejects.toThrow(/k2/);
    // at start it says which file it looked for and where the key is to be copied from
    const strangerDir = scratchDir('gonghui-nokey-');
    const refused = await openKeyring(
      db,
      {
        idKey: Buffer.alloc(32, 9).toString('base64'),
        idKeys: undefined,
        dataDir: strangerDir,
        crypto: 'default',
      },
      () => undefined,
      clock(),
    ).catch((e: Error) => e);
    expect(String(refused)).toContain(
      `数据库要求的密钥 k2 不在本进程的密钥环中：没有文件 ${join(strangerDir, 'keys', 'k2.key')}`,
    );
    expect(String(refused)).toContain(
      `copy k2.key from that server's DATA_DIR/keys/ to ${join(strangerDir, 'keys')}`,
    );
    // and a protector over the wrong first key cannot read the values
    const wrong = createIdProtector(Buffer.alloc(32, 1));
    const { rows } = await db.query<{ c: string }>('select id_cipher as c from persons limit 1');
    expect(() => wrong.decrypt(rows[0].c)).toThrow();
  });
});
