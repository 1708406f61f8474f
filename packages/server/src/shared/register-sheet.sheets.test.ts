/**
 * Which sheet of a workbook a register reads: a ledger split by year into sheets with the same header is refused
 * whole, naming the sheets, rather than read in part; a sheet holding the header alone is passed over.
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
