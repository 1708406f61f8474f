/**
 * A file whose rows are on several sheets (ADR 152): every visible sheet with the import's header row and rows under
 * it is read, in the workbook's order, as one list; each row carries its sheet and a number of the file's; the rows
 * are laid out under one header whatever each sheet's order and names of its columns.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { placeOf, placeRows, rowEn, rowsEn, rowsZh, rowZh, SHEET_ROW_SPAN } from './sheet-place.ts';
import { row, xlsx } from './sheet-reader.test-kit.ts';
import { readSheet, sheetNotes } from './sheet-reader.ts';
import { columnOf } from './spreadsheet.ts';

const NAMES = { name: ['姓名', 'name'], idNumber: ['身份证号', '身份证号码'], phone: ['手机号', '电话'] };
const member = {
  isHeader: (cells: string[]) => cells.includes('姓名') && cells.some((c) => c.startsWith('身份证号')),
  columnKey: (header: string) => columnOf(NAMES, header),
};

/** Where each row read is: its sheet and its row in the sheet, and its cells. */
const placed = (rows: { rowNo: number; sheet?: string; cells: string[] }[]) =>
  rows.map((r) => [r.sheet ?? null, r.rowNo % SHEET_ROW_SPAN, ...r.cells]);

describe('a file with the rows on several sheets', () => {
  it('reads every visible sheet with the header and rows, in order; not the notes, a hidden or an empty copy', async () => {
    const book = xlsx([
      { name: '填写说明', xml: row(1, '姓名', '身份证号') + row(2, '必填', '18位') },
      { name: '2024年', xml: row(1, '2024年会员') + row(2, '姓名', '身份证号') + row(3, '张三', '1') },
      { name: '2023年', state: 'hidden', xml: row(1, '姓名', '身份证号') + row(2, '赵六', '9') },
      { name: '模板', xml: row(1, '姓名', '身份证号') },
      { name: '汇总', xml: row(1, '单位', '人数') + row(2, '杨镇', '3') },
      { name: '2025年', xml: row(1, '姓名', '身份证号') + row(2, '李四', '2') + row(3, '王五', '3') },
    ]);
    const read = await readSheet(book, 'm.xlsx', member);
    expect(read).toMatchObject({ sheetName: '2024年', sheets: ['2024年', '2025年'], headerRowNo: 2 });
    expect(placed(read.rows)).toEqual([
      ['2024年', 3, '张三', '1'],
      ['2025年', 2, '李四', '2'],
      ['2025年', 3, '王五', '3'],
    ]);
    // the file's numbers: unique and in the file's order, each naming its sheet
    expect(read.rows.map((r) => r.rowNo)).toEqual([
      SHEET_ROW_SPAN + 3,
      2 * SHEET_ROW_SPAN + 2,
      2 * SHEET_ROW_SPAN + 3,
    ]);
    expect(sheetNotes(read).file).toEqual({
      format: 'xlsx',
      encoding: null,
      sheetName: '2024年',
      sheets: ['2024年', '2025年'],
    });
  });

  it('reads one sheet as before: its own row numbers, no sheet on the rows, none said', async () => {
    const book = xlsx([
      { name: '2025年', xml: row(1, '姓名', '身份证号') + row(2, '李四', '2') },
      { name: '模板', xml: row(1, '姓名', '身份证号') },
    ]);
    const read = await readSheet(book, 'm.xlsx', member);
    expect(read.sheets).toEqual([]);
    expect(read.rows).toEqual([{ rowNo: 2, cells: ['李四', '2'] }]);
    expect(sheetNotes(read).file).toEqual({ format: 'xlsx', encoding: null, sheetName: '2025年' });
  });

  it('lays every sheet’s rows under the first’s header: columns moved, named otherwise, or only on one', async () => {
    const book = xlsx([
      { name: '一', xml: row(1, '姓名', '身份证号') + row(2, '张三', '1') },
      { name: '二', xml: row(1, '电话', '身份证号码', '姓名') + row(2, '139', '2', '李四') },
      { name: '三', xml: row(1, '身份证号', '姓名', '备注') + row(2, '3', '王五', '调入') },
    ]);
    const read = await readSheet(book, 'm.xlsx', member);
    expect(read.headers).toEqual(['姓名', '身份证号', '电话', '备注']);
    expect(placed(read.rows)).toEqual([
      ['一', 2, '张三', '1', '', ''],
      ['二', 2, '李四', '2', '139', ''],
      ['三', 2, '王五', '3', '', '调入'],
    ]);
  });

  it('reads the sheets of an .xls or .ods as those of an .xlsx', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['姓名', '身份证号'],
        ['张三', '1'],
      ]),
      '2024年',
    );
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['姓名', '身份证号'],
        ['李四', '2'],
      ]),
      '2025年',
    );
    for (const bookType of ['xls', 'ods'] as const) {
      const file = Buffer.from(XLSX.write(book, { type: 'buffer', bookType }));
      const read = await readSheet(file, `m.${bookType}`, member);
      expect(read.sheets).toEqual(['2024年', '2025年']);
      expect(placed(read.rows)).toEqual([
        ['2024年', 2, '张三', '1'],
        ['2025年', 2, '李四', '2'],
      ]);
    }
  });

  it('caps the rows of all the sheets together', async () => {
    const sheet = (name: string) => ({
      name,
      xml: row(1, '姓名', '身份证号') + row(2, '甲', '1') + row(3, '乙', '2'),
    });
    const err = await readSheet(xlsx([sheet('一'), sheet('二')]), 'm.xlsx', { ...member, maxRows: 3 }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'SHEET_TOO_MANY_ROWS' });
  });

  it('names the sheet of a cell whose characters were lost', async () => {
    const book = xlsx([
      { name: '一', xml: row(1, '姓名', '身份证号') + row(2, '张三', '1') },
      { name: '二', xml: row(1, '姓名', '身份证号') + row(2, '王?', '2') },
    ]);
    const read = await readSheet(book, 'm.xlsx', member);
    expect(sheetNotes(read).warnings).toEqual([
      {
        rowNo: 2,
        sheet: '二',
        column: '姓名',
        zh: '“二”第2行“姓名”为“王?”，其中有无法识别的字符，可能在保存文件时丢失了文字，请核对',
        en: 'Sheet "二", row 2, 姓名: "王?" holds characters that could not be read; text may have been lost when the file was saved. Please check it',
      },
    ]);
  });
});

describe('a row named in a message', () => {
  const sheets = ['2024年', '2025年'];

  it('is 第7行 / row 7 when the rows come from one sheet, as always', () => {
    expect([rowZh({ rowNo: 7 }), rowEn({ rowNo: 7 }), rowEn({ rowNo: 7 }, true)]).toEqual([
      '第7行',
      'row 7',
      'Row 7',
    ]);
    expect([rowsZh([{ rowNo: 5 }, { rowNo: 7 }]), rowsEn([{ rowNo: 5 }, { rowNo: 7 }])]).toEqual([
      '第5、7行',
      'row 5, 7',
    ]);
    expect(placeOf(7, [])).toEqual({ rowNo: 7 });
  });

  it('names its sheet when they come from several, by the file’s number or as answered', () => {
    const n = 2 * SHEET_ROW_SPAN + 7;
    expect(placeOf(n, sheets)).toEqual({ rowNo: 7, sheet: '2025年' });
    for (const at of [{ rowNo: n, sheet: '2025年' }, placeOf(n, sheets)]) {
      expect(rowZh(at)).toBe('“2025年”第7行');
      expect(rowEn(at)).toBe('sheet "2025年", row 7');
      expect(rowEn(at, true)).toBe('Sheet "2025年", row 7');
    }
    const two = [placeOf(SHEET_ROW_SPAN + 5, sheets), placeOf(n, sheets)];
    expect(rowsZh(two)).toBe('“2024年”第5行、“2025年”第7行');
    expect(rowsEn(two)).toBe('sheet "2024年", row 5; sheet "2025年", row 7');
    expect(placeRows([{ rowNo: n, column: '日期' }], sheets)).toEqual([
      { rowNo: 7, sheet: '2025年', column: '日期' },
    ]);
  });
});
