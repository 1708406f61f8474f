import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { oneSheetBook } from '../../test/zip-parts.ts';
import { textRows } from './sheet-text.ts';
import { openXlsxWorkbook } from './xlsx-reader.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = 20_000;
const idOf = (i: number) => `110101199001${String(i).padStart(6, '0')}`;
/** A long cell beside each ID number: what makes a row's XML far larger than the text kept from it. */
const NOTE = '职工之家建设情况说明'.repeat(40);

/** The first cell of every row, the workbook let go once they are read. */
async function firstCells(file: Buffer): Promise<string[]> {
  const book = openXlsxWorkbook(file);
  const rows =
    book && book !== 'damaged' ? book.sheets[0].rows : file[0] === 0x31 ? textRows(file, 'utf-8', ',') : null;
  if (!rows) throw new Error('not read');
  const kept: string[] = [];
  for await (const batch of rows.batches(1000)) for (const r of batch) kept.push(r.cells[0]);
  return kept;
}

/** A full collection once the turn that made the garbage is over. */
const collect = async () => {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
};

const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;

/** The heap still used, after a full collection, by the first cell of every row kept while the rest is let go. */
async function heapKeptByFirstCells(file: Buffer): Promise<{ kept: string[]; mb: number }> {
  await collect();
  const before = process.memoryUsage().heapUsed;
  const kept = await firstCells(file);
  await collect();
  return { kept, mb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 };
}

/** Each row an ID number and a long note, as inline strings. */
function inlineBook(): Buffer {
  const sheet = Array.from(
    { length: ROWS },
    (_, i) => `<row r="${i + 1}">${inline(idOf(i))}${inline(NOTE)}</row>`,
  );
  return oneSheetBook(`<worksheet><sheetData>${sheet.join('')}</sheetData></worksheet>`);
}

/** The same as shared strings, as Excel saves them. */
function sharedBook(): Buffer {
  const strings = Array.from(
    { length: ROWS },
    (_, i) => `<si><t>${idOf(i)}</t></si><si><t>${i}${NOTE}</t></si>`,
  );
  const sheet = Array.from(
    { length: ROWS },
    (_, i) => `<row r="${i + 1}"><c t="s"><v>${2 * i}</v></c><c t="s"><v>${2 * i + 1}</v></c></row>`,
  );
  return oneSheetBook(`<worksheet><sheetData>${sheet.join('')}</sheetData></worksheet>`, {
    'xl/sharedStrings.xml': `<sst>${strings.join('')}</sst>`,
  });
}

// The heap is measured in a process other test files share (the suite runs them unisolated): work one of them left
// running can allocate during the measurement. A cell holding its sheet holds it every time, so a second or third
// try that comes out small is the true figure, not a lucky one.
describe('the text of a cell kept from a large sheet', { retry: 2 }, () => {
  it('holds only itself, not the piece of sheet XML it was read from', async () => {
    const { kept, mb } = await heapKeptByFirstCells(inlineBook());
    expect(kept).toHaveLength(ROWS);
    expect(kept[12_345]).toBe(idOf(12_345));
    // the rows' XML is ≈ 17 MB as text; 20,000 numbers of 18 characters are well under 3 MB
    expect(mb).toBeLessThan(6);
  });

  it('holds only itself, not the shared strings it was read from', async () => {
    const { kept, mb } = await heapKeptByFirstCells(sharedBook());
    expect(kept[19_999]).toBe(idOf(19_999));
    expect(mb).toBeLessThan(6);
  });

  it('holds only itself, not the piece of a CSV file it was read from', async () => {
    const csv = () => Buffer.from(Array.from({ length: ROWS }, (_, i) => `${idOf(i)},${NOTE}\n`).join(''));
    const { kept, mb } = await heapKeptByFirstCells(csv());
    expect(kept[7]).toBe(idOf(7));
    expect(mb).toBeLessThan(6);
  });
});
