import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import { archiveAudit, verifyArchiveFile } from './audit.archive.ts';
import { sealAudit, verifyAudit } from './audit.chain.ts';
import { recordAudit } from './audit.service.ts';

/** The audit log's hash chain (ADR 78): what `audit verify` finds, and what the database refuses. */
let db: Db;

const write = (n: number, note = 'x') =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      recordAudit(db, null, { action: 'org.update', entity: 'org', entityId: i + 1, after: { note, i } }),
    ),
  );

/** Runs `fn` with the append-only trigger off, as a database superuser (or the tables' owner) could. */
async function asSuperuser(fn: () => Promise<unknown>): Promise<void> {
  await db.query('alter table audit_log disable trigger audit_log_guard');
  try {
    await fn();
  } finally {
    await db.query('alter table audit_log enable trigger audit_log_guard');
  }
}

const sealedRows = async () =>
  (
    await db.query<{ id: number; seq: number }>(
      'select id, seq from audit_log where seq is not null order by seq',
    )
  ).rows;

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

describe('the chain', () => {
  it('seals every row, in SHA-256 or SM3, and verifies', async () => {
    await write(5);
    expect(await sealAudit(db, 'sha256')).toBeGreaterThanOrEqual(5);
    await write(3, 'sm');
    expect(await sealAudit(db, 'sm3')).toBe(3);
    const { rows } = await db.query<{ hash: string; prev_hash: string }>(
      'select hash, prev_hash from audit_log order by seq desc limit 4',
    );
    expect(rows.slice(0, 3).every((r) => r.hash.startsWith('sm3:'))).toBe(true);
    expect(rows[3].hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rows[2].prev_hash).toBe(rows[3].hash);
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: true });
    expect(v.rows).toBe((await sealedRows()).length);
  });

  it('refuses to change, delete or empty the log', async () => {
    await write(1);
    await sealAudit(db, 'sha256');
    const [row] = await sealedRows();
    await expect(db.query(`update audit_log set action = 'x' where id = $1`, [row.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('delete from audit_log where id = $1', [row.id])).rejects.toThrow(/append-only/);
    await expect(db.query('truncate audit_log')).rejects.toThrow(/append-only/);
    // nor may a row not yet sealed be changed beyond its chain columns
    await write(1);
    await expect(db.query(`update audit_log set ip = '1.2.3.4' where hash is null`)).rejects.toThrow(
      /append-only/,
    );
    await sealAudit(db, 'sha256');
  });

  it('names a row whose text was changed in the database', async () => {
    await write(4);
    await sealAudit(db, 'sha256');
    const target = (await sealedRows()).at(-2);
    if (!target) throw new Error('no rows');
    const { rows } = await db.query<{ after: unknown }>('select after from audit_log where id = $1', [
      target.id,
    ]);
    await asSuperuser(() =>
      db.query(`update audit_log set after = '{"note":"changed"}' where id = $1`, [target.id]),
    );
    const v = await verifyAudit(db);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problem).toMatchObject({ kind: 'altered', rowId: String(target.id) });
    expect(v.problem.en).toContain(`row id ${target.id}`);
    expect(v.problem.zh).toContain(`记录编号 ${target.id}`);
    await asSuperuser(() =>
      db.query('update audit_log set after = $2 where id = $1', [target.id, JSON.stringify(rows[0].after)]),
    );
    expect((await verifyAudit(db)).ok).toBe(true);
  });

  it('names a row removed from the middle and from the end', async () => {
    await write(3);
    await sealAudit(db, 'sha256');
    const all = await sealedRows();
    const [, middle, next] = all.slice(-3);
    await asSuperuser(() => db.query('delete from audit_log where id = $1', [middle.id]));
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: false, problem: { kind: 'removed', rowId: String(next.id) } });
    if (!v.ok) expect(v.problem.en).toContain(`place ${middle.seq}`);
    const last = all.at(-1);
    await asSuperuser(() => db.query('delete from audit_log where seq >= $1', [middle.seq]));
    // with every row after it gone too, the head names what is missing
    expect(await verifyAudit(db)).toMatchObject({ ok: false, problem: { kind: 'removed', rowId: null } });
    // put the chain back as it was: the head at the last intact row
    const { rows } = await db.query<{ hash: string }>('select hash from audit_log where seq = $1', [
      middle.seq - 1,
    ]);
    await db.query('update audit_chain set head_seq = $1, head_hash = $2', [middle.seq - 1, rows[0].hash]);
    expect((await verifyAudit(db)).ok).toBe(true);
    expect(last?.seq).toBeGreaterThan(middle.seq);
  });

  it('names a row inserted into the chain', async () => {
    await write(3);
    await sealAudit(db, 'sha256');
    const [a, b] = (await sealedRows()).slice(-3);
    // a forged row at b's place, linked to a, with a hash computed as the sealer would
    const { rows } = await db.query<{ id: number }>(
      `insert into audit_log (action, entity, entity_id, seq, prev_hash, hash, at)
       select 'org.update', 'org', '99', $1, hash, 'sha256:' || repeat('0', 64), at from audit_log where id = $2
       returning id`,
      [b.seq, a.id],
    );
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: false, problem: { kind: 'inserted', rowId: String(rows[0].id) } });
    await asSuperuser(() => db.query('delete from audit_log where id = $1', [rows[0].id]));
    expect((await verifyAudit(db)).ok).toBe(true);
  });
});

describe('archive', () => {
  let adb: Db;
  let dir: string;
  beforeAll(async () => {
    adb = await createTestDb();
    dir = mkdtempSync(join(tmpdir(), 'gonghui-audit-'));
    // rows of 2025-01 and 2025-03, then of today
    for (const at of ['2025-01-10T02:00:00Z', '2025-01-20T02:00:00Z', '2025-03-01T02:00:00Z']) {
      await adb.query(
        `insert into audit_log (action, entity, at, after) values ('org.update', 'org', $1, '{"a": 1}')`,
        [at],
      );
    }
    await sealAudit(adb, 'sha256');
    await recordAudit(adb, null, { action: 'org.update', entity: 'org', entityId: 1 });
    await sealAudit(adb, 'sha256');
  });
  afterAll(async () => {
    await adb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps rows online for the retention', async () => {
    await expect(
      archiveAudit(adb, null, {
        before: '2025-09-01',
        today: '2026-01-01',
        retentionDays: 180,
        file: join(dir, 'early.jsonl'),
        algorithm: 'sha256',
      }),
    ).rejects.toMatchObject({ code: 'AUDIT_RETENTION' });
  });

  it('keeps the rows of the last 180 days in the database too: audit_archive() called directly refuses them', async () => {
    // any role may call the function (it runs as the owner): the application's, which has no DELETE, included
    const head = (await adb.query<{ seq: string }>('select head_seq::text as seq from audit_chain')).rows[0]
      .seq;
    const count = async () =>
      (await adb.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0].n;
    const rows = await count();
    await expect(adb.query(`select audit_archive($1, '')`, [head])).rejects.toThrow(/last 180 days/);
    // nor through a row written now with an old time: the rows before it in the chain are today's
    const { rows: old } = await adb.query<{ id: string }>(
      `insert into audit_log (action, entity, at) values ('org.update', 'org', '2020-01-01T00:00:00Z') returning id`,
    );
    await sealAudit(adb, 'sha256');
    const { rows: placed } = await adb.query<{ seq: string }>(
      'select seq::text as seq from audit_log where id = $1',
      [old[0].id],
    );
    await expect(adb.query(`select audit_archive($1, '')`, [placed[0].seq])).rejects.toThrow(/last 180 days/);
    expect(await count()).toBe(rows + 1);
    expect(await verifyAudit(adb)).toMatchObject({ ok: true });
  });

  it('writes the older rows to a file whose chain verifies, and the online chain still verifies', async () => {
    const before = (await adb.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0].n;
    const file = join(dir, 'a.jsonl');
    const r = await archiveAudit(adb, null, {
      before: '2025-02-01',
      today: '2026-01-01',
      retentionDays: 180,
      file,
      algorithm: 'sha256',
    });
    expect(r.rows).toBeGreaterThanOrEqual(2);
    const after = (await adb.query<{ n: number }>('select count(*)::int as n from audit_log')).rows[0].n;
    // the archive itself is audited
    expect(after).toBe(before - r.rows + 1);
    expect(await verifyArchiveFile(file)).toMatchObject({ ok: true, rows: r.rows });
    await sealAudit(adb, 'sha256');
    expect(await verifyAudit(adb)).toMatchObject({ ok: true });
    // a second archive continues from the first one's anchor
    const file2 = join(dir, 'b.jsonl');
    const r2 = await archiveAudit(adb, null, {
      before: '2025-04-01',
      today: '2026-01-01',
      retentionDays: 180,
      file: file2,
      algorithm: 'sha256',
    });
    expect(r2.rows).toBeGreaterThanOrEqual(1);
    const first = JSON.parse(readFileSync(file2, 'utf8').split('\n')[0]);
    expect(first).toMatchObject({ kind: 'anchor', seq: r.through });
    expect((await verifyArchiveFile(file2)).ok).toBe(true);
    await sealAudit(adb, 'sha256');
    expect((await verifyAudit(adb)).ok).toBe(true);

    // a row of the file changed is named
    const lines = readFileSync(file, 'utf8').split('\n');
    const row = JSON.parse(lines[1]);
    lines[1] = JSON.stringify({ ...row, after: '{"a": 2}' });
    writeFileSync(join(dir, 'changed.jsonl'), lines.join('\n'));
    expect(await verifyArchiveFile(join(dir, 'changed.jsonl'))).toMatchObject({
      ok: false,
      problem: { kind: 'altered', rowId: row.id },
    });
  });
});

describe('a check while the server seals', () => {
  it('finds the chain intact when rows are sealed between its reads', async () => {
    await write(2);
    await sealAudit(db, 'sha256');
    // the server's round seals new rows just after the check has read the chain's ends
    let sealed = false;
    const busy: Db = {
      ...db,
      query: async (...args: Parameters<Db['query']>) => {
        const res = await db.query(...args);
        if (!sealed && /from audit_chain/.test(String(args[0]))) {
          sealed = true;
          await write(3, 'meanwhile');
          await sealAudit(db, 'sha256');
        }
        return res;
      },
    } as Db;
    const v = await verifyAudit(busy);
    expect(sealed).toBe(true);
    expect(v, JSON.stringify(v)).toMatchObject({ ok: true });
    expect((await verifyAudit(db)).ok).toBe(true);
  });
});

describe('concurrent appends', () => {
  it('keep the chain valid while sealers run beside the writers (in several connections on PostgreSQL)', async () => {
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; i < 25; i++) {
        await db.tx(async (sql) => {
          await recordAudit(sql, null, { action: 'org.update', entity: 'org', entityId: w, after: { i } });
          await recordAudit(sql, null, {
            action: 'org.update',
            entity: 'org',
            entityId: w,
            after: { i, two: 1 },
          });
        });
      }
    });
    let writing = true;
    const sealers = Array.from({ length: 3 }, async () => {
      while (writing) await sealAudit(db, 'sha256');
    });
    await Promise.all(writers);
    writing = false;
    await Promise.all(sealers);
    await sealAudit(db, 'sha256');
    const v = await verifyAudit(db);
    expect(v).toMatchObject({ ok: true });
    const { rows } = await db.query<{ n: number; seqs: number; unsealed: number }>(
      `select count(*)::int as n, count(distinct seq)::int as seqs, count(*) filter (where hash is null)::int as unsealed
         from audit_log`,
    );
    expect(rows[0]).toMatchObject({ unsealed: 0, seqs: rows[0].n });
  });
});
