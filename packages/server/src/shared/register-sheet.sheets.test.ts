/**
 * Which sheets of a workbook a register reads (ADR 152): a ledger split by year into sheets with the same header is
 * read as one list, in order, each row's problem naming its sheet; a sheet holding the header alone is passed over; a
 * file without the header row names, on each sheet, the row taken as the header and the columns it lacks. A bare
 * totals row under a sheet's rows is left out, and said.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { runRegisterImport } from './register-define.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { type RegisterRow, type RegisterRowError, readRegister, rowError } from './register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh, sheetRowNo } from './sheet-place.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister<'amount' | 'people'>([
  { key: 'amount', header: '金额（元）', en: 'Amount (yuan)', aliases: ['金额'], kind: 'money' },
  { key: 'people', header: '人数', en: 'People', kind: 'int' },
]);
const TODAY = '2026-06-15';

/** A year's sheet as a clerk keeps it: a title row, a blank row, the header on row 3, then the rows. */
const yearSheet = (year: string, rows: string[][], header = ['名称', '日期']) => ({
  name: `${year}年`,
  headers: [`${year}年心理咨询服务台账`],
  rows: [[], header, ...rows],
});

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

/** A register's check of a name given twice, as every register words a repeat: naming the earlier row. */
async function namesOnce(
  rows: RegisterRow<'name' | 'on' | 'amount' | 'people'>[],
  errors: RegisterRowError[],
) {
  const seen = new Map<string, RowPlace>();
  for (const row of rows) {
    const earlier = seen.get(String(row.values.name));
    if (earlier)
      errors.push(rowError(row.rowNo, '名称', `与${rowZh(earlier)}重复`, `Repeats ${rowEn(earlier)}`));
    else seen.set(String(row.values.name), placeOfRow(row));
  }
  return rows.length;
}

const run = (file: Buffer, dryRun: boolean) =>
  runRegisterImport(SPEC, { file, fileName: 'ledger.xlsx', dryRun }, TODAY, {
    plan: namesOnce,
    counts: (n) => ({ created: n }),
    write: async () => ({}),
    dryRunExtras: {},
  });

describe('a register file with several sheets', () => {
  const twoYears = writeWorkbook([
    yearSheet('2024', [
      ['甲', '2024-11-05'],
      ['乙', '2024-12-05'],
    ]),
    yearSheet('2025', [
      ['丙', '2025-07-05'],
      ['丁', '2025-08-05'],
    ]),
  ]);

  it('reads a ledger split by year into two sheets with the header as one list, in order', async () => {
    const read = await readRegister(SPEC, twoYears, 'two-years.xlsx', TODAY);
    expect(read.rows.map((r) => [r.sheet, sheetRowNo(r), r.values.name, r.values.on])).toEqual([
      ['2024年', 4, '甲', '2024-11-05'],
      ['2024年', 5, '乙', '2024-12-05'],
      ['2025年', 4, '丙', '2025-07-05'],
      ['2025年', 5, '丁', '2025-08-05'],
    ]);
    expect(read.file).toMatchObject({ sheetName: '2024年', sheets: ['2024年', '2025年'] });
    expect(await run(twoYears, false)).toMatchObject({
      created: 4,
      errors: [],
      file: { sheets: ['2024年', '2025年'] },
    });
  });

  it('names the sheet of every row error, of a repeat across the sheets and of the refusal', async () => {
    const book = writeWorkbook([
      yearSheet('2024', [['甲', '2024-11-05']]),
      yearSheet('2025', [
        ['乙', '2025-07-05'],
        ['甲', '2025-08-05'],
        ['丙', '2025-13-01'],
      ]),
    ]);
    const checked = await run(book, true);
    expect(checked.errors).toEqual([
      {
        rowNo: 5,
        sheet: '2025年',
        column: '名称',
        value: '甲',
        messageZh: '与“2024年”第4行重复',
        messageEn: 'Repeats sheet "2024年", row 4',
      },
      expect.objectContaining({ rowNo: 6, sheet: '2025年', column: '日期', value: '2025-13-01' }),
    ]);
    const err = await refusal(run(book, false));
    expect(err.code).toBe('IMPORT_ROWS_INVALID');
    expect(err.messages.zh).toBe(
      '“2025年”第5行「名称」：与“2024年”第4行重复（共2处错误，测试台账未导入任何一行）',
    );
    expect(err.messages.en).toBe(
      'Sheet "2025年", row 5, "名称": Repeats sheet "2024年", row 4 (2 problems; nothing of the test register was imported)',
    );
  });

  it('keeps the one-sheet wording: 第5行, row 5, no sheet', async () => {
    const book = writeWorkbook([
      yearSheet('2025', [
        ['甲', '2025-07-05'],
        ['甲', '2025-08-05'],
      ]),
    ]);
    const err = await refusal(run(book, false));
    expect(err.messages.zh).toBe('第5行「名称」：与第4行重复（共1处错误，测试台账未导入任何一行）');
    expect(err.messages.en).toBe(
      'Row 5, "名称": Repeats row 4 (1 problem; nothing of the test register was imported)',
    );
    expect(err.details?.errors).toEqual([expect.not.objectContaining({ sheet: expect.anything() })]);
  });

  it('reads each row under its own sheet’s columns, whatever their order, names and optional columns', async () => {
    const book = writeWorkbook([
      yearSheet('2024', [['甲', '2024-11-05', '100']], ['名称', '日期', '金额']),
      yearSheet('2025', [['3', '2025-07-05', '乙']], ['人数', 'Day', '名称']),
      { name: '汇总', headers: ['工会', '人数'], rows: [['杨镇', '3']] },
    ]);
    const read = await readRegister(SPEC, book, 'r.xlsx', TODAY);
    expect(read.file.sheets).toEqual(['2024年', '2025年']);
    expect(read.rows.map((r) => r.values)).toEqual([
      { name: '甲', on: '2024-11-05', amount: 10_000, people: null },
      { name: '乙', on: '2025-07-05', amount: null, people: 3 },
    ]);
  });

  it('reads the sheet with rows when another holds the header alone, whichever comes first', async () => {
    const empty = { name: '模板', headers: ['名称', '日期'], rows: [] };
    const data = yearSheet('2025', [['杨镇', '2025-07-05']]);
    for (const sheets of [
      [empty, data],
      [data, empty],
    ]) {
      const read = await readRegister(SPEC, writeWorkbook(sheets), 'r.xlsx', TODAY);
      expect(read.file.sheetName).toBe('2025年');
      expect(read.file.sheets).toBeUndefined();
      expect(read.rows.map((r) => [r.rowNo, r.values.name, r.values.on])).toEqual([
        [4, '杨镇', '2025-07-05'],
      ]);
    }
  });
});

describe('a bare totals row under a register’s rows', () => {
  const header = ['名称', '日期', '金额（元）', '人数'];

  it('is left out and said, on each sheet of a split ledger; a row not exactly a sum is refused', async () => {
    const book = writeWorkbook([
      yearSheet(
        '2024',
        [
          ['甲', '2024-11-05', '1200.50', '2'],
          ['乙', '2024-12-05', '300', '1'],
          ['', '', '1500.5', '3'],
        ],
        header,
      ),
      yearSheet(
        '2025',
        [
          ['丙', '2025-07-05', '0.1', ''],
          ['丁', '2025-08-05', '0.2', ''],
          ['', '', '0.3', ''],
          ['填表人：韩静怡'],
        ],
        header,
      ),
    ]);
    const checked = await run(book, true);
    expect(checked).toMatchObject({ total: 4, created: 4, errors: [] });
    expect(checked.ignoredRows).toEqual([
      { rowNo: 6, sheet: '2024年', reason: 'sum' },
      { rowNo: 6, sheet: '2025年', reason: 'sum' },
      { rowNo: 7, sheet: '2025年', reason: 'note' },
    ]);
    const wrong = writeWorkbook([
      yearSheet(
        '2024',
        [
          ['甲', '2024-11-05', '1200.50', '2'],
          ['乙', '2024-12-05', '300', '1'],
          ['', '', '1500', '3'],
        ],
        header,
      ),
    ]);
    const err = await refusal(run(wrong, false));
    expect(err.messages.zh).toMatch(/^第6行「名称」：/);
  });
});

describe('a register file without the header row', () => {
  // the header on row 3, under a title and a blank row, lacks the 日期 column
  const ledger = {
    name: '2025年台账',
    headers: ['2025年捐赠台账'],
    rows: [[], ['序号', '月份', '名称', '受赠工会', '金额（元）'], ['1', '2025-3', '甲', '杨镇', '100']],
  };
  const summary = { name: '汇总', headers: ['本表由办公室整理'], rows: [['合计', '1']] };

  it('names on each sheet the row taken as the header, its cells and the columns it lacks, not the title', async () => {
    const err = await refusal(readRegister(SPEC, writeWorkbook([ledger, summary]), 'nodate.xlsx', TODAY));
    expect(err.code).toBe('SHEET_NOT_FOUND');
    expect(err.messages.zh).toBe(
      'nodate.xlsx 中没有哪个工作表含有所需的列（名称、日期）。各工作表读作表头的行：“2025年台账”第3行：序号、月份、名称、受赠工会、金额（元），缺少日期；“汇总”第1行：本表由办公室整理，缺少名称、日期',
    );
    expect(err.messages.en).toBe(
      'No sheet of nodate.xlsx has the columns needed (名称, 日期). The row read as the header of each sheet: "2025年台账" row 3: 序号, 月份, 名称, 受赠工会, 金额（元）, lacking 日期; "汇总" row 1: 本表由办公室整理, lacking 名称, 日期',
    );
    expect(err.details).toMatchObject({
      sheets: [
        { name: '2025年台账', rowNo: 3, missing: ['日期'] },
        { name: '汇总', rowNo: 1, missing: ['名称', '日期'] },
      ],
    });
  });

  it('names the same row when the file has that one sheet', async () => {
    const err = await refusal(readRegister(SPEC, writeWorkbook([ledger]), 'nodate.xlsx', TODAY));
    expect(err.code).toBe('IMPORT_COLUMNS_MISSING');
    expect(err.messages.zh).toContain('缺少必需的列：日期');
    expect(err.messages.zh).toContain('工作表“2025年台账”第3行：序号、月份、名称、受赠工会、金额（元）');
    expect(err.messages.en).toContain('sheet "2025年台账", row 3: 序号, 月份, 名称, 受赠工会, 金额（元）');
  });
});
