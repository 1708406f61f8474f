import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/factories.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from '../db/db.ts';
import { recordAudit } from '../modules/audit/index.ts';
import { auditCommand, verifyAuditFileCommand } from './audit.ts';
import { parseCommand, runCommand } from './commands.ts';
import type { CliContext } from './context.ts';

/** `audit verify` and `audit archive` as an operator runs them (ADR 78). */
let db: Db;
let dir: string;
let out: string[];
let err: string[];
let ctx: CliContext;
const config = { crypto: 'default' as const, auditRetentionDays: 180 };

beforeAll(async () => {
  db = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), 'gonghui-audit-cli-'));
  out = [];
  err = [];
  ctx = { db, services: createTestContext(db).services, out: (l) => out.push(l), err: (l) => err.push(l) };
  await db.query(
    `insert into audit_log (action, entity, at) values ('org.update', 'org', '2025-01-05T00:00:00Z'),
       ('org.update', 'org', '2025-01-06T00:00:00Z')`,
  );
  for (let i = 0; i < 3; i++)
    await recordAudit(db, null, { action: 'org.update', entity: 'org', entityId: i });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

describe('audit verify', () => {
  it('exits 0 on an intact chain and 1 naming the row changed in the database', async () => {
    expect(await runCommand(ctx, parseCommand(['audit', 'verify']))).toBe(0);
    expect(out.join('\n')).toMatch(/The audit chain is intact: \d+ rows, last place \d+, hash sha256:/);
    const { rows } = await db.query<{ id: number }>('select max(id) as id from audit_log');
    await db.query('alter table audit_log disable trigger audit_log_guard');
    await db.query(`update audit_log set entity_id = '42' where id = $1`, [rows[0].id]);
    await db.query('alter table audit_log enable trigger audit_log_guard');
    expect(await auditCommand(ctx, { sub: 'verify', config })).toBe(1);
    expect(err.join('\n')).toContain(`row id ${rows[0].id}`);
    await db.query('alter table audit_log disable trigger audit_log_guard');
    await db.query(`update audit_log set entity_id = '2' where id = $1`, [rows[0].id]);
    await db.query('alter table audit_log enable trigger audit_log_guard');
    expect(await auditCommand(ctx, { sub: 'verify', config })).toBe(0);
  });
});

describe('audit archive', () => {
  it('refuses a day within the retention and a missing day, then archives to a file that verifies', async () => {
    await expect(auditCommand(ctx, { sub: 'archive', config })).rejects.toMatchObject({ exitCode: 2 });
    await expect(
      auditCommand(ctx, { sub: 'archive', before: '2026-01-01', today: '2026-03-01', config }),
    ).rejects.toThrow(/180/);
    const file = join(dir, 'a.jsonl');
    out.length = 0;
    expect(
      await auditCommand(ctx, {
        sub: 'archive',
        before: '2025-02-01',
        out: file,
        today: '2026-03-01',
        config,
      }),
    ).toBe(0);
    expect(out.join('\n')).toContain('Archived 2 rows');
    expect(await verifyAuditFileCommand(file, { out: (l) => out.push(l), err: (l) => err.push(l) })).toBe(0);
    expect(out.join('\n')).toContain(`: 2 rows in ${file}, last place`);
    expect(await auditCommand(ctx, { sub: 'verify', config })).toBe(0);
  });
});
