import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { row, xlsx } from './sheet-reader.test-kit.ts';
import { readSheet } from './sheet-reader.ts';

/** A clerk's merged cells, read as the sheet shows them (sheet-merges.ts), by every reader. */
describe('cells merged down a column', () => {
  it('the streamed .xlsx reader shows the top value on each row of the merge and marks those cells', async () => {
    const xml =
      row(1, '工会', '单位', '人数') +
      row(2, '甲工会', 'A', '3') +
      row(3, '', 'B', '4') +
      row(4, '', 'C', '5') +
      row(5, '乙工会', 'D', '6') +
      // a merge whose top cell is blank fills nothing; a note merged across the row stays in its first cell
      row(6, '', 'E', '7') +
      row(7, '', 'F', '8') +
      row(8, '注：本表由工会填写');
    const merges = ['A2:A4', 'A6:A7', 'A8:C8'].map((m) => `<mergeCell ref="${m}"/>`).join('');
    const read = await readSheet(
      xlsx([{ name: 'S', xml, tail: `<mergeCells count="3">${merges}</mergeCells>` }]),
      'm.xlsx',
    );
    expect(read.rows.map((r) => [r.rowNo, r.cells[0], r.merged ?? []])).toEqual([
      [2, '甲工会', [0]],
      [3, '甲工会', [0]],
      [4, '甲工会', [0]],
      [5, '乙工会', []],
      [6, '', []],
      [7, '', []],
      [8, '注：本表由工会填写', []],
    ]);
    expect(read.rows[6].cells).toEqual(['注：本表由工会填写', '', '']);
  });

  it('finds a merge whose tag the inflater gives in two pieces (at 32 KB of the sheet)', async () => {
    const rows = row(1, '工会', '单位') + row(2, '甲工会', 'A') + row(3, '', 'B');
    const head = `<worksheet><sheetData>${rows}`;
    const merge = '<mergeCell ref="A2:A3"/>';
    for (const cut of [3, 9, 17]) {
      // a note row long enough that the merge's tag starts `cut` bytes before 32,768
      const fill =
        32 * 1024 - cut - Buffer.byteLength(`${head}</sheetData><mergeCells count="1">`) - row(4, '').length;
      const xml = rows + row(4, 'x'.repeat(fill - 1));
      const read = await readSheet(
        xlsx([{ name: 'S', xml, tail: `<mergeCells count="1">${merge}</mergeCells>` }]),
        'cut.xlsx',
      );
      expect(read.rows[1].cells[0], String(cut)).toBe('甲工会');
    }
  });

  it('so do the readers of .xls and .ods', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['工会', '单位', '人数'],
      ['甲工会', 'A', '3'],
      [null, 'B', '4'],
      ['乙工会', 'C', '5'],
    ]);
    ws['!merges'] = [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, 'S');
    for (const bookType of ['xls', 'ods'] as const) {
      const file = Buffer.from(XLSX.write(book, { type: 'buffer', bookType }));
      const read = await readSheet(file, `m.${bookType}`);
      expect(
        read.rows.map((r) => [r.cells[0], r.merged ?? []]),
        bookType,
      ).toEqual([
        ['甲工会', [0]],
        ['甲工会', [0]],
        ['乙工会', []],
      ]);
    }
  });

  it('a row hidden in Excel is read and said', async () => {
    const xml =
      row(1, '姓名', '单位') +
      row(2, '张三', 'A') +
      '<row r="3" hidden="1"><c t="inlineStr"><is><t>李四</t></is></c></row>';
    const read = await readSheet(xlsx([{ name: 'S', xml }]), 'h.xlsx');
    expect(read.rows.map((r) => [r.cells[0], !!r.hidden])).toEqual([
      ['张三', false],
      ['李四', true],
    ]);
    expect(read.warnings.map((w) => [w.rowNo, w.zh])).toEqual([
      [3, '第3行在 Excel 中是隐藏的（或被筛选隐藏），已照常读取；如不应导入，请在文件中删去该行'],
    ]);
  });

  it('a row hidden in an Excel 97–2003 .xls is read and said too', async () => {
    const rows = [
      ['姓名', '单位'],
      ['张三', 'A'],
      ['李四', 'B'],
    ];
    const read = await readSheet(xlsWithHiddenRow(rows, 2), 'h.xls');
    expect(read.rows.map((r) => [r.cells[0], !!r.hidden])).toEqual([
      ['张三', false],
      ['李四', true],
    ]);
    expect(read.warnings.map((w) => w.rowNo)).toEqual([3]);
  });

  it('and in an .ods, by hand or by a filter, a repeated row as often as it repeats', async () => {
    const rows = [
      ['姓名', '单位'],
      ['张三', 'A'],
      ['李四', 'B'],
      ['王五', 'C'],
      ['赵六', 'D'],
    ];
    const read = await readSheet(odsWithRowsHidden(rows), 'h.ods');
    expect(read.rows.map((r) => [r.cells[0], !!r.hidden])).toEqual([
      ['张三', false],
      ['李四', true],
      ['王五', false],
      ['赵六', true],
    ]);
    expect(read.rows.map((r) => r.rowNo)).toEqual([2, 3, 6, 7]);
    expect(read.warnings.map((w) => w.rowNo)).toEqual([3, 7]);
  });
});

/**
 * An .ods whose third row is hidden by hand and whose fifth by a filter, with an empty row repeated twice before the
 * fourth, as LibreOffice writes one, and a row closed in its own tag, which the library does not count.
 */
function odsWithRowsHidden(rows: string[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  const zip = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'ods' }), { type: 'buffer' });
  const content = XLSX.CFB.find(zip, 'content.xml');
  if (!content) throw new Error('no content.xml');
  let n = 0;
  const xml = Buffer.from(content.content as Uint8Array)
    .toString()
    .replace(/<table:table-row>/g, (tag) => {
      n++;
      if (n === 3) return '<table:table-row table:visibility="collapse">';
      if (n === 4) {
        const empty = '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>';
        return `${empty}<table:table-row table:number-rows-repeated="3"/>${tag}`;
      }
      if (n === 5) return '<table:table-row table:visibility="filter">';
      return tag;
    });
  content.content = Buffer.from(xml);
  content.size = content.content.length;
  return XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Buffer;
}

/**
 * An .xls whose row `hiddenRow` (from 0) is hidden, as Excel writes it: a ROW record (0x0208) with its height-zero
 * flag after the sheet's DIMENSIONS record. The library writes no ROW records, so the test adds one.
 */
function xlsWithHiddenRow(rows: unknown[][], hiddenRow: number): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'S');
  const cfb = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }), { type: 'buffer' });
  const stream = XLSX.CFB.find(cfb, 'Workbook');
  if (!stream) throw new Error('no Workbook stream');
  const data = Buffer.from(stream.content as Uint8Array);
  let at = 0;
  let afterDimensions = -1;
  while (at < data.length) {
    const id = data.readUInt16LE(at);
    at += 4 + data.readUInt16LE(at + 2);
    if (id === 0x0200) afterDimensions = at;
  }
  const record = Buffer.alloc(20);
  record.writeUInt16LE(0x0208, 0);
  record.writeUInt16LE(16, 2);
  record.writeUInt16LE(hiddenRow, 4);
  record.writeUInt16LE(rows[0].length, 8);
  record.writeUInt16LE(0xff, 10);
  record[16] = 0x20; // fDyZero: the row is hidden
  stream.content = Buffer.concat([data.subarray(0, afterDimensions), record, data.subarray(afterDimensions)]);
  stream.size = stream.content.length;
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}
