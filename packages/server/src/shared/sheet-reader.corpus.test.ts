import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from './sheet-reader.ts';

/**
 * Real spreadsheet files from other producers (Excel for Windows/Mac, Excel Online, LibreOffice, WPS, Gnumeric,
 * openpyxl, Apache POI) and LibreOffice-made rosters, each read as every import reads it. The expected readings
 * were derived with LibreOffice and by reading the files' XML, not with this reader: see
 * test/fixtures/sheets/SOURCES.md.
 */
const DIR = join(import.meta.dirname, '../../test/fixtures/sheets');

interface ExpectedReading {
  format: string;
  encoding?: string | null;
  sheetName: string | null;
  headerRowNo: number;
  headers: string[];
  rowCount: number;
  rows: { rowNo: number; cells: string[] }[];
}

const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  ExpectedReading
>;

/** Trailing empty cells are not significant: a row may stop at its last filled cell. */
function trimEnd(cells: string[]): string[] {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

describe('readSheet over the fixture corpus', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(file, async () => {
      const got = await readSheet(readFileSync(join(DIR, file)), file);
      expect(got.format).toBe(want.format);
      expect(got.encoding).toBe(want.format === 'csv' ? want.encoding : null);
      expect(got.sheetName).toBe(want.sheetName);
      expect(got.headerRowNo).toBe(want.headerRowNo);
      expect(trimEnd(got.headers)).toEqual(want.headers);
      expect(got.rows.length).toBe(want.rowCount);
      const firstRows = got.rows
        .slice(0, want.rows.length)
        .map((row) => ({ rowNo: row.rowNo, cells: trimEnd(row.cells) }));
      expect(firstRows).toEqual(want.rows);
    });
  }
});
