/**
 * The same file is brought into a register once (issue 42): every shell (defineRegister, runRegisterImportInBatches)
 * refuses a second import of the same bytes for the same register by a union above or below the first importer,
 * dry run or not, writing nothing; a changed file, another register or an unrelated union is let in, and an import
 * rolled back leaves no trace, so it can be tried again.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../test/clock.ts';
import { openTestContext, rejection, type TestContext } from '../../test/factories.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { defineRegister } from './register-define.ts';
import { runRegisterImportInBatches } from './register-sheet.batches.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { rowError } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister();
const sheet = (rows: string[][]) => writeWorkbook([{ name: '台账', headers: ['名称', '日期'], rows }]);
const rows = Array.from({ length: 1234 }, (_, i) => [`第${i + 1}项`, '2025-03-01']);

let db: Db;
let t: TestContext;
let city: OrgRow;
let district: OrgRow;
let other: OrgRow;
/** Set to make the next write fail after its rows are written (the transaction rolled back). */
let failWrite = false;
let register = 'test-files';

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  city = await t.newRoot();
  district = await t.newOrg(city, 'district');
  other = await t.newRoot();
  await db.query('create table file_items (name text not null)');
  defined = define();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('delete from file_items');
  register = `test-files-${t.unique()}`;
  failWrite = false;
});

const stored = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from file_items')).rows[0].n;

const define = () =>
  defineRegister(db, fixedClock('2025-06-01T02:00:00Z'), {
    spec: SPEC,
    permission: 'cases.handle',
    plan: async (rs) => rs.map((r) => String(r.values.name)),
    counts: (names) => ({ created: names.length }),
    write: async (sql, names) => {
      await sql.query('insert into file_items select unnest($1::text[])', [names]);
      if (failWrite) throw new Error('write failed');
      return {};
    },
    unionsOf: () => [],
    dryRunExtras: {},
    audit: { action: 'case.import', entity: 'case' },
  });
let defined: ReturnType<typeof define>;

const bring = (actor: Actor, file: Buffer, dryRun = false, fileName = '诉求台账.xlsx') =>
  defined.importFile(actor, { file, fileName, dryRun, register });

describe('a register file brought in twice (defineRegister)', () => {
  it('refuses the same bytes a second time, naming when, by whom, the file and the records it created, writing nothing', async () => {
    const file = sheet(rows);
    const first = t.actor('manager', city);
    expect(await bring(first, file)).toMatchObject({ created: 1234 });
    const e = await rejection(bring(t.actor('staff', city), file, false, '又一次.xlsx'));
    expect(e).toMatchObject({ code: 'IMPORT_FILE_REPEATED', kind: 'conflict' });
    expect(e.messages.zh).toMatch(
      /^该文件已于北京时间 \d{4}-\d\d-\d\d \d\d:\d\d 由 manager 导入（文件名 诉求台账\.xlsx，建立 1,234 条记录），未重复导入$/,
    );
    expect(e.messages.en).toContain(
      'Beijing time by manager (file name 诉求台账.xlsx, 1,234 records created)',
    );
    expect(await stored()).toBe(1234);
  });

  it('refuses it to a union below or above the first importer, and on a dry run (预检) too', async () => {
    const file = sheet(rows.slice(0, 10));
    await bring(t.actor('manager', district), file);
    await expect(bring(t.actor('manager', city), file, true)).rejects.toMatchObject({
      code: 'IMPORT_FILE_REPEATED',
    });
    await expect(bring(t.actor('admin', null), file)).rejects.toMatchObject({
      code: 'IMPORT_FILE_REPEATED',
    });
    expect(await stored()).toBe(10);
  });

  it('takes the same bytes uploaded twice at the same instant once: the other is refused and writes nothing', async () => {
    const file = sheet(rows.slice(0, 300));
    const both = await Promise.allSettled([
      bring(t.actor('manager', city), file),
      bring(t.actor('staff', district), file, false, '同时.xlsx'),
    ]);
    expect(both.map((b) => b.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((b) => b.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'IMPORT_FILE_REPEATED' });
    expect(await stored()).toBe(300);
  });

  it('lets in a changed file, another register and a union outside the first one’s tree', async () => {
    const actor = t.actor('manager', city);
    await bring(actor, sheet(rows.slice(0, 10)));
    expect(await bring(actor, sheet(rows.slice(0, 11)))).toMatchObject({ created: 11 });
    expect(await bring(t.actor('manager', other), sheet(rows.slice(0, 10)))).toMatchObject({ created: 10 });
    register = `${register}-b`;
    expect(await bring(actor, sheet(rows.slice(0, 10)))).toMatchObject({ created: 10 });
  });

  it('a dry run keeps nothing: the import after it goes ahead', async () => {
    const file = sheet(rows.slice(0, 5));
    const actor = t.actor('manager', city);
    expect(await bring(actor, file, true)).toMatchObject({ dryRun: true, created: 5 });
    expect(await bring(actor, file)).toMatchObject({ dryRun: false, created: 5 });
  });

  it('a rolled-back import leaves no trace, so the same file can be tried again', async () => {
    const file = sheet(rows.slice(0, 5));
    const actor = t.actor('manager', city);
    failWrite = true;
    await expect(bring(actor, file)).rejects.toThrow('write failed');
    expect(await stored()).toBe(0);
    failWrite = false;
    expect(await bring(actor, file)).toMatchObject({ created: 5 });
    expect(await stored()).toBe(5);
  });
});

describe('a register file brought in twice (runRegisterImportInBatches)', () => {
  const batched = (actor: Actor, file: Buffer, dryRun = false) =>
    runRegisterImportInBatches(db, SPEC, { file, fileName: 'b.xlsx', dryRun, register }, '2025-12-31', {
      actor,
      batchSize: 100,
      plan: async (_read, batch, errors) => {
        for (const r of batch)
          if (r.values.name === '坏') errors.push(rowError(r.rowNo, '名称', '坏', 'bad'));
        return batch.map((r) => String(r.values.name));
      },
      counts: (names) => ({ created: names.length }),
      zero: { created: 0 },
      write: async (sql, names) => {
        await sql.query('insert into file_items select unnest($1::text[])', [names]);
      },
      finish: async () => ({}),
      unionsOf: () => [],
      dryRunExtras: {},
    });

  it('refuses the same bytes again, dry run or not, writing nothing', async () => {
    const file = sheet(rows);
    const actor = t.actor('manager', city);
    expect(await batched(actor, file)).toMatchObject({ created: 1234 });
    for (const dryRun of [true, false])
      await expect(batched(actor, file, dryRun)).rejects.toMatchObject({ code: 'IMPORT_FILE_REPEATED' });
    expect(await stored()).toBe(1234);
  });

  it('a file refused for its rows is kept nowhere: fixed or not, it is checked again', async () => {
    const bad = sheet([...rows.slice(0, 300), ['坏', '2025-03-01']]);
    const actor = t.actor('manager', city);
    await expect(batched(actor, bad)).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    await expect(batched(actor, bad)).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    expect(await batched(actor, sheet(rows.slice(0, 300)))).toMatchObject({ created: 300 });
  });
});
