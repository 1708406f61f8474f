/**
 * A request's and its events' references, checked per statement instead of by foreign keys (cases migration 008,
 * ADR 95), refuse what the keys refused, with the keys' SQLSTATE (23503): an insert naming a union, user, category
 * or request not on record — whichever row of a many-row statement it is — an update moving a request to a union
 * not on record, and the removal of a user or request still named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/factories.ts';
import { createTestDb, dbKind } from '../../../test/test-db.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';

let db: Db;
let org: OrgRow;
let userId: number;
let category: string;

const MISSING = 987_654_321;

beforeAll(async () => {
  db = await createTestDb();
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  org = await ctx.newOrg(root);
  userId = (await ctx.newUser('staff', org)).id;
  category = (await db.query<{ code: string }>('select code from case_categories order by code limit 1'))
    .rows[0].code;
});
afterAll(() => db?.close());

/** Inserts requests (one a row), each field given or the valid default; answers their ids. */
async function insertCases(
  rows: { orgId?: number; filedOrgId?: number; category?: string; by?: number | null }[],
) {
  const { rows: out } = await db.query<{ id: number }>(
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

const refused = async (p: Promise<unknown>, named: string) => {
  const e = (await p.then(
    () => null,
    (err: unknown) => err,
  )) as { code?: string; message?: string } | null;
  expect(e, `refused: ${named}`).not.toBeNull();
  expect(e?.code).toBe('23503');
  expect(e?.message).toContain(named);
};

const count = async (table: string) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0].n;

describe('requests and events: references checked per statement', () => {
  it('takes valid rows, the nullable references left empty', async () => {
    const [a, b] = await insertCases([{}, { by: null }]);
    await insertEvents([{ caseId: a }, { caseId: b, actor: null, toOrgId: org.id }]);
    expect(
      (await db.query('select 1 from case_events where case_id = any($1::bigint[])', [[a, b]])).rows,
    ).toHaveLength(2);
  });

  it('refuses a many-row insert whose last row names a request, union or user not on record, writing nothing', async () => {
    const [a] = await insertCases([{}]);
    const events = await count('case_events');
    await refused(insertEvents([{ caseId: a }, { caseId: MISSING }]), 'case_events_case_id_fkey');
    await refused(insertEvents([{ caseId: a }, { caseId: a, orgId: MISSING }]), 'case_events_org_id_fkey');
    await refused(
      insertEvents([{ caseId: a }, { caseId: a, toOrgId: MISSING }]),
      'case_events_to_org_id_fkey',
    );
    await refused(
      insertEvents([{ caseId: a }, { caseId: a, actor: MISSING }]),
      'case_events_actor_user_id_fkey',
    );
    expect(await count('case_events')).toBe(events);

    const cases = await count('cases');
    await refused(insertCases([{}, { orgId: MISSING }]), 'cases_org_id_fkey');
    await refused(insertCases([{}, { filedOrgId: MISSING }]), 'cases_filed_org_id_fkey');
    await refused(insertCases([{}, { category: 'no-such-category' }]), 'cases_category_fkey');
    await refused(insertCases([{}, { by: MISSING }]), 'cases_entered_by_fkey');
    expect(await count('cases')).toBe(cases);
  });

  it('refuses moving a request or an event to a union not on record; a move to a union on record is taken', async () => {
    const [a] = await insertCases([{}]);
    await insertEvents([{ caseId: a }]);
    await refused(db.query('update cases set org_id = $2 where id = $1', [a, MISSING]), 'cases_org_id_fkey');
    await refused(
      db.query('update cases set handler_user_id = $2 where id = $1', [a, MISSING]),
      'cases_handler_user_id_fkey',
    );
    await refused(
      db.query('update case_events set org_id = $2 where case_id = $1', [a, MISSING]),
      'case_events_org_id_fkey',
    );
    const other = await createTestContext(db).newOrg(org);
    await db.query('update cases set org_id = $2, handler_user_id = $3 where id = $1', [a, other.id, userId]);
    await db.query(`update cases set status = 'accepted' where id = $1`, [a]);
    expect(
      (await db.query<{ o: number }>('select org_id::int as o from cases where id = $1', [a])).rows[0].o,
    ).toBe(other.id);
  });

  it('refuses removing a request, user, union or category still named', async () => {
    const [a] = await insertCases([{}]);
    await insertEvents([{ caseId: a }]);
    await refused(db.query('delete from cases where id = $1', [a]), 'case_events_case_id_fkey');
    await refused(db.query('delete from users where id = $1', [userId]), 'users');
    await refused(db.query('delete from orgs where id = $1', [org.id]), 'orgs');
    await refused(db.query('delete from case_categories where code = $1', [category]), 'cases_category_fkey');
    const [b] = await insertCases([{}]);
    await db.query('delete from cases where id = $1', [b]);
    expect((await db.query('select 1 from cases where id = $1', [b])).rows).toHaveLength(0);
  });

  // Two connections: PostgreSQL only (PGlite has one).
  it.runIf(dbKind() === 'postgres')(
    'locks the request an open insert names, as a key does: it cannot be removed until that insert ends',
    async () => {
      const [a] = await insertCases([{}]);
      let inserted!: () => void;
      let finish!: () => void;
      const insertedP = new Promise<void>((r) => (inserted = r));
      const finishP = new Promise<void>((r) => (finish = r));
      const writer = db.tx(async (sql) => {
        await insertEvents([{ caseId: a }], sql);
        inserted();
        await finishP;
      });
      await insertedP;
      const lock = db.tx((sql) => sql.query('select id from cases where id = $1 for update nowait', [a]));
      const e = (await lock.then(
        () => null,
        (err: unknown) => err,
      )) as { code?: string } | null;
      finish();
      await writer;
      expect(e?.code, 'the request is locked while the insert naming it is open').toBe('55P03');
      await refused(db.query('delete from cases where id = $1', [a]), 'case_events_case_id_fkey');
    },
  );
});
