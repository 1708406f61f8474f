import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';
import { formatShows, serialToMoment } from './sheet-dates.ts';
import { type ColumnMerge, mergeFiller } from './sheet-merges.ts';
import type { SheetRow } from './xlsx-reader.ts';
import { generalNumber, unescapeXml } from './xlsx-reader.ts';
import { checkInflatedSize, MAX_XLSX_INFLATED_BYTES, partText, zipEntries } from './xlsx-zip.ts';

/**
 * Whether a file the library could not read is protected by a password: an encrypted workbook (Excel keeps it in a
 * compound file holding an `EncryptedPackage` stream) or a legacy workbook the library names as password-protected.
 * A damaged zip, which the library reports as "unsupported ZIP encryption", is not.
 */
function isEncrypted(buf: Uint8Array, message: string): boolean {
  if (/password/i.test(message)) return true;
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(ENCRYPTED_PACKAGE);
}

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * The worker thread that reads the spreadsheets the streaming reader cannot (.xls, .ods, SpreadsheetML 2003,
 * HTML tables saved as .xls, an .xlsx the streaming reader does not understand) with the spreadsheet
 * library. It runs off the server's event loop with its own memory limit (sheet-reader.ts), so a file that
 * costs the library minutes or gigabytes costs only this thread, which is then ended.
 */
export interface WorkerInput {
  buf: Uint8Array;
  /** The most the parts of a zipped file (.ods, .xlsx) may inflate to together. */
  maxInflated: number;
  /** The most rows read of each sheet (the library's sheetRows): past it the sheet is reported as cut. */
  rowLimit: number;
}

export interface WorkerSheet {
  name: string;
  hidden: boolean;
  rows: SheetRow[];
  /** The sheet has rows past `rowLimit`. */
  cut: boolean;
}

export type WorkerOutput =
  | { ok: true; sheets: WorkerSheet[] }
  | { ok: false; reason: 'too_large' }
  | { ok: false; reason: 'encrypted' | 'unreadable'; message: string };

type Cell = { t?: string; v?: unknown; w?: string; z?: unknown };

function cellText(cell: Cell | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n': {
      const n = Number(cell.v);
      if (!Number.isFinite(n)) return cell.w ?? '';
      return typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z)
        ? serialToMoment(n, date1904, formatShows(cell.z) ?? 'day')
        : generalNumber(n);
    }
    case 'd':
      return cell.v instanceof Date ? localDay(cell.v) : String(cell.v ?? '').slice(0, 10);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '';
    case 'z':
      return '';
    default:
      return String(cell.v ?? cell.w ?? '');
  }
}

/** The library builds dates in the process's time zone; the calendar day is read back the same way. */
const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * What an .ods file hides, which the library reads like the rest: its hidden tables (their table style says
 * display="false") and, by table, the rows hidden by hand or by a filter (table:visibility="collapse" or "filter",
 * numbered from 1 as the library numbers them, a repeated row counted as often as it repeats, up to `rowLimit`).
 */
function odsHidden(buf: Buffer, rowLimit: number): { tables: Set<string>; rows: Map<string, Set<number>> } {
  const out = { tables: new Set<string>(), rows: new Map<string, Set<number>>() };
  const entries = zipEntries(buf);
  if (!entries?.has('content.xml')) return out;
  const budget = { left: MAX_XLSX_INFLATED_BYTES, cap: MAX_XLSX_INFLATED_BYTES };
  const xml = partText(buf, entries, 'content.xml', budget) ?? '';
  const styles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b([^>]*)>([\s\S]*?)<\/style:style>/g)) {
    const name = /style:name="([^"]*)"/.exec(m[1])?.[1];
    if (name && /style:family="table"/.test(m[1]) && /table:display="false"/.test(m[2])) styles.add(name);
  }
  for (const m of xml.matchAll(/<table:table(?=[\s>])([^>]*)>([\s\S]*?)<\/table:table>/g)) {
    const name = /table:name="([^"]*)"/.exec(m[1])?.[1];
    if (!name) continue;
    const style = /table:style-name="([^"]*)"/.exec(m[1])?.[1];
    if (style && styles.has(style)) out.tables.add(unescapeXml(name));
    const hidden = new Set<number>();
    let rowNo = 0;
    for (const r of m[2].matchAll(/<table:table-row(?=[\s/>])([^>]*)>/g)) {
      // the library moves to the next row at a row's end tag, so a row closed in its own tag takes no number there
      if (r[1].endsWith('/')) continue;
      const count = Number(/table:number-rows-repeated="(\d+)"/.exec(r[1])?.[1] ?? 1);
      if (/table:visibility="(collapse|filter)"/.test(r[1])) {
        for (let n = rowNo + 1; n <= Math.min(rowNo + count, rowLimit); n++) hidden.add(n);
      }
      rowNo += count;
      if (rowNo >= rowLimit) break;
    }
    if (hidden.size) out.rows.set(unescapeXml(name), hidden);
  }
  return out;
}

export function readWithLibrary({ buf, rowLimit, maxInflated }: WorkerInput): WorkerOutput {
  let wb: XLSX.WorkBook;
  try {
    checkInflatedSize(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), maxInflated);
  } catch {
    return { ok: false, reason: 'too_large' };
  }
  try {
    wb = XLSX.read(buf, {
      type: 'buffer',
      dense: true,
      sheetRows: rowLimit + 1,
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: isEncrypted(buf, message) ? 'encrypted' : 'unreadable', message };
  }
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const ods = odsHidden(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), rowLimit);
  const sheets = wb.SheetNames.map((name, i): WorkerSheet => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet & { '!data'?: (Cell[] | undefined)[] };
    const data = ws?.['!data'] ?? [];
    const rows: SheetRow[] = [];
    // the rows that are there, never the declared range: a sheet may declare less (or far more) than it holds
    data.forEach((row, r) => {
      if (!row || r >= rowLimit) return;
      const cells: string[] = [];
      row.forEach((cell, c) => {
        const text = cellText(cell, date1904).replace(/\r\n?/g, '\n').trim();
        if (!text) return;
        while (cells.length < c) cells.push('');
        cells[c] = text;
      });
      if (!cells.length) return;
      const hidden = ws['!rows']?.[r]?.hidden || ods.rows.get(name)?.has(r + 1);
      rows.push(hidden ? { rowNo: r + 1, cells, hidden: true } : { rowNo: r + 1, cells });
    });
    mergeFiller(columnMergesOf(ws['!merges']))(rows, 0);
    return {
      name,
      hidden: !!wb.Workbook?.Sheets?.[i]?.Hidden || ods.tables.has(name),
      rows,
      cut: data.length > rowLimit,
    };
  });
  return { ok: true, sheets };
}

/** The library's merges that run down one column, as the streamed reader finds them in an .xlsx (sheet-merges.ts). */
function columnMergesOf(merges: XLSX.Range[] | undefined): ColumnMerge[] {
  return (merges ?? [])
    .filter((m) => m.s.c === m.e.c && m.e.r > m.s.r)
    .map((m) => ({ col: m.s.c, top: m.s.r + 1, bottom: m.e.r + 1 }))
    .sort((a, b) => a.top - b.top);
}

if (parentPort && workerData) parentPort.postMessage(readWithLibrary(workerData as WorkerInput));
