import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { createRandom } from '../../demo/random.ts';
import type { OrgRow } from '../org/index.ts';
import { addCounts, type CountDelta, listCountedYears, sumCounts } from './reporting.repository.ts';

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let district: OrgRow;
let unions: OrgRow[];

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  const other = await ctx.newOrg(root, 'district');
  unions = [
    await ctx.newOrg(district, 'grassroots'),
    await ctx.newOrg(district, 'grassroots'),
    await ctx.newOrg(other, 'grassroots'),
  ];
});
afterAll(async () => db?.close());

describe('report counts', () => {
  it('by the next level of unions, and rolled-up subjects read at the root and its children only', async () => {
    const [a, b, c] = unions;
    const other = (await db.query<{ id: number }>('select parent_id as id from orgs where id = $1', [c.id]))
      .rows[0];
    // 't.leaf' is added where it happens; 't.rolled' to that union and every one above it.
    const at = (subject: string, orgIds: number[], n: number) =>
      orgIds.map((orgId) => ({ subject, orgId, on: '2022-03-01', n }));
    await db.tx((sql) =>
      addCounts(sql, [
        ...at('t.leaf', [a.id], 1),
        ...at('t.leaf', [b.id], 2),
        ...at('t.leaf', [district.id], 4),
        ...at('t.leaf', [c.id], 8),
        ...at('t.rolled', [a.id, district.id, root.id], 1),
        ...at('t.rolled', [b.id, district.id, root.id], 2),
        ...at('t.rolled', [district.id, root.id], 4),
        ...at('t.rolled', [c.id, Number(other.id), root.id], 8),
      ]),
    );
    const leaf = await sumCounts(db, { subject: 't.leaf', path: root.path, by: ['child'] });
    expect(leaf.map((r) => [r.child, r.n])).toEqual([
      [district.id, 7],
      [Number(other.id), 8],
    ]);
    const rolled = await sumCounts(db, {
      subject: 't.rolled',
      path: district.path,
      by: ['child'],
      rolledUp: true,
    });
    // The root's row is its whole subtree (7); its children's are theirs; a grandchild is never read.
    expect(rolled.map((r) => [r.child, r.n])).toEqual([
      [a.id, 1],
      [b.id, 2],
      [null, 7],
    ]);
    const top = await sumCounts(db, { subject: 't.rolled', path: root.path, rolledUp: true });
    // Without grouping, the root (15) and its children (7 + 8) are summed: a caller groups by child.
    expect(top.map((r) => r.n)).toEqual([30]);
  });

  it('sum what was added over a subtree and a month range, kept apart as asked', async () => {
    const [a, b, c] = unions;
    await db.tx((sql) =>
      addCounts(sql, [
        { subject: 't.flow', orgId: a.id, on: '2020-01-15', dim: 'gold', n: 1, fen: 300000 },
        { subject: 't.flow', orgId: a.id, on: '2020-01-20', dim: 'gold', n: 1, fen: 300000 },
        { subject: 't.flow', orgId: b.id, on: '2020-06-01', dim: 'silver', n: 2 },
        { subject: 't.flow', orgId: c.id, on: '2020-06-01', dim: 'silver', n: 5 },
        { subject: 't.flow', orgId: a.id, on: '2021-01-01', dim: 'gold', n: 7 },
      ]),
    );
    expect(
      await sumCounts(db, { subject: 't.flow', path: district.path, from: '2020', to: '2020-12-31' }),
    ).toEqual([{ subject: 't.flow', dim: '', dim2: '', orgId: 0, month: '', n: 4, fen: 600000 }]);
    const byDim = await sumCounts(db, {
      subject: 't.flow',
      path: root.path,
      from: '2020-01',
      to: '2020-12',
      by: ['dim'],
    });
    expect(byDim.map((r) => [r.dim, r.n])).toEqual([
      ['gold', 2],
      ['silver', 7],
    ]);
    const byOrg = await sumCounts(db, { subject: 't.flow', path: district.path, by: ['org', 'month'] });
    expect(byOrg.map((r) => [r.orgId, r.month, r.n])).toEqual([
      [a.id, '2020-01', 2],
      [a.id, '2021-01', 7],
      [b.id, '2020-06', 2],
    ]);
    expect(await sumCounts(db, { subject: 'none', path: root.path })).toEqual([]);
  });

  it('give a state at a date from +1 and -1 deltas', async () => {
    const [a] = unions;
    await db.tx((sql) =>
      addCounts(sql, [
        { subject: 't.state', orgId: a.id, on: '2019-03-01', dim: 'city', n: 1 },
        { subject: 't.state', orgId: a.id, on: '2019-05-01', dim: 'city', n: 1 },
        { subject: 't.state', orgId: a.id, on: '2020-02-01', dim: 'city', n: -1 },
      ]),
    );
    const at = async (to: string) => (await sumCounts(db, { subject: 't.state', path: root.path, to }))[0]?.n;
    expect(await at('2019-04-30')).toBe(1);
    expect(await at('2019-12-31')).toBe(2);
    expect(await at('2020-12-31')).toBe(1);
  });

  it('keep the day: a range of days and a state on a day within a month read exactly (ADR 42)', async () => {
    const [a] = unions;
    await db.tx((sql) =>
      addCounts(sql, [
        { subject: 'd.flow', orgId: a.id, on: '2020-11-03', n: 2, fen: 500 },
        { subject: 'd.flow', orgId: a.id, on: '2020-11-30', n: 5 },
        { subject: 'd.state', orgId: a.id, on: '2020-11-10', n: 1 },
        { subject: 'd.state', orgId: a.id, on: '2020-11-20', n: -1 },
      ]),
    );
    const sum = async (subject: string, from: string | undefined, to: string) =>
      (await sumCounts(db, { subject, path: root.path, from, to }))[0] ?? { n: 0, fen: 0 };
    expect(await sum('d.flow', '2020-11-01', '2020-11-29')).toMatchObject({ n: 2, fen: 500 });
    expect(await sum('d.flow', '2020-11-04', '2020-11-30')).toMatchObject({ n: 5, fen: 0 });
    expect(await sum('d.flow', '2020-11', '2020-11')).toMatchObject({ n: 7, fen: 500 });
    expect((await sum('d.state', undefined, '2020-11-15')).n).toBe(1);
    expect((await sum('d.state', undefined, '2020-11-20')).n).toBe(0);
    // Grouped by month, the days of a month make one row.
    const byMonth = await sumCounts(db, {
      subject: 'd.flow',
      path: root.path,
      from: '2020',
      to: '2020',
      by: ['month'],
    });
    expect(byMonth.map((r) => [r.month, r.n])).toEqual([['2020-11', 7]]);
  });

  it('equal a recomputation after random concurrent additions', async () => {
    const r = createRandom(20261122);
    const batches: CountDelta[][] = Array.from({ length: 24 }, () =>
      Array.from({ length: r.int(1, 6) }, () => ({
        subject: 't.random',
        orgId: unions[r.int(0, 2)].id,
        on: `202${r.int(0, 1)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
        dim: r.pick(['a', 'b']),
        n: r.int(-2, 5),
        fen: r.int(0, 10000),
      })),
    );
    await Promise.all(batches.map((deltas) => db.tx((sql) => addCounts(sql, deltas))));
    const expected = new Map<string, number>();
    for (const d of batches.flat()) {
      const k = `${d.dim}|${d.on.slice(0, 7)}`;
      expected.set(k, (expected.get(k) ?? 0) + (d.n ?? 0));
    }
    const rows = await sumCounts(db, { subject: 't.random', path: root.path, by: ['dim', 'month'] });
    const got = new Map(rows.map((row) => [`${row.dim}|${row.month}`, row.n]));
    for (const [k, n] of expected) expect(got.get(k) ?? 0, k).toBe(n);
    const fen = batches.flat().reduce((s, d) => s + (d.fen ?? 0), 0);
    expect((await sumCounts(db, { subject: 't.random', path: root.path }))[0].fen).toBe(fen);
  });

  it('names the years up to a date in which an area counted anything in a subtree, newest first, leaving out cells that cancel out', async () => {
    const [a, , c] = unions;
    await db.tx((sql) =>
      addCounts(sql, [
        { subject: 'yrs.state', orgId: a.id, on: '2019-03-01', n: 1 },
        { subject: 'yrs.state', orgId: a.id, on: '2022-05-01', n: 1 },
        { subject: 'yrs.state', orgId: a.id, on: '2022-05-09', n: -1 },
        { subject: 'yrs.flow', orgId: a.id, on: '2021-07-01', fen: 100 },
        { subject: 'yrs.flow', orgId: c.id, on: '2024-01-01', n: 3 },
        { subject: 'yrs.state', orgId: c.id, on: '2030-06-01', n: -1 },
        { subject: 'yrsx.other', orgId: a.id, on: '2025-01-01', n: 3 },
      ]),
    );
    const until = '2026-11-22';
    expect(await listCountedYears(db, { area: 'yrs', path: district.path, until })).toEqual([2021, 2019]);
    expect(await listCountedYears(db, { area: 'yrs', path: root.path, until })).toEqual([2024, 2021, 2019]);
  });

  it("gives each cell its union's federation in the statement, the federation trigger running only for a row without one", async () => {
    const [a, , c] = unions;
    await db.tx((sql) =>
      addCounts(sql, [
        { subject: 'fed.given', orgId: a.id, on: '2023-02-01', n: 1 },
        { subject: 'fed.given', orgId: c.id, on: '2023-02-01', n: 2 },
      ]),
    );
    const { rows } = await db.query<{ orgId: number; federationId: number }>(
      `select org_id::int as "orgId", federation_id::int as "federationId" from report_counts
        where subject = 'fed.given' order by org_id`,
    );
    const federation = Number(root.path.split('/')[1]);
    expect(rows).toEqual([
      { orgId: a.id, federationId: federation },
      { orgId: c.id, federationId: federation },
    ]);
    // The row trigger is kept for an insert that gives none (reporting migration 005).
    const { rows: trigger } = await db.query<{ def: string }>(
      `select pg_get_triggerdef(t.oid) as def from pg_trigger t
        where t.tgrelid = 'report_counts'::regclass and t.tgname = 'report_counts_federation'`,
    );
    expect(trigger[0].def).toMatch(/WHEN \(\(?new\.federation_id IS NULL\)?\)/i);
  });

  it("checks the cells' unions once per statement, refusing a count of no union as the foreign key did", async () => {
    const [a] = unions;
    // no per-cell foreign key (a register's counts write tens of thousands of cells; reporting migration 006) ...
    const { rows: keys } = await db.query<{ n: number }>(
      `select count(*)::int as n from pg_constraint where conrelid = 'report_counts'::regclass and contype = 'f'`,
    );
    expect(keys[0].n).toBe(0);
    // ... but a statement naming a union not on record is refused whole, with the key's SQLSTATE
    const refused = await db
      .query(
        `insert into report_counts (subject, org_id, month, n, federation_id)
         values ('fk.checked', $1, '2023-03-01', 1, 1), ('fk.checked', 987654321, '2023-03-01', 1, 1)`,
        [a.id],
      )
      .then(
        () => undefined,
        (e: { code?: string }) => e,
      );
    expect(refused?.code).toBe('23503');
    const { rows } = await db.query(`select 1 from report_counts where subject = 'fk.checked'`);
    expect(rows).toEqual([]);
    // and a union its counts name cannot be deleted
    const leaf = await ctx.newOrg(district, 'grassroots');
    await db.tx((sql) => addCounts(sql, [{ subject: 'fk.checked', orgId: leaf.id, on: '2023-03-01', n: 1 }]));
    await expect(db.query('delete from orgs where id = $1', [leaf.id])).rejects.toThrow(/report_counts/);
  });
});

describe("a holder's sets merged with a statement's deltas (reporting migration 012)", () => {
  const merge = async (fn: string, a: object | null, b: object) =>
    (
      await db.query<{ m: object }>(`select ${fn}($1::jsonb, $2::jsonb) as m`, [
        a === null ? null : JSON.stringify(a),
        JSON.stringify(b),
      ])
    ).rows[0].m;

  it('adds union by union, drops a union that comes to 0 and a dim left empty, keeps what the deltas leave', async () => {
    expect(await merge('report_presence_merge', null, { '7': 1 })).toEqual({ '7': 1 });
    expect(await merge('report_presence_merge', { '7': 1, '9': 2 }, { '7': -1, '9': 1, '11': 1 })).toEqual({
      '9': 3,
      '11': 1,
    });
    expect(await merge('report_presence_merge', { '7': 1 }, {})).toEqual({ '7': 1 });
    const held = { p1: { '7': 1 }, '*': { '7': 2, '9': 1 }, 'c:subsidy': { '9': 1 } };
    expect(
      await merge('report_presence_merge_dims', held, { p1: { '7': -1 }, '*': { '7': -1 }, p2: { '9': 1 } }),
    ).toEqual({ '*': { '7': 1, '9': 1 }, 'c:subsidy': { '9': 1 }, p2: { '9': 1 } });
    expect(await merge('report_presence_merge_dims', null, { p1: { '7': 1 } })).toEqual({ p1: { '7': 1 } });
  });
});
