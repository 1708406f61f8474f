/**
 * Which sheet of a workbook a register reads: a ledger split by year into sheets with the same header is refused
 * whole, naming the sheets, rather than read in part; a sheet holding the header alone is passed over; a file
 * without the header row names, on each sheet, the row taken as the header and the columns it lacks.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import { readRegister } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister();
const TODAY = '2026-06-15';

/** A year's sheet as a clerk keeps it: a title row, a blank row, the header on row 3, then the rows. */
const yearSheet = (year: string, rows: string[][]) => ({
  name: `${year}年`,
  headers: [`${year}年心理咨询服务台账`],
  rows: [[], ['名称', '日期'], ...rows],
});

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

describe('a register file with several sheets', () => {
  it('refuses a ledger split by year into two sheets with the header, naming both, and reads neither', async () => {
    const book = writeWorkbook([
      yearSheet('2024', [
        ['杨镇', '2024-11-05'],
        ['杨镇', '2024-12-05'],
      ]),
      yearSheet('2025', [
        ['杨镇', '2025-07-05'],
        ['杨镇', '2025-08-05'],
      ]),
    ]);
    const err = await refusal(readRegister(SPEC, book, 'two-years.xlsx', TODAY));
    expect(err.code).toBe('SHEET_SEVERAL');
    expect(err.messages.zh).toContain('two-years.xlsx 中有2个工作表含有所需的列：“2024年”、“2025年”');
    expect(err.messages.zh).toContain('请把这些行放到同一个工作表中');
    expect(err.messages.en).toContain(
      '2 sheets of two-years.xlsx have the columns needed: "2024年", "2025年"',
    );
    expect(err.messages.en).toContain('Put the rows on one sheet');
    expect(err.details).toMatchObject({ sheets: ['2024年', '2025年'] });
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
      expect(read.rows.map((r) => [r.rowNo, r.values.name, r.values.on])).toEqual([
        [4, '杨镇', '2025-07-05'],
      ]);
    }
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
