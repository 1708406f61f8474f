import { AppError } from './errors.ts';
import { mergeFiller } from './sheet-merges.ts';
import type { SheetRows } from './spreadsheet.ts';
import { type CellContext, dateStyleIndexes, scanRows, sharedStrings } from './xlsx-cells.ts';
import { columnMerges } from './xlsx-merges.ts';
import { sheetPieces } from './xlsx-pieces.ts';
import { attr, Elements, unescapeXml } from './xlsx-xml.ts';
import {
  entryData,
  MAX_XLSX_INFLATED_BYTES,
  MAX_XLSX_STREAMED_SHEET_BYTES,
  partText,
  spreadsheetTooLarge,
  zipEntries,
} from './xlsx-zip.ts';

export { generalNumber, MAX_SHARED_STRINGS_BYTES } from './xlsx-cells.ts';
export { MAX_ROW_XML_CHARS } from './xlsx-pieces.ts';
export { unescapeXml } from './xlsx-xml.ts';

export type SheetRow = SheetRows['rows'][number];

/** One sheet of an .xlsx file, read as a stream of rows. */
export interface XlsxRowSource {
  /**
   * The rows holding at least one filled cell, in sheet order, in batches of about `size` rows. The sheet
   * is inflated and scanned as it goes, so memory stays bounded by a batch whatever the sheet's length;
   * each call reads the sheet again from its start.
   */
  batches(size: number): AsyncGenerator<SheetRow[]>;
  /**
   * About how many rows the sheet holds, for progress: the rows read so far scaled by the share of the
   * file read; null before the first batch. (A sheet's declared <dimension> is never trusted: files that
   * declare A1:XFD1048576 or A1:G30 for 50 rows are common.)
   */
  estimatedRows(): number | null;
}

/** A worksheet of a workbook, in the workbook's order. */
export interface XlsxSheet {
  name: string;
  /** Hidden or very hidden in Excel: a clerk cannot see it. */
  hidden: boolean;
  /** Its rows; null when its part is missing or stored in a way this reader does not read. */
  rows: XlsxRowSource | null;
}

/**
 * A fast streamed reader for the worksheets of an .xlsx file, for imports of any size: it unzips only the
 * parts it needs, keeps the small ones (workbook, styles, shared strings) and inflates a sheet as a stream,
 * scanning each piece of XML once. Cells come back as text as Excel shows them (shared and inline strings,
 * numbers in General format, date cells as YYYY-MM-DD, booleans as TRUE/FALSE). Returns null for anything it
 * does not handle (not a zip, ZIP64, no workbook part), so the caller reads the file another way.
 */
export function openXlsxWorkbook(
  buf: Buffer,
  sheetCap = MAX_XLSX_STREAMED_SHEET_BYTES,
  { formulas = false }: { formulas?: boolean } = {},
): { sheets: XlsxSheet[] } | null | 'damaged' {
  try {
    const entries = zipEntries(buf);
    if (!entries) return null;
    const budget = { left: MAX_XLSX_INFLATED_BYTES, cap: MAX_XLSX_INFLATED_BYTES };
    const text = (name: string) => partText(buf, entries, name, budget);
    const workbook = text('xl/workbook.xml');
    const rels = text('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return null;
    let ctx: Promise<CellContext> | null = null;
    const context = () => {
      ctx ??= (async () => ({
        strings: await sharedStrings(buf, entries.get('xl/sharedstrings.xml'), sheetCap),
        dates: dateStyleIndexes(text('xl/styles.xml') ?? ''),
        date1904: date1904(workbook),
        formulas,
      }))();
      return ctx;
    };
    const sheets = workbookSheets(workbook, rels).map(({ name, hidden, path }) => {
      const entry = path ? entries.get(path.toLowerCase()) : undefined;
      let rows: XlsxRowSource | null = null;
      if (entry && (entry.method === 0 || entry.method === 8)) {
        if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
          throw spreadsheetTooLarge(sheetCap);
        if (entry.size > sheetCap) throw spreadsheetTooLarge(sheetCap);
        const data = entryData(buf, entry);
        if (data) rows = sheetRows(data, entry.method, sheetCap, context);
      }
      return { name, hidden, rows };
    });
    return { sheets };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // a part that does not inflate: the file was damaged (in transit, or cut short), not another format
    if (/^Z_/.test(String((err as { code?: unknown }).code ?? ''))) return 'damaged';
    return null;
  }
}

function sheetRows(
  data: Buffer,
  method: number,
  sheetCap: number,
  context: () => Promise<CellContext>,
): XlsxRowSource {
  let lastRowNo = 0;
  const fed = { bytes: 0 };
  let merges: ReturnType<typeof columnMerges> | null = null;
  return {
    estimatedRows: () =>
      fed.bytes ? Math.round((lastRowNo * data.length) / Math.min(fed.bytes, data.length)) : null,
    async *batches(size) {
      const ctx = await context();
      merges ??= columnMerges(data, method, sheetCap);
      const fill = mergeFiller(await merges);
      let rowNo = 0;
      let out: SheetRow[] = [];
      for await (const xml of sheetPieces(data, method, sheetCap, fed)) {
        const from = out.length;
        rowNo = scanRows(xml, ctx, rowNo, out);
        fill(out, from);
        lastRowNo = rowNo;
        if (out.length >= size) {
          yield out;
          out = [];
        }
      }
      if (out.length) yield out;
    },
  };
}

/** The workbook's sheets in order, with their part's path inside the zip. */
function workbookSheets(
  workbook: string,
  rels: string,
): { name: string; hidden: boolean; path: string | null }[] {
  const targets = new Map<string, string>();
  const rel = new Elements(rels, 'Relationship');
  for (let at = 0; rel.next(at, rels.length); at = rel.after) {
    const attrs = rel.attrs();
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id && target) {
      const t = unescapeXml(target);
      targets.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t.replace(/^\.\//, '')}`);
    }
  }
  const out: { name: string; hidden: boolean; path: string | null }[] = [];
  const sheet = new Elements(workbook, 'sheet');
  for (let at = 0; sheet.next(at, workbook.length); at = sheet.after) {
    const attrs = sheet.attrs();
    const id = /\b(?:\w+:)?id=(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    const rid = id ? (id[1] ?? id[2]) : undefined;
    const state = attr(attrs, 'state');
    out.push({
      name: unescapeXml(attr(attrs, 'name') ?? ''),
      hidden: state === 'hidden' || state === 'veryHidden',
      path: (rid && targets.get(rid)) || null,
    });
  }
  return out;
}

/** Whether the workbook counts days from 1904 (old Excel for Mac). */
function date1904(workbook: string): boolean {
  const pr = new Elements(workbook, 'workbookPr');
  if (!pr.next(0, workbook.length)) return false;
  const v = attr(pr.attrs(), 'date1904');
  return v === '1' || v === 'true';
}
