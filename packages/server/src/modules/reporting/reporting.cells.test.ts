import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { layCountCells } from './reporting.cells.ts';
import { addCountCells, findCountCellsOnRecord } from './reporting.repository.ts';

let db: Db;
let union: OrgRow;

beforeAll(async () => {
  db = await createTestDb();
  const ctx = createTestContext(db);
  union = await ctx.newOrg(await ctx.newRoot(), 'grassroots');
});
afterAll(async () => db?.close());

const cellsOf = async (subject: string) =>
  (
    await db.query<{ on: string; n: number; fen: number }>(
      `select to_char(month, 'YYYY-MM-DD') as "on", n::int as n, fen::int as fen
         from report_counts where subject = $1 order by month`,
      [subject],
    )
  ).rows;

describe('count cells added without merging (issue 42)', () => {
  it('inserts the new cells and merges those on record, as merging every cell does', async () => {
    const at = (on: string, n: number) => ({ subject: 't.cells', orgId: union.id, on, n, fen: 0 });
    await db.tx((sql) => addCountCells(sql, layCountCells([at('2022-01-01', 1), at('2022-02-01', 2)])));
    const cells = layCountCells([at('2022-01-01', 5), at('2022-03-01', 7)]);
    const onRecord = await findCountCellsOnRecord(db, cells);
    expect([...onRecord]).toEqual([0]);
    await db.tx((sql) => addCountCells(sql, cells, onRecord));
    expect(await cellsOf('t.cells')).toEqual([
      { on: '2022-01-01', n: 6, fen: 0 },
      { on: '2022-02-01', n: 2, fen: 0 },
      { on: '2022-03-01', n: 7, fen: 0 },
    ]);
  });

  it('takes cells laid out once for the look-up and the insert, those on record left out by a mask (ADR 136)', async () => {
    const at = (on: string, n: number, fen = 0) => ({ subject: 't.laid', orgId: union.id, on, n, fen });
    await db.tx((sql) => addCountCells(sql, layCountCells([at('2022-02-01', 2), at('2022-04-01', 4)])));
    const laid = layCountCells([
      at('2022-01-01', 1),
      at('2022-02-01', 5, 50),
      at('2022-03-01', 7),
      at('2022-04-01', -4),
    ]);
    const onRecord = await findCountCellsOnRecord(db, laid);
    expect([...onRecord].sort()).toEqual([1, 3]);
    await db.tx((sql) => addCountCells(sql, laid, onRecord));
    expect(await cellsOf('t.laid')).toEqual([
      { on: '2022-01-01', n: 1, fen: 0 },
      { on: '2022-02-01', n: 7, fen: 50 },
      { on: '2022-03-01', n: 7, fen: 0 },
      { on: '2022-04-01', n: 0, fen: 0 },
    ]);
    const fresh = layCountCells([at('2023-01-01', 3)]);
    await db.tx(async (sql) => addCountCells(sql, fresh, await findCountCellsOnRecord(sql, fresh)));
    expect((await cellsOf('t.laid')).at(-1)).toEqual({ on: '2023-01-01', n: 3, fen: 0 });
    expect(() => layCountCells([at('2023-02-01', 0)])).toThrow();
    // a cell added by another writer after the look-up: every laid cell merged
    const raced = layCountCells([at('2024-01-01', 1), at('2024-02-01', 2)]);
    const none = await findCountCellsOnRecord(db, raced);
    await db.tx((sql) => addCountCells(sql, layCountCells([at('2024-02-01', 3)])));
    await db.tx((sql) => addCountCells(sql, raced, none));
    expect((await cellsOf('t.laid')).slice(-2)).toEqual([
      { on: '2024-01-01', n: 1, fen: 0 },
      { on: '2024-02-01', n: 5, fen: 0 },
    ]);
  });

  it('merges every cell when one was added after it was looked up (two writers of one cell)', async () => {
    const at = (on: string, n: number, fen = 0) => ({ subject: 't.raced', orgId: union.id, on, n, fen });
    const cells = layCountCells([at('2022-01-01', 1, 100), at('2022-02-01', 2)]);
    const onRecord = await findCountCellsOnRecord(db, cells);
    expect(onRecord.size).toBe(0);
    await db.tx((sql) => addCountCells(sql, layCountCells([at('2022-02-01', 3)])));
    await db.tx(async (sql) => {
      await addCountCells(sql, cells, onRecord);
      // the transaction goes on after the savepoint it rolled back to
      await sql.query('select 1');
    });
    expect(await cellsOf('t.raced')).toEqual([
      { on: '2022-01-01', n: 1, fen: 100 },
      { on: '2022-02-01', n: 5, fen: 0 },
    ]);
  });
});

describe("a count's union checked once per statement (ADR 91, 131)", () => {
  it('refuses cells naming a union not on record as the key did, naming it', async () => {
    // many cells of a union on record and one of a union that is not (its federation given, as a writer that knows
    // it gives it)
    const orgIds = [
      ...Array.from({ length: 14 }, () => union.id),
      987_654_321,
      ...Array.from({ length: 14 }, () => union.id),
    ];
    const insert = (ids: number[]) =>
      db.query(
        `insert into report_counts (subject, org_id, month, dim, dim2, n, fen, federation_id)
         select 't.orgs', u.org_id, date '2021-01-01' + u.k::int, '', '', 1, 0, $2
           from unnest($1::bigint[]) with ordinality as u(org_id, k)`,
        [ids, Number(union.path.split('/')[1])],
      );
    const refused = await insert(orgIds).catch((e) => e);
    expect(refused).toMatchObject({
      code: '23503',
      message:
        'insert or update on table "report_counts" violates foreign key constraint "report_counts_org_id_fkey"',
      detail: 'Key (org_id)=(987654321) is not present in table "orgs".',
    });
    expect(await cellsOf('t.orgs')).toEqual([]);
    await insert(orgIds.filter((id) => id === union.id));
    expect((await cellsOf('t.orgs')).length).toBe(28);
  });
});
