import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { row, xlsx } from './sheet-reader.test-kit.ts';
import { MAX_WARNINGS, openSheet, readSheet } from './sheet-reader.ts';
import { MAX_ROW_XML_CHARS } from './xlsx-reader.ts';
import { writeWorkbook } from './xlsx-writer.ts';

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

const memberHeader = (cells: string[]) => cells.includes('姓名') && cells.includes('身份证号');

describe('readSheet: the rows that are there', () => {
  it('reads every row whatever the sheet declares (A1:G30 for 50 rows, A1:XFD1048576 for 3)', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i + 2, `证书${i + 1}`, String(i)));
    const short = await readSheet(
      xlsx([{ name: 'S', dimension: 'A1:G30', xml: row(1, '名称', '编号') + rows.join('') }]),
      'c.xlsx',
    );
    expect(short.rows).toHaveLength(50);
    expect(short.rows.at(-1)).toEqual({ rowNo: 51, cells: ['证书50', '49'] });
    const huge = await readSheet(
      xlsx([{ name: 'S', dimension: 'A1:XFD1048576', xml: row(1, 'a') + row(2, 'b') + row(3, 'c') }]),
      'g.xlsx',
    );
    expect(huge.rows.map((r) => r.cells)).toEqual([['b'], ['c']]);
  });

  it('passes over a million formatted empty rows to the data after them', async () => {
    const empty = Array.from(
      { length: 1_048_570 },
      (_, i) => `<row r="${i + 3}" s="1" customFormat="1"/>`,
    ).join('');
    const read = await readSheet(
      xlsx([{ name: 'S', xml: row(1, '姓名') + row(2, '张三') + empty + row(1_048_576, '李四') }]),
      'e.xlsx',
    );
    expect(read.rows).toEqual([
      { rowNo: 2, cells: ['张三'] },
      { rowNo: 1_048_576, cells: ['李四'] },
    ]);
  });

  it('refuses a stretch of XML longer than any row, instead of scanning it again for every piece', async () => {
    const giant = `<row r="2"><c t="inlineStr"><is><t>${'x'.repeat(MAX_ROW_XML_CHARS + 1024)}`;
    const err = await refusal(readSheet(xlsx([{ name: 'S', xml: row(1, 'a') + giant }]), 'r.xlsx'));
    expect(err.code).toBe('SPREADSHEET_ROW_TOO_LARGE');
  });

  it('stops at the row cap with the import’s own message', async () => {
    const text = `姓名\n${'张三\n'.repeat(30_000)}`;
    const err = await refusal(readSheet(Buffer.from(text), 'big.csv', { maxRows: 20_000 }));
    expect(err.code).toBe('SHEET_TOO_MANY_ROWS');
    expect(err.messages.zh).toContain('20000');
  });
});

describe('readSheet: the details of the XML', () => {
  it('reads literal line ends, CDATA, empty values, single-quoted attributes and dates before 1900-03-01', async () => {
    const styles =
      '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const xml =
      row(1, '甲', '乙', '丙', '丁', '戊') +
      "<row r='2'>" +
      '<c t="inlineStr"><is><t>第一行\r\n第二行\r第三行</t></is></c>' +
      '<c t="inlineStr"><is><t><![CDATA[a < b & "c"]]></t></is></c>' +
      '<c><v></v></c>' +
      "<c t='s'><v>0</v></c>" +
      "<c s='1'><v>59</v></c>" +
      '</row>' +
      "<row r='3'><c s='1'><v>1</v></c><c s='1'><v>60</v></c><c s='1'><v>61</v></c><c/><c s='1'><v>43905</v></c></row>";
    const read = await readSheet(xlsx([{ name: 'S', xml }], { styles, strings: ['共享'] }), 'x.xlsx');
    expect(read.rows).toEqual([
      { rowNo: 2, cells: ['第一行\n第二行\n第三行', 'a < b & "c"', '', '共享', '1900-02-28'] },
      { rowNo: 3, cells: ['1900-01-01', '1900-02-29', '1900-03-01', '', '2020-03-15'] },
    ]);
  });
});

describe('readSheet: which sheet', () => {
  const lists = { name: '下拉选项', state: 'hidden', xml: row(1, '性别') + row(2, '男') };
  const roster = {
    name: '会员名单',
    xml: row(1, '2025年会员花名册') + row(2, '姓名', '身份证号') + row(3, '张三', '1'),
  };

  it('reads the visible sheet whose header row holds the columns needed, below a title row', async () => {
    const read = await readSheet(xlsx([lists, { name: '说明', xml: row(1, '填表说明') }, roster]), 'm.xlsx', {
      isHeader: memberHeader,
    });
    expect(read).toMatchObject({ sheetName: '会员名单', headerRowNo: 2, headers: ['姓名', '身份证号'] });
    expect(read.rows).toEqual([{ rowNo: 3, cells: ['张三', '1'] }]);
  });

  it('names every sheet and the headers found on it when none has the columns', async () => {
    const err = await refusal(
      readSheet(
        xlsx([
          lists,
          { name: '汇总', xml: row(1, '单位', '人数') },
          { name: '空表', xml: '' },
          { name: '明细', xml: row(1, '序号', '名字') },
        ]),
        'm.xlsx',
        {
          isHeader: memberHeader,
          required: ['姓名', '身份证号'],
        },
      ),
    );
    expect(err.code).toBe('SHEET_NOT_FOUND');
    expect(err.messages.zh).toContain('（姓名、身份证号）');
    expect(err.messages.zh).toContain('“下拉选项”（隐藏）第1行：性别');
    expect(err.messages.zh).toContain('“汇总”第1行：单位、人数');
    expect(err.messages.zh).toContain('“空表”：（空）');
    expect(err.messages.en).toContain('"明细" row 1: 序号, 名字');
  });

  it('says so when the only sheet with the columns is hidden', async () => {
    const err = await refusal(
      readSheet(
        xlsx([
          { ...roster, name: '旧花名册', state: 'hidden' },
          { name: '封面', xml: row(1, '2025年会员') },
        ]),
        'm.xlsx',
        {
          isHeader: memberHeader,
        },
      ),
    );
    expect(err.code).toBe('SHEET_HIDDEN');
    expect(err.messages.zh).toContain('“旧花名册”是隐藏的');
  });

  it('leaves a one-sheet file to the import, which names the columns it lacks', async () => {
    const read = await readSheet(
      xlsx([
        { name: 'S', xml: row(1, '序号', '名字') },
        { name: 'Sheet2', xml: '' },
      ]),
      'm.xlsx',
      {
        isHeader: memberHeader,
      },
    );
    expect(read.headers).toEqual(['序号', '名字']);
  });
});

describe('readSheet: text files', () => {
  // 王䶮 and 陈𠮷 in GB18030 (䶮 is two bytes FE 9F, 𠮷 four bytes 95 34 B2 35): what a Chinese Windows saves
  const gb18030 = Buffer.from(
    'd0d5c3fb2cc9edb7ddd6a4bac50acdf5fe9f2c3131303130313139393030333037313233340ab3c29534b2352c3131303130313139393030333037323334350a',
    'hex',
  );

  it('decodes GB18030, including characters outside GBK, and says so', async () => {
    const read = await readSheet(gb18030, 'm.csv');
    expect(read).toMatchObject({ format: 'csv', encoding: 'gb18030', headers: ['姓名', '身份证号'] });
    expect(read.rows.map((r) => r.cells[0])).toEqual(['王䶮', '陈𠮷']);
    expect(read.warnings).toEqual([]);
  });

  it('reads a file by its content: a CSV renamed .xlsx is a CSV', async () => {
    const read = await readSheet(gb18030, '名单.xlsx');
    expect(read).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(read.rows[0].cells[0]).toBe('王䶮');
  });

  it('warns of a name whose character was lost (王? from GBK, U+FFFD from a broken byte)', async () => {
    const gbk = Buffer.concat([
      Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac50a', 'hex'),
      Buffer.from('cdf53f2c310a', 'hex'),
      Buffer.from('b3c2ff2c320a', 'hex'),
    ]);
    const read = await readSheet(gbk, 'm.csv');
    expect(read.rows.map((r) => r.cells[0])).toEqual(['王?', '陈\uFFFD']);
    expect(read.warnings.map((w) => [w.rowNo, w.column])).toEqual([
      [2, '姓名'],
      [3, '姓名'],
    ]);
    expect(read.warnings[0].zh).toContain('第2行“姓名”为“王?”');
  });

  it('reads UTF-8 with and without BOM and UTF-16 tab-separated text (Excel’s Unicode text)', async () => {
    const text = '姓名,备注\r\n张三,"一行,\r\n""二行"""\r\n';
    for (const buf of [
      Buffer.from(text),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ]) {
      const read = await readSheet(buf, 'u.csv');
      expect(read).toMatchObject({ encoding: 'utf-8', headers: ['姓名', '备注'] });
      expect(read.rows).toEqual([{ rowNo: 2, cells: ['张三', '一行,\n"二行"'] }]);
    }
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('姓名\t备注\r\n李四\t好\r\n', 'utf16le'),
    ]);
    const read = await readSheet(utf16, 'u.txt');
    expect(read).toMatchObject({ encoding: 'utf-16le', headers: ['姓名', '备注'] });
    expect(read.rows).toEqual([{ rowNo: 2, cells: ['李四', '好'] }]);
  });

  it('warns of a private-use character, what a GBK file’s user-defined bytes decode to', async () => {
    // 王 then FE 51: GBK's user-defined area, which GB18030 decodes to a private-use character no font shows
    const read = await readSheet(Buffer.from('d0d5c3fb0acdf5fe510a', 'hex'), 'p.csv');
    expect(read.rows[0].cells[0]).toMatch(/^王[\ue000-\uf8ff]$/);
    expect(read.warningCount).toBe(1);
  });

  it('keeps at most MAX_WARNINGS warnings and counts them all', async () => {
    const read = await readSheet(Buffer.from(`姓名\n${'王?\n'.repeat(MAX_WARNINGS + 5)}`), 'w.csv');
    expect(read.warnings).toHaveLength(MAX_WARNINGS);
    expect(read.warningCount).toBe(MAX_WARNINGS + 5);
  });

  it('refuses what is no spreadsheet, whatever its name', async () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
    expect((await refusal(readSheet(png, 'photo.xlsx'))).code).toBe('FILE_UNREADABLE');
  });
});

describe('readSheet: .xls and .ods, read in a worker thread', () => {
  const book = () => {
    const wb = XLSX.utils.book_new();
    const hidden = XLSX.utils.aoa_to_sheet([['选项'], ['男']]);
    const ws = XLSX.utils.aoa_to_sheet([
      ['姓名', '身份证号', '入会日期', '人数'],
      ['王䶮', '110101199003071234', new Date(Date.UTC(2020, 2, 15)), 12],
    ]);
    XLSX.utils.book_append_sheet(wb, hidden, '选项');
    XLSX.utils.book_append_sheet(wb, ws, '名单');
    wb.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    return wb;
  };

  for (const bookType of ['xls', 'ods'] as const) {
    it(`reads a .${bookType}: its visible sheet, dates as days, numbers as Excel shows them`, async () => {
      const buf = XLSX.write(book(), { type: 'buffer', bookType, cellDates: true }) as Buffer;
      const read = await readSheet(buf, `m.${bookType}`, { isHeader: memberHeader });
      expect(read).toMatchObject({
        format: bookType,
        sheetName: '名单',
        headers: ['姓名', '身份证号', '入会日期', '人数'],
      });
      expect(read.rows).toEqual([{ rowNo: 2, cells: ['王䶮', '110101199003071234', '2020-03-15', '12'] }]);
    });
  }

  it('says a file is protected by a password only when it is, not when it is damaged', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.alloc(200, 1));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(5000, 2));
    const locked = await refusal(readSheet(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer, 'locked.xlsx'));
    expect(locked.code).toBe('FILE_UNREADABLE');
    expect(locked.messages.zh).toContain('密码');

    // a workbook damaged in transit: its zip's bytes garbled from 600 on
    const rows = Array.from({ length: 200 }, (_, i) => [`王${i}`, `11010119900307${String(1000 + i)}`]);
    const damaged = Buffer.from(writeWorkbook([{ name: 'S', headers: ['姓名', '身份证号'], rows }]));
    for (let i = 600; i < 900; i++) damaged[i] ^= 0x5a;
    const broken = await refusal(readSheet(damaged, 'broken.xlsx'));
    expect(broken.code).toBe('FILE_UNREADABLE');
    expect(broken.messages.zh).not.toContain('密码');
    expect(broken.messages.en).not.toContain('password');
  });

  it('refuses an .xls past the row cap', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([['a'], ...Array.from({ length: 300 }, (_, i) => [i])]),
      'S',
    );
    const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
    expect((await refusal(readSheet(buf, 'm.xls', { maxRows: 100 }))).code).toBe('SHEET_TOO_MANY_ROWS');
  });
});

describe('openSheet', () => {
  it('reads the platform’s own workbook again from the start on each pass', async () => {
    const buf = writeWorkbook([{ name: '会员', headers: ['姓名'], rows: [['张三'], ['李四']] }]);
    const source = await openSheet(buf, 'm.xlsx');
    for (let pass = 0; pass < 2; pass++) {
      const rows = [];
      for await (const batch of source.batches(1)) rows.push(...batch);
      expect(rows.map((r) => r.cells[0])).toEqual(['张三', '李四']);
    }
  });
});
