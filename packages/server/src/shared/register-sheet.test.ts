/**
 * A register's reader refuses a day after the day it is given, not after the machine's: the same file is read
 * differently on the day before and on the day itself, and a column that may lie ahead is never refused.
 */
import { describe, expect, it } from 'vitest';
import { oneSheetBook } from '../../test/zip-parts.ts';
import { runRegisterImport } from './register-define.ts';
import { testRegister } from './register-sheet.test-kit.ts';
import {
  type RegisterRow,
  type RegisterRowError,
  readRegister,
  refuseRows,
  rowError,
} from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const SPEC = testRegister<'until'>([
  { key: 'until', header: '有效期至', en: 'Valid until', kind: 'date', future: true },
]);

const file = writeWorkbook([
  {
    name: '台账',
    headers: ['名称', '日期', '有效期至'],
    rows: [
      ['甲', '2026-06-15', '2027-06-14'],
      ['乙', '2026-06-16', '2030-01-01'],
    ],
  },
]);

describe('a register read as of a given day', () => {
  it('refuses a day after it, names the row and the column, and takes days up to it', async () => {
    const read = await readRegister(SPEC, file, 'r.xlsx', '2026-06-15');
    // the row with the day refused still goes to the register's checks, that day marked unread
    expect(read.rows.map((r) => [r.values.name, [...(r.unread ?? [])]])).toEqual([
      ['甲', []],
      ['乙', ['on']],
    ]);
    expect(read.errors).toEqual([
      {
        rowNo: 3,
        column: '日期',
        value: '2026-06-16',
        messageZh: '2026-06-16 晚于今天',
        messageEn: '2026-06-16 is after today',
      },
    ]);
  });

  it('takes the same file a day later, and never refuses a column that may lie ahead', async () => {
    const read = await readRegister(SPEC, file, 'r.xlsx', '2026-06-16');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.values.name, r.values.on, r.values.until])).toEqual([
      ['甲', '2026-06-15', '2027-06-14'],
      ['乙', '2026-06-16', '2030-01-01'],
    ]);
  });
});

describe('a whole number written with its unit', () => {
  const YEARS = testRegister<'year' | 'people'>([
    { key: 'year', header: '年度', en: 'year', kind: 'int' },
    { key: 'people', header: '人数', en: 'people', kind: 'int' },
  ]);
  const sheet = (rows: string[][]) =>
    writeWorkbook([{ name: '台账', headers: ['名称', '日期', '年度', '人数'], rows }]);

  it('reads 2019年, 2019年度, ２０１９, 40人, 12人次 and 12（人） as the numbers they are', async () => {
    const read = await readRegister(
      YEARS,
      sheet([
        ['甲', '2026-06-15', '2019年', '40人'],
        ['乙', '2026-06-15', '2019 年度', '1,200 人'],
        ['丙', '2026-06-15', '２０１９', '３'],
        ['丁', '2026-06-15', '2019', '12人次'],
        ['戊', '2026-06-15', '2019', '12（人）'],
      ]),
      'r.xlsx',
      '2026-06-15',
    );
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.values.year, r.values.people])).toEqual([
      [2019, 40],
      [2019, 1200],
      [2019, 3],
      [2019, 12],
      [2019, 12],
    ]);
  });

  it('still refuses words and a unit alone', async () => {
    const read = await readRegister(
      YEARS,
      sheet([
        ['甲', '2026-06-15', '年', '四十人'],
        ['乙', '2026-06-15', '2019年3月', '40元'],
      ]),
      'r.xlsx',
      '2026-06-15',
    );
    expect(read.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [2, '年度'],
      [2, '人数'],
      [3, '年度'],
      [3, '人数'],
    ]);
  });
});

describe('an amount with commas', () => {
  const MONEY = testRegister<'amount'>([
    { key: 'amount', header: '金额（元）', en: 'amount', kind: 'money' },
  ]);
  const sheet = (amounts: string[]) =>
    writeWorkbook([
      {
        name: '台账',
        headers: ['名称', '日期', '金额（元）'],
        rows: amounts.map((a) => ['甲', '2026-06-15', a]),
      },
    ]);

  it('reads commas between thousands, and refuses one where a point was meant, saying so', async () => {
    const read = await readRegister(
      MONEY,
      sheet(['1,200.50', '１，２３４，５６７元', '12,50', '1200,5', '1,2,00']),
      'r.xlsx',
      '2026-06-15',
    );
    expect(read.rows.filter((r) => !r.unread).map((r) => r.values.amount)).toEqual([120_050, 123_456_700]);
    expect(read.errors.map((e) => [e.rowNo, e.value])).toEqual([
      [4, '12,50'],
      [5, '1200,5'],
      [6, '1,2,00'],
    ]);
    expect(read.errors[0].messageZh).toBe(
      '「12,50」不是金额（元）：逗号只用于千位分隔（如 1,200.50），小数请用小数点',
    );
    expect(read.errors[0].messageEn).toMatch(/a comma only separates thousands/);
  });

  it('refuses an amount in words, naming the forms it reads', async () => {
    const read = await readRegister(MONEY, sheet(['1千元', '500元/人']), 'r.xlsx', '2026-06-15');
    expect(read.errors.map((e) => e.messageZh)).toEqual([
      '「1千元」不是金额（元）：请写成 3000、1,200.50 或 3.5万 这样的金额',
      '「500元/人」不是金额（元）：请写成 3000、1,200.50 或 3.5万 这样的金额',
    ]);
    expect(read.errors[0].messageEn).toBe(
      '"1千元" is not an amount in yuan: write it as 3000, 1,200.50 or 3.5万',
    );
  });
});

describe('a date cell that lost its date format', () => {
  it('is refused, and the message names the day the serial stands for', async () => {
    const sheet = writeWorkbook([
      {
        name: '台账',
        headers: ['名称', '日期'],
        rows: [
          ['甲', 45292],
          ['乙', '12345678'],
        ],
      },
    ]);
    const read = await readRegister(SPEC, sheet, 'r.xlsx', '2026-06-15');
    expect(read.rows.map((r) => [r.values.name, [...(r.unread ?? [])]])).toEqual([
      ['甲', ['on']],
      ['乙', ['on']],
    ]);
    expect(read.errors.map((e) => [e.rowNo, e.column, e.messageZh, e.messageEn])).toEqual([
      [
        2,
        '日期',
        '「45292」不是日期：像是未设日期格式的 Excel 日期（2024-01-01），请将该列设为日期格式或写成 2024-01-01',
        '"45292" is not a date: it looks like an Excel date without its date format (2024-01-01); format the column as dates or write 2024-01-01',
      ],
      [
        3,
        '日期',
        '「12345678」不是日期：请写成 2020-03-05 这样的年-月-日（也可用 2020/3/5、2020.3.5、2020年3月5日），或设为日期格式的单元格',
        '"12345678" is not a date: write the year, month and day as 2020-03-05 (2020/3/5 and 2020.3.5 are read too), or format the cell as a date',
      ],
    ]);
  });
});

describe('a formula saved without its result', () => {
  it('is named as a formula, with no value or an empty one, where an empty cell would pass for a value left out; an empty text result stays empty', async () => {
    const text = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const sheet = oneSheetBook(
      '<worksheet><sheetData>' +
        `<row r="1">${text('A1', '名称')}${text('B1', '日期')}${text('C1', '有效期至')}</row>` +
        `<row r="2">${text('A2', '甲')}<c r="B2"><f>DATE(2024,3,5)</f></c></row>` +
        `<row r="3">${text('A3', '乙')}<c r="B3" t="str"><f>IF(1,"","x")</f><v></v></c></row>` +
        `<row r="4">${text('A4', '丙')}<c r="B4" t="str"><f>TEXT(DATE(2024,3,5),"yyyy-mm-dd")</f><v>2024-03-05</v></c></row>` +
        `<row r="5">${text('A5', '丁')}<c r="B5"><f>DATE(2024,3,5)</f><v></v></c></row>` +
        '</sheetData></worksheet>',
    );
    const read = await readRegister(SPEC, sheet, 'r.xlsx', '2026-06-15');
    expect(read.errors.map((e) => [e.rowNo, e.column, e.messageZh, e.messageEn])).toEqual([
      [
        2,
        '日期',
        '「=DATE(2024,3,5)」是公式，文件中没有它的计算结果（文件不是用 Excel 或 WPS 保存的）；请用 Excel 或 WPS 打开文件、保存后重新上传，或把公式换成数值',
        '"=DATE(2024,3,5)" is a formula saved without its result (the file was not saved by Excel or WPS); open the file in Excel or WPS, save it and upload it again, or replace the formula by its value',
      ],
      [3, '日期', '「日期」必填', '"Day" is required'],
      [
        5,
        '日期',
        '「=DATE(2024,3,5)」是公式，文件中没有它的计算结果（文件不是用 Excel 或 WPS 保存的）；请用 Excel 或 WPS 打开文件、保存后重新上传，或把公式换成数值',
        '"=DATE(2024,3,5)" is a formula saved without its result (the file was not saved by Excel or WPS); open the file in Excel or WPS, save it and upload it again, or replace the formula by its value',
      ],
    ]);
  });
});

describe('a year typed as a date and shown as its year alone', () => {
  it('reads as the year the clerk sees, not as the first of January', async () => {
    const spec = testRegister<'year'>([{ key: 'year', header: '年度', en: 'Year', kind: 'int' }]);
    const text = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const row = (n: number, style: number) =>
      `<row r="${n}">${text(`A${n}`, '甲')}${text(`B${n}`, '2024-03-05')}<c r="C${n}" s="${style}"><v>43466</v></c></row>`;
    const sheet = oneSheetBook(
      '<worksheet><sheetData>' +
        `<row r="1">${text('A1', '名称')}${text('B1', '日期')}${text('C1', '年度')}</row>${row(2, 1)}${row(3, 2)}` +
        '</sheetData></worksheet>',
      {
        'xl/styles.xml':
          '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy"/><numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;"/></numFmts>' +
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>',
      },
    );
    const read = await readRegister(spec, sheet, 'r.xlsx', '2026-06-15');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.values.year)).toEqual([2019, 2019]);
  });
});

describe('an empty file', () => {
  it('is told to be empty, not to lack the register’s columns', async () => {
    const read = readRegister(SPEC, Buffer.alloc(0), '台账.xlsx', '2026-06-15');
    await expect(read).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      messages: {
        zh: '无法读取文件 台账.xlsx：文件是空的（0字节），请检查是否选错了文件或文件未保存完整。请上传 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV 文件',
        en: 'The file 台账.xlsx could not be read: it is empty (0 bytes); check that it is the right file and that it was saved whole. Upload an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file',
      },
    });
  });
});

describe('a ledger ending in a totals row and a signature line', () => {
  it('leaves out a 填表人：… 审核人：… line spread under the key columns, and the bare totals above it', async () => {
    const spec = testRegister<'count'>([{ key: 'count', header: '人数', en: 'People', kind: 'int' }]);
    const sheet = writeWorkbook([
      {
        name: '台账',
        headers: ['名称', '日期', '人数'],
        rows: [
          ['甲', '2026-06-01', 3],
          ['乙', '2026-06-02', 4],
          ['', '', 7],
          ['填表人：王芳', '审核人：李强', '日期：2026年6月15日'],
        ],
      },
    ]);
    const read = await readRegister(spec, sheet, 'r.xlsx', '2026-06-15');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.values.name)).toEqual(['甲', '乙']);
    expect(read.ignoredRows).toEqual([
      { rowNo: 4, reason: 'sum' },
      { rowNo: 5, reason: 'note' },
    ]);
  });
});

describe('a CSV whose fields are written ="…" to keep them text in Excel', () => {
  it('reads each as the text Excel shows, not as a formula', async () => {
    const csv = Buffer.from('名称,日期\r\n="甲",="2026-06-01"\r\n"=""乙""","2026-06-02"\r\n');
    const read = await readRegister(SPEC, csv, 'r.csv', '2026-06-15');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.values.name, r.values.on])).toEqual([
      ['甲', '2026-06-01'],
      ['乙', '2026-06-02'],
    ]);
  });
});

describe('a time cell that lost its time format', () => {
  it('is refused, and the message names the time of day the fraction stands for', async () => {
    const spec = testRegister<'at'>([{ key: 'at', header: '时间', en: 'Time', kind: 'time' }]);
    const sheet = writeWorkbook([
      { name: '台账', headers: ['名称', '日期', '时间'], rows: [['甲', '2026-06-01', 0.7535]] },
    ]);
    const read = await readRegister(spec, sheet, 'r.xlsx', '2026-06-15');
    expect(read.errors.map((e) => [e.rowNo, e.column, e.messageZh, e.messageEn])).toEqual([
      [
        2,
        '时间',
        '「0.7535」不是时间：像是未设时间格式的 Excel 时间（18:05），请将该列设为时间格式或写成 18:05',
        '"0.7535" is not a time: it looks like an Excel time without its time format (18:05); format the column as times or write 18:05',
      ],
    ]);
  });
});

describe('a time column given moments', () => {
  it('reads the time of day of a date-time cell (the requests list exports 收到时间 so)', async () => {
    const spec = testRegister<'at'>([{ key: 'at', header: '时间', en: 'Time', kind: 'time' }]);
    const sheet = writeWorkbook([
      {
        name: '台账',
        headers: ['名称', '日期', '时间'],
        rows: [['甲', '2026-06-01', '2026-06-01 18:05:00']],
      },
    ]);
    const read = await readRegister(spec, sheet, 'r.xlsx', '2026-06-15');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => r.values.at)).toEqual(['18:05:00']);
  });
});

describe('a row error found after reading', () => {
  const PEOPLE = testRegister<'id'>([{ key: 'id', header: '身份证号', en: 'ID number', kind: 'text' }]);
  const people = writeWorkbook([
    {
      name: '台账',
      headers: ['名称', '日期', '身份证号'],
      rows: [
        ['  张三 ', '2026-06-01', '11010519491231002X'],
        ['李四', '2026-06-02', '110105194912310037'],
      ],
    },
  ]);

  /** A dry run of `file` whose plan finds the errors `found` gives after reading. */
  const dryRunFinding = (file: Buffer, found: (rows: RegisterRow<string>[]) => RegisterRowError[]) =>
    runRegisterImport(PEOPLE, { file, fileName: 'p.xlsx', dryRun: true }, '2026-06-15', {
      plan: async (rows, errors) => {
        errors.push(...found(rows));
        return rows.length;
      },
      counts: (n) => ({ created: n }),
      write: async () => ({}),
      dryRunExtras: {},
    });

  it('shows the cell as the clerk typed it, an ID number masked as on every screen', async () => {
    const answer = await dryRunFinding(people, (rows) => [
      rowError(rows[1].rowNo, '身份证号', '查无此人', 'no such person'),
      rowError(rows[0].rowNo, '名称', '不在本工会', 'not of this union'),
      rowError(rows[0].rowNo, '', '整行有误', 'the row is wrong'),
    ]);
    expect(answer.errors.map((e) => [e.rowNo, e.column, e.value])).toEqual([
      [2, '名称', '张三'],
      [2, '', undefined],
      [3, '身份证号', '110105********0037'],
    ]);
  });

  it("names the column as the clerk's sheet heads it, not as the register does", async () => {
    const own = writeWorkbook([
      {
        name: '台账',
        headers: ['名称 *', '日期', '身份证号（18位）'],
        rows: [['张三', '2026-13-01', '110105194912310037']],
      },
    ]);
    const answer = await dryRunFinding(own, (rows) => [
      rowError(rows[0].rowNo, '身份证号', '查无此人', 'no such person'),
      rowError(rows[0].rowNo, '名称', '不在本工会', 'not of this union'),
    ]);
    // the date refused as it was read, then the errors the plan found, each under the sheet's own header
    expect(answer.errors.map((e) => e.column)).toEqual(['日期', '身份证号（18位）', '名称 *']);
  });
});

describe('the refusal of a file with row errors', () => {
  it('counts its problems in English in the singular and the plural', () => {
    const title = { zh: '测试台账', en: 'test register' };
    const one = [rowError(3, '金额', '金额不能为负数', 'The amount cannot be negative')];
    expect(refuseRows(title, one, 4).messages.en).toBe(
      'Row 3, "金额": The amount cannot be negative (1 problem; nothing of the test register was imported)',
    );
    const two = [...one, rowError(5, '日期', '日期必填', 'The day is required')];
    expect(refuseRows(title, two, 4).messages.en).toMatch(/\(2 problems; nothing of the test register/);
    expect(refuseRows(title, one, 4).messages.zh).toBe(
      '第3行「金额」：金额不能为负数（共1处错误，测试台账未导入任何一行）',
    );
  });
});

describe("a ledger with columns of the clerk's own", () => {
  it('names each column the register does not read, a row number aside, and reads the rest', async () => {
    const sheet = writeWorkbook([
      {
        name: '台账',
        headers: ['序号', '名称', '联系电话', '日期', ' 审批意见 ', ''],
        rows: [[1, '甲', '13912345678', '2026-06-01', '同意', '']],
      },
    ]);
    const read = await readRegister(testRegister(), sheet, 'r.xlsx', '2026-06-15');
    expect(read.rows.map((r) => r.values)).toEqual([{ name: '甲', on: '2026-06-01' }]);
    expect(read.file.unreadColumns).toEqual(['联系电话', '审批意见']);
  });

  it('says nothing of the kind when the sheet has only the register’s columns', async () => {
    const read = await readRegister(SPEC, file, 'r.xlsx', '2026-06-15');
    expect(read.file.unreadColumns).toBeUndefined();
  });
});
