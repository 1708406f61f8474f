import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, sealAudit } from '../src/modules/audit/index.ts';
import { createTestApp } from './api.ts';

/**
 * 校验完整性 on the audit log page: `GET /api/audit/verify` makes the check `audit verify` makes (ADR 78), for the
 * audit administrator only, answers the verdict in both languages and is itself written to the log.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let auditor: string;
let admin: string;

/** Runs `fn` with the append-only trigger off, as a database superuser could. */
async function asSuperuser(fn: () => Promise<unknown>): Promise<void> {
  await t.db.query('alter table audit_log disable trigger audit_log_guard');
  try {
    await fn();
  } finally {
    await t.db.query('alter table audit_log enable trigger audit_log_guard');
  }
}

const verify = (cookie = auditor, query = '') =>
  t.call({ method: 'GET', url: `/api/audit/verify${query}`, cookie });

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const u = await t.ctx.newUser('admin', null);
  admin = await t.login(u.username, u.password);
  auditor = await t.signInAs('audit_admin', null);
  // a few rows, sealed as the server's round seals them
  for (const name of ['校验一', '校验二', '校验三']) {
    await recordAudit(t.db, null, {
      action: 'org.create',
      entity: 'org',
      entityId: root.id,
      after: { name },
    });
  }
  await sealAudit(t.db, 'sha256');
});
afterAll(async () => {
  await t?.close();
});

describe('GET /api/audit/verify', () => {
  it('answers an intact chain: the rows checked, the last row (place, id, time), the algorithm and the anchor', async () => {
    const res = await verify();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const { rows } = await t.db.query<{ n: number; seq: number; id: string }>(
      `select count(*)::int as n, max(seq)::int as seq,
              (select id::text from audit_log where seq = (select max(seq) from audit_log)) as id
         from audit_log where seq is not null`,
    );
    expect(body).toMatchObject({
      ok: true,
      rows: rows[0].n,
      algorithms: ['sha256'],
      through: { seq: rows[0].seq, id: Number(rows[0].id) },
      anchor: { seq: 0, file: null },
      problem: null,
    });
    expect(rows[0].n).toBeGreaterThan(2);
    expect(Number.isNaN(Date.parse(body.through.at))).toBe(false);
  });

  it('is itself in the log, with its verdict', async () => {
    await verify();
    const { rows } = await t.db.query<{ user_id: string; after: Record<string, unknown> }>(
      `select user_id::text, after from audit_log where action = 'audit.verify' order by id desc limit 1`,
    );
    expect(rows[0]?.after).toMatchObject({ intact: true, problem: null });
    expect(Number(rows[0]?.after.rows)).toBeGreaterThan(2);
  });

  it('names the row that was altered, as the command line does, and the rows before it intact', async () => {
    await sealAudit(t.db, 'sha256');
    const { rows } = await t.db.query<{ id: string; seq: number; after: unknown }>(
      `select id::text, seq::int as seq, after from audit_log where action = 'org.create' and seq is not null
        order by seq desc limit 1`,
    );
    const target = rows[0];
    await asSuperuser(() =>
      t.db.query(`update audit_log set after = '{"name":"改过"}' where id = $1`, [target.id]),
    );
    try {
      const res = await verify();
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({
        ok: false,
        rows: target.seq - 1,
        through: { seq: target.seq - 1 },
        problem: { kind: 'altered', rowId: target.id, seq: String(target.seq) },
      });
      expect(body.problem.zh).toContain(`记录编号 ${target.id}`);
      expect(body.problem.en).toContain(`row id ${target.id}`);
      const logged = await t.db.query<{ after: Record<string, unknown> }>(
        `select after from audit_log where action = 'audit.verify' order by id desc limit 1`,
      );
      expect(logged.rows[0].after).toMatchObject({ intact: false });
      expect(String(logged.rows[0].after.problem)).toContain(`row id ${target.id}`);
    } finally {
      await asSuperuser(() =>
        t.db.query('update audit_log set after = $2 where id = $1', [
          target.id,
          JSON.stringify(target.after),
        ]),
      );
    }
    expect((await verify()).json().ok).toBe(true);
  });

  it('is the audit administrator’s alone: the system administrator and no session are refused', async () => {
    expect((await verify(admin)).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: '/api/audit/verify' })).statusCode).toBe(401);
  });

  it('refuses an unknown parameter with a bilingual 400', async () => {
    const res = await verify(auditor, '?from=2024-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.messageEn).toBeTruthy();
    expect(res.json().error.message).toBeTruthy();
  });
});
