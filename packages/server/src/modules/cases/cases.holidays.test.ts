import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import { refusedWhole } from '../../../test/register-kit.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { listCalendar } from './cases.calendar.repository.ts';
import { addWorkingDays } from './cases.calendar.ts';
import { createHolidaysImport } from './cases.holidays.ts';

/** A year's holiday calendar from a sheet (issue 23): 2041, a year no other test sets. */
let db: Db;
let ctx: TestContext;
let holidays: ReturnType<typeof createHolidaysImport>;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  holidays = createHolidaysImport(db, fixedClock());
});
afterAll(async () => db?.close());

const xlsx = (rows: string[][], headers = ['日期', '休/班', '名称']) =>
  writeWorkbook([{ name: '节假日安排', headers, rows }]);
const csv = (text: string) => Buffer.from(text, 'utf8');

// 2041-10-01 is a Tuesday: 10-01..10-07 off, Saturday 09-28 and Saturday 10-12 worked.
const NATIONAL_DAY = [
  ...['01', '02', '03', '04', '05', '06', '07'].map((d) => [`2041-10-${d}`, '休', '国庆节']),
  ['2041年9月28日', '班', '国庆节调休'],
  ['2041/10/12', '上班', ''],
];

describe('a year of holidays from a sheet', () => {
  it('checks first (预检), writing nothing; then replaces the year, and deadlines follow it', async () => {
    const admin = ctx.actor('admin', null);
    const file = xlsx(NATIONAL_DAY);
    const checked = await holidays.importFile(admin, { file, fileName: '2041.xlsx', dryRun: true });
    expect(checked).toMatchObject({
      dryRun: true,
      year: 2041,
      total: 9,
      created: 9,
      changed: 0,
      removed: 0,
      removedDays: [],
    });
    expect(checked.errors).toEqual([]);
    expect(checked.days.find((d) => d.day === '2041-10-12')).toEqual({
      day: '2041-10-12',
      working: true,
      name: '调休上班',
    });
    expect(await listCalendar(db, 2041)).toEqual([]);

    const done = await holidays.importFile(admin, { file, fileName: '2041.xlsx', dryRun: false });
    expect(done).toMatchObject({ dryRun: false, created: 9 });
    expect(await listCalendar(db, 2041)).toHaveLength(9);
    // Monday 09-30 + 1 working day: 10-01..10-07 off → Tuesday 10-08
    expect(await addWorkingDays(db, '2041-09-30', 1)).toBe('2041-10-08');
    // Friday 09-27 + 1: Saturday 09-28 is worked
    expect(await addWorkingDays(db, '2041-09-27', 1)).toBe('2041-09-28');

    // a corrected sheet (CSV) replaces the year: one day more, one renamed, 10-12 no longer worked
    const again = await holidays.importFile(admin, {
      file: csv(
        `日期,休/班,名称\n${NATIONAL_DAY.slice(0, 8)
          .map((r) => r.join(','))
          .join('\n')
          .replace('国庆节调休', '国庆调休')}\n2041-01-01,休,元旦\n`,
      ),
      fileName: '2041.csv',
      dryRun: false,
    });
    // the day the sheet no longer lists is named, as the dry run names it before the clerk imports
    expect(again).toMatchObject({
      created: 1,
      changed: 1,
      removed: 1,
      removedDays: [{ day: '2041-10-12', working: true, name: '调休上班' }],
    });
    expect((await listCalendar(db, 2041)).map((d) => d.day)).not.toContain('2041-10-12');
  });

  it('refuses the whole sheet, naming each row and column, when a row is wrong', async () => {
    const admin = ctx.actor('admin', null);
    const file = xlsx([
      ['2041-05-01', '休', '劳动节'],
      ['2041-05-06', '班', '劳动节调休'],
      ['2041-05-01', '休', '劳动节'],
      ['2042-01-01', '休', '元旦'],
      ['2041-05-02', '放假吧', ''],
    ]);
    const errors = await refusedWhole(
      (dryRun) => holidays.importFile(admin, { file, fileName: 'bad.xlsx', dryRun }),
      [
        [3, '休/班'],
        [4, '日期'],
        [5, '日期'],
        [6, '休/班'],
      ],
      () => listCalendar(db, 2041),
    );
    expect(errors[0].messageZh).toContain('2041-05-06 是工作日');
    expect(errors[1].messageEn).toContain('row 2');
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const admin = ctx.actor('admin', null);
    const file = xlsx([
      ['2041-05-01', '休', '劳动节'],
      // a weekday worked, in another year: both
      ['2042-05-05', '班', ''],
      // a name that does not parse: the day still kept out
      ['2041-05-03', '休', '名'.repeat(51)],
      // a kind that does not parse beside a day given twice
      ['2041-05-01', '放假吧', ''],
    ]);
    const checked = await holidays.importFile(admin, { file, fileName: 'every.xlsx', dryRun: true });
    expect(checked.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [3, '日期'],
      [3, '休/班'],
      [4, '名称'],
      [5, '休/班'],
      [5, '日期'],
    ]);
    expect(checked.errors[4].messageEn).toBe('2041-05-01 is on row 2 already');
    expect(checked).toMatchObject({ created: 1 });
  });

  it('is the administrator’s, and its template explains the columns', async () => {
    const staff = ctx.actor('staff', await ctx.newRoot());
    await expect(
      holidays.importFile(staff, { file: xlsx(NATIONAL_DAY), fileName: 'x.xlsx', dryRun: true }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    const template = await holidays.template(ctx.actor('admin', null));
    const sheet = await readSheet(template, 't.xlsx', {
      isHeader: (c) => c[0]?.startsWith('日期') && c[1]?.startsWith('休/班'),
    });
    // required columns are starred
    expect(sheet.headers).toEqual(['日期*', '休/班*', '名称']);
  });
});
