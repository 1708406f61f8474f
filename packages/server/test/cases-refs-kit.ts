/**
 * The world of the requests' reference tests (cases.refs.test.ts, cases.refs.pg.test.ts): a union, a user and a
 * category on record, and inserts of requests and events, each field given or a valid default.
 */
import { expect } from 'vitest';
import type { Db, Sql } from '../src/db/db.ts';
import { createTestContext } from './factories.ts';

export const MISSING = 987_654_321;

export async function refsWorld(db: Db) {
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  const org = await ctx.newOrg(root);
  const userId = (await ctx.newUser('staff', org)).id;
  const category = (
    await db.query<{ code: string }>('select code from case_categories order by code limit 1')
  ).rows[0].code;

  /** Inserts requests (one a row), each field given or the valid default; answers their ids. */
  async function insertCases(
    rows: { orgId?: number; filedOrgId?: number; category?: string; by?: number | null }[],
    on: Sql = db,
  ) {
    const { rows: out } = await on.query<{ id: number }>(
      `insert into cases (org_id, filed_org_id, federation_id, channel, category, description, anonymous, filed_on,
                          ack_due, answer_due, due_set_on, counted_from, entered_on, entered_by)
       select u.o, u.f, $5, 'hotline', u.c, '测试诉求', true, '2025-01-02', '2025-01-05', '2025-01-20', '2025-01-02',
              '2025-01-02', '2025-01-02', u.b
         from unnest($1::bigint[], $2::bigint[], $3::text[], $4::bigint[]) as u(o, f, c, b)
       returning id`,
      [
        rows.map((r) => r.orgId ?? org.id),
        rows.map((r) => r.filedOrgId ?? org.id),
        rows.map((r) => r.category ?? category),
        rows.map((r) => (r.by === undefined ? userId : r.by)),
        org.path.split('/').filter(Boolean)[0],
      ],
    );
    return out.map((r) => Number(r.id));
  }

  async function insertEvents(
    rows: { caseId: number; orgId?: number; toOrgId?: number | null; actor?: number | null }[],
    on: Sql = db,
  ) {
    await on.query(
      `insert into case_events (case_id, org_id, kind, actor_user_id, to_org_id, visible, at, federation_id)
       select u.c, u.o, 'filed', u.a, u.t, true, now(), $5
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[]) as u(c, o, a, t)`,
      [
        rows.map((r) => r.caseId),
        rows.map((r) => r.orgId ?? org.id),
        rows.map((r) => (r.actor === undefined ? userId : r.actor)),
        rows.map((r) => r.toOrgId ?? null),
        org.path.split('/').filter(Boolean)[0],
      ],
    );
  }

  return { ctx, org, userId, category, insertCases, insertEvents };
}

/** The statement is refused as a key refuses (23503), naming `named`. */
export const refused = async (p: Promise<unknown>, named: string) => {
  const e = (await p.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string; message?: string } | null;
  expect(e, `refused: ${named}`).not.toBeNull();
  expect(e?.code).toBe('23503');
  expect(e?.message).toContain(named);
};
