import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loopLagDuring } from '../../test/loop-lag.ts';
import { oneSheetBook, zip } from '../../test/zip-parts.ts';
import { serialToDate } from './sheet-dates.ts';
import { readWithLibrary } from './sheet-worker.ts';
import type { SheetRows } from './spreadsheet.ts';
import { MAX_SHARED_STRINGS_BYTES, openXlsxWorkbook, type SheetRow } from './xlsx-reader.ts';
import { dateToSerial, writeWorkbook } from './xlsx-writer.ts';

/** The workbook, or null when it cannot be opened (damaged or not an .xlsx). */
const openBook = (buf: Buffer, cap?: number) => {
  const book = openXlsxWorkbook(buf, cap);
  return book === 'damaged' ? null : book;
};

/** The first sheet as the spreadsheet library reads it (sheet-worker.ts, here without its thread). */
function readByLibrary(buf: Buffer): SheetRows {
  const out = readWithLibrary({ buf, rowLimit: 1000, maxInflated: 1e8 });
  if (!out.ok) throw new Error(out.reason);
  const [head, ...rows] = out.sheets[0].rows;
  const headers = head?.cells ?? [];
  for (const r of rows) while (r.cells.length < headers.length) r.cells.push('');
  return { headers, rows };
}

/** The streamed reader's rows collected as readSheet gives them: the first row as headers, rows as wide. */
async function readXlsxFast(buf: Buffer): Promise<SheetRows | null> {
  const source = openBook(buf)?.sheets[0]?.rows;
  if (!source) return null;
  const all: SheetRow[] = [];
  for await (const batch of source.batches(2)) all.push(...batch);
  const [head, ...rows] = all;
  const headers = head?.cells ?? [];
  for (const r of rows) while (r.cells.length < headers.length) r.cells.push('');
  return { headers, rows };
}

describe('fast .xlsx reader', () => {
  it('reads back every day and moment the platform writes as the text it was given', async () => {
    const days = [
      '1900-01-01',
      '1900-03-01',
      '2020-02-29',
      '2026-11-25',
      '2026-11-25 18:05',
      '2026-11-25 23:59:59',
    ];
    const read = await readXlsxFast(
      writeWorkbook([{ name: 'S', headers: ['日期'], rows: days.map((d) => [d]) }]),
    );
    expect(read?.rows.map((r) => r.cells[0])).toEqual(days);
  });

  it('reads what the spreadsheet library reads from a workbook the platform writes', async () => {
    const buf = writeWorkbook([
      {
        name: '会员',
        headers: ['姓名', '身份证号', '手机号', '人数', '备注'],
        rows: [
          ['张三', '110113199003151239', 13800138000, 12, 'a & b <c> "d"'],
          ['', '', '', '', ''],
          ['李四', '11010519491231002X', '', 0.5, true],
          ['王五', '', null, -3, '  spaced  '],
        ],
      },
      { name: 'second', headers: ['x'], rows: [['ignored']] },
    ]);
    const fast = await readXlsxFast(buf);
    expect(fast).toEqual(readByLibrary(buf));
    expect(fast?.rows.map((r) => r.rowNo)).toEqual([2, 4, 5]);
  });

  it('handles prefixed XML, rich and phonetic text, inline strings, dates, booleans and missing cell refs', async () => {
    const parts = {
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml':
        '<x:workbook xmlns:x="main" xmlns:r="rel"><x:workbookPr/><x:sheets><x:sheet name="S" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>',
      'xl/styles.xml':
        '<x:styleSheet><x:numFmts count="1"><x:numFmt numFmtId="180" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts>' +
        '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="180"/><x:xf numFmtId="49"/></x:cellXfs></x:styleSheet>',
      'xl/sharedStrings.xml':
        '<x:sst><x:si><x:t>姓名</x:t></x:si><x:si><x:r><x:t>入会</x:t></x:r><x:r><x:t xml:space="preserve">日期</x:t></x:r><x:rPh><x:t>ニュウカイ</x:t></x:rPh></x:si>' +
        '<x:si><x:t>是否一线</x:t></x:si><x:si><x:t>A&amp;B_x000D_</x:t></x:si></x:sst>',
      'xl/worksheets/data.xml':
        '<x:worksheet><x:sheetData>' +
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c></x:row>' +
        '<x:row r="2"><x:c t="inlineStr"><x:is><x:t>赵六</x:t></x:is></x:c><x:c s="1"><x:v>43905</x:v></x:c><x:c/><x:c t="b"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="3"/>' +
        '<x:row r="5"><x:c r="A5" t="s"><x:v>3</x:v></x:c><x:c r="B5" s="2"><x:v>43905.75</x:v></x:c><x:c r="C5" t="str"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D5" s="0"><x:v>110113199003151239</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    };
    expect(await readXlsxFast(zip(parts))).toEqual({
      headers: ['姓名', '入会日期', '', '是否一线'],
      rows: [
        { rowNo: 2, cells: ['赵六', '2020-03-15', '', 'TRUE'] },
        { rowNo: 5, cells: ['A&B', '2020-03-15', '2', '1.10113E+17'] },
      ],
    });
  });

  it('reads a cell typed as a time of day (18:05 in Excel) as that time', async () => {
    // Excel keeps 18:05 as the fraction 0.7534722 of a day, shown by a time format: built-in h:mm (20),
    // h:mm:ss (21), h:mm AM/PM (18) or a format of its own (hh:mm); a moment keeps its day.
    const buf = oneSheetBook(
      '<worksheet><sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>收到时间</t></is></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>0.753472222222222</v></c></row>' +
        '<row r="3"><c r="A3" s="2"><v>0.753819444444444</v></c></row>' +
        '<row r="4"><c r="A4" s="3"><v>0.375</v></c></row>' +
        '<row r="5"><c r="A5" s="4"><v>0.5</v></c></row>' +
        '<row r="6"><c r="A6" s="5"><v>45356.753472222222</v></c></row>' +
        '</sheetData></worksheet>',
      {
        'xl/styles.xml':
          '<styleSheet><numFmts count="2"><numFmt numFmtId="165" formatCode="hh:mm"/>' +
          '<numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/></numFmts>' +
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="20"/><xf numFmtId="21"/><xf numFmtId="18"/>' +
          '<xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>',
      },
    );
    const expected = {
      headers: ['收到时间'],
      rows: [
        { rowNo: 2, cells: ['18:05'] },
        { rowNo: 3, cells: ['18:05:30'] },
        { rowNo: 4, cells: ['09:00'] },
        { rowNo: 5, cells: ['12:00'] },
        { rowNo: 6, cells: ['2024-03-05 18:05'] },
      ],
    };
    expect(await readXlsxFast(buf)).toEqual(expected);
  });

  it('returns null for what it does not read, so the caller falls back', async () => {
    expect(await readXlsxFast(Buffer.from('姓名,身份证号\n'))).toBeNull();
    expect(await readXlsxFast(zip({ 'xl/workbook.xml': '<workbook/>' }))).toBeNull();
    expect(await readXlsxFast(Buffer.alloc(0))).toBeNull();
  });
});

/** Reads every sheet of the file while the event loop's longest hold is measured: what another request would wait. */
async function readWithLag(buf: Buffer): Promise<{ rows: SheetRow[]; maxLagMs: number }> {
  const { value: rows, maxLagMs } = await loopLagDuring(async () => {
    const rows: SheetRow[] = [];
    for (const sheet of openBook(buf)?.sheets ?? []) {
      for await (const batch of sheet.rows?.batches(1000) ?? []) rows.push(...batch);
    }
    return rows;
  });
  return { rows, maxLagMs };
}

describe('fast .xlsx reader on malformed XML', () => {
  // Each file is about a kilobyte and inflates to a few hundred of unclosed tags: a reader that searches to
  // the end of the text for every opening tag held the event loop for seconds on each (4.7 s, 2.6 s, 0.7 s).
  // Linear, each is read in milliseconds; the bound is generous for a loaded machine.
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>';
  const cases: [string, () => Buffer][] = [
    [
      '256 KB of rows never closed',
      () => oneSheetBook(`<worksheet><sheetData>${header}${'<row>'.repeat(52_000)}</sheetData></worksheet>`),
    ],
    [
      'a row of 128 KB of cells never closed',
      () =>
        oneSheetBook(
          `<worksheet><sheetData>${header}<row r="2">${'<c>'.repeat(43_000)}</row></sheetData></worksheet>`,
        ),
    ],
    [
      'a cell of 128 KB of values never closed',
      () =>
        oneSheetBook(
          `<worksheet><sheetData>${header}<row r="2"><c>${'<v>'.repeat(43_000)}</c></row></sheetData></worksheet>`,
        ),
    ],
    [
      'an inline string of 128 KB of runs never closed',
      () =>
        oneSheetBook(
          `<worksheet><sheetData>${header}<row r="2"><c t="inlineStr"><is><r>${'<t>'.repeat(43_000)}</is></c></row></sheetData></worksheet>`,
        ),
    ],
    [
      '128 KB of shared strings never closed',
      () =>
        oneSheetBook(
          `<worksheet><sheetData>${header}<row r="2"><c t="s"><v>0</v></c></row></sheetData></worksheet>`,
          {
            'xl/sharedStrings.xml': `<sst>${'<si>'.repeat(32_000)}</sst>`,
          },
        ),
    ],
    [
      'a workbook and relations of 128 KB of tags never closed',
      () =>
        oneSheetBook(`<worksheet><sheetData>${header}</sheetData></worksheet>`, {
          'xl/workbook.xml': `<workbook xmlns:r="rel"><sheets><sheet name="S" sheetId="1" r:id="rId1"/>${'<sheet '.repeat(18_000)}`,
          'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>${'<Relationship '.repeat(9_000)}`,
        }),
    ],
    [
      'styles of 128 KB of formats never closed',
      () =>
        oneSheetBook(`<worksheet><sheetData>${header}</sheetData></worksheet>`, {
          'xl/styles.xml': `<styleSheet>${'<numFmt '.repeat(8_000)}${'<cellXfs>'.repeat(8_000)}<cellXfs>${'<xf '.repeat(16_000)}</cellXfs></styleSheet>`,
        }),
    ],
  ];

  for (const [name, make] of cases) {
    it(`reads ${name} without holding the event loop`, async () => {
      const file = make();
      expect(file.length).toBeLessThan(4096);
      const { rows, maxLagMs } = await readWithLag(file);
      expect(rows[0]).toEqual({ rowNo: 1, cells: ['姓名'] });
      expect(maxLagMs).toBeLessThan(1000);
    });
  }

  it('refuses shared strings past their cap with a bilingual error', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>';
    const file = oneSheetBook(sheet, {
      'xl/sharedStrings.xml': `<sst>${'<si><t>王伟</t></si>'.repeat(200)}</sst>`,
    });
    const rows = openBook(file, 2048)?.sheets[0].rows;
    await expect(rows?.batches(10).next()).rejects.toMatchObject({
      code: 'SPREADSHEET_STRINGS_TOO_LARGE',
      messages: { zh: expect.stringContaining('共享字符串'), en: expect.stringContaining('shared strings') },
    });
    expect(MAX_SHARED_STRINGS_BYTES).toBe(200 * 1024 * 1024);
  });

  it('reads well-formed rows around an unclosed one, ending it where the next row starts', async () => {
    const sheet =
      '<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>a</t></is></c></row>' +
      '<row r="2"><c t="inlineStr"><is><t>b</t></is></c>' +
      '<row r="3"><c r="B3"><v>3</v></c><c r="C3"><v>4</c></row></sheetData></worksheet>';
    expect((await readWithLag(oneSheetBook(sheet))).rows).toEqual([
      { rowNo: 1, cells: ['a'] },
      { rowNo: 2, cells: ['b'] },
      { rowNo: 3, cells: ['', '3', '4'] },
    ]);
  });
});

describe('fast .xlsx writer', () => {
  const sheets = [
    {
      name: '会员 Members',
      headers: ['姓名', '身份证号', '人数', '是否', '备注'],
      rows: [
        ['张三', '110113199003151239', 12, true, 'a & b <c> "d" \u0001'],
        ['李四', '11010519491231002X', 0.5, false, '  spaced  '],
        ['', null, null, null, ''],
        ['王五', '', -3, null, '多行\n文本'],
      ],
      textColumns: [1],
    },
    { name: 'Notes', headers: ['x'], rows: [['y']] },
  ];

  it('writes workbooks that the spreadsheet library and the fast reader read alike', async () => {
    const buf = writeWorkbook(sheets);
    const bySheetJs = readByLibrary(buf);
    expect(bySheetJs.headers).toEqual(['姓名', '身份证号', '人数', '是否', '备注']);
    expect(bySheetJs.rows).toEqual([
      { rowNo: 2, cells: ['张三', '110113199003151239', '12', 'TRUE', 'a & b <c> "d"'] },
      { rowNo: 3, cells: ['李四', '11010519491231002X', '0.5', 'FALSE', 'spaced'] },
      { rowNo: 5, cells: ['王五', '', '-3', '', '多行\n文本'] },
    ]);
    expect(await readXlsxFast(buf)).toEqual(bySheetJs);
  });

  it('writes days as Excel dates and amounts as numbers, read back as the same text by both readers', async () => {
    const buf = writeWorkbook([
      {
        name: 'Days',
        headers: ['日', '金额'],
        rows: [
          ['1900-01-01', 3200],
          ['1900-02-28', 0.5],
          ['1900-03-01', 1234.56],
          ['2024-02-29', 0],
          ['not a day', null],
        ],
        dateColumns: [0],
        moneyColumns: [1],
      },
    ]);
    const want = [
      { rowNo: 2, cells: ['1900-01-01', '3200'] },
      { rowNo: 3, cells: ['1900-02-28', '0.5'] },
      { rowNo: 4, cells: ['1900-03-01', '1234.56'] },
      { rowNo: 5, cells: ['2024-02-29', '0'] },
      { rowNo: 6, cells: ['not a day', ''] },
    ];
    expect((await readXlsxFast(buf))?.rows).toEqual(want);
    expect(readByLibrary(buf).rows).toEqual(want);
  });

  it('numbers every day as Excel does, so a day written is the day read', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(serialToDate(dateToSerial(day) as number, false)).toBe(day);
        },
      ),
    );
    expect(dateToSerial('1900-03-01')).toBe(61);
    expect(dateToSerial('2020-03-15')).toBe(43905);
  });
});
