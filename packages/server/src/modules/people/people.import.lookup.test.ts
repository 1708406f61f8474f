/**
 * The member import's look-up of people already registered (a thousand keys a batch): on PostgreSQL it runs with JIT
 * off — in a new install the planner prices it past jit_above_cost, and compiling the plan cost ≈ 0.7 s of the
 * server's CPU per batch against a few milliseconds to run it (bench:golive).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db, Sql } from '../../db/db.ts';
import { listFoundPersonsByHash } from './people.import.repository.ts';

describe('the member import looking up registered people', () => {
  let db: Db;
  let t: TestContext;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
  });
  afterAll(() => db.close());

  /** `db`, noting the JIT setting of the connection each look-up statement runs on, just before it runs. */
  const watching = (seen: string[]): Db => {
    const watch = (sql: Sql): Sql => ({
      async query(text, params, options) {
        if (text.includes('from unnest($1::text[]) as u(h)')) {
          seen.push((await sql.query<{ jit: string }>('show jit')).rows[0].jit);
        }
        return sql.query(text, params, options);
      },
    });
    return { ...db, query: watch(db).query, tx: (fn) => db.tx((sql) => fn(watch(sql))) } as Db;
  };

  it('finds each registered person with their union, and nobody for a new number', async () => {
    const root = await t.newRoot();
    const person = await t.newPerson(root);
    const { rows } = await db.query<{ h: string }>('select id_hash as h from persons where id = $1', [
      person.id,
    ]);
    const found = await listFoundPersonsByHash(db, [rows[0].h, 'no such hash']);
    expect(found.map((f) => [f.h, f.orgId, f.path])).toEqual([[rows[0].h, root.id, root.path]]);
  });

  it('runs its look-up with JIT off on PostgreSQL (PGlite compiles nothing: its setting is left alone)', async () => {
    const seen: string[] = [];
    await listFoundPersonsByHash(watching(seen), ['some hash']);
    expect(seen).toHaveLength(1);
    const before = (await db.query<{ jit: string }>('show jit')).rows[0].jit;
    expect(seen).toEqual([process.env.TEST_DATABASE_URL ? 'off' : before]);
  });
});
