/**
 * A register brought in batch by batch (runRegisterImportInBatches) stays all or nothing: batches written before
 * a later row's error are rolled back, every error of the file is answered, and a dry run writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/factories.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { Db, Sql } from '../db/db.ts';
import { runRegisterImportInBatches } from './register-sheet.batches.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { type RegisterRow, rowError } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

type Key = 'name' | 'on';
const SPEC = testRegister();
const sheet = (rows: string[][]) => writeWorkbook([{ name: '台账', headers: ['名称', '日期'], rows }]);
const good = Array.from({ length: 3000 }, (_, i) => [
  `第${i + 1}项`,
  `2025-02-${String((i % 28) + 1).padStart(2, '0')}`,
]);

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  await db.query('create table batch_items (name text not null, on_day date not null)');
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('delete from batch_items');
});

/** An import of `rows` in batches of about a hundred (the reader's batches are not exact); a name '坏' is refused by the check against what is stored. */
async function bring(rows: string[][], dryRun: boolean) {
  const written: number[] = [];
  const finished: unknown[] = [];
  const answer = runRegisterImportInBatches(
    db,
    SPEC,
    { file: sheet(rows), fileName: 't.xlsx', dryRun },
    '2025-12-31',
    {
      actor: createTestContext(db).actor('admin', null),
      batchSize: 100,
      plan: async (sql: Sql, batch: RegisterRow<Key>[], errors) => {
        await sql.query('select 1');
        const ok = batch.filter((r) => r.values.name !== '坏');
        for (const r of batch)
          if (r.values.name === '坏') errors.push(rowError(r.rowNo, '名称', '坏', 'bad'));
        return ok.map((r) => ({ name: String(r.values.name), on: String(r.values.on) }));
      },
      counts: (plan) => ({ created: plan.length }),
      zero: { created: 0 },
      write: async (sql, plan) => {
        written.push(plan.length);
        await sql.query('insert into batch_items select * from unnest($1::text[], $2::date[])', [
          plan.map((p) => p.name),
          plan.map((p) => p.on),
        ]);
      },
      finish: async (_sql, counts) => {
        finished.push(counts);
        return { finished: true };
      },
      unionsOf: () => [],
      dryRunExtras: { finished: false },
    },
  );
  return { answer, written, finished };
}
const stored = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from batch_items')).rows[0].n;

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

describe('a register brought in batch by batch', () => {
  it('writes every batch in one transaction and sums the counts', async () => {
    const { answer, written, finished } = await bring(good, false);
    await expect(answer).resolves.toMatchObject({
      dryRun: false,
      total: 3000,
      created: 3000,
      finished: true,
      errors: [],
    });
    expect(written.length).toBeGreaterThan(1);
    expect(sum(written)).toBe(3000);
    expect(finished).toEqual([{ created: 3000 }]);
    expect(await stored()).toBe(3000);
  });

  it('rolls back the batches written before a later row is refused, and names every wrong row', async () => {
    // Rows 2–2999 of the sheet are good; row 3000 is refused by the check, row 3002 by the reading (a future day).
    const rows = [
      ...good.slice(0, 2998),
      ['坏', '2025-01-06'],
      ['第三十九项', '2025-01-07'],
      ['第四十项', '2026-01-01'],
    ];
    const { answer, written, finished } = await bring(rows, false);
    await expect(answer).rejects.toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
      details: {
        total: 3001,
        errors: [
          { rowNo: 3000, column: '名称', value: '坏' },
          { rowNo: 3002, column: '日期' },
        ],
      },
    });
    expect(sum(written)).toBeGreaterThan(0);
    expect(finished).toEqual([]);
    expect(await stored()).toBe(0);
  });

  it('checks without writing on a dry run, answering the rows it would bring and every error', async () => {
    const rows = [...good.slice(0, 3), ['坏', '2025-01-04'], ...good.slice(4)];
    const { answer, written } = await bring(rows, true);
    const a = await answer;
    expect(a).toMatchObject({ dryRun: true, total: 3000, created: 2999, finished: false });
    // an error found by the check against what is stored shows the cell as typed, as a reading error does
    expect(a.errors.map((e) => [e.rowNo, e.value])).toEqual([[5, '坏']]);
    expect(written).toEqual([]);
    expect(await stored()).toBe(0);
  });
});
