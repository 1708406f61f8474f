import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { AppError } from './errors.ts';
import type { SheetRows } from './spreadsheet.ts';
import {
  entryData,
  MAX_XLSX_INFLATED_BYTES,
  MAX_XLSX_STREAMED_SHEET_BYTES,
  partText,
  spreadsheetTooLarge,
  zipEntries,
} from './xlsx-zip.ts';

export type SheetRow = SheetRows['rows'][number];

/** The first sheet of an .xlsx file, read as a stream of rows. */
export interface XlsxRowSource {
  /**
   * The rows holding at least one filled cell, in sheet order, in batches of about `size` rows (the
   * first of them is the header row). The sheet is inflated and scanned as it goes, so memory stays
   * bounded by a batch whatever the sheet's length; each call reads the sheet again from its start.
   */
  batches(size: number): AsyncGenerator<SheetRow[]>;
  /**
   * About how many rows the sheet holds, for progress: what its <dimension> declares, else the rows read
   * so far scaled by the share of the file read; null before the first batch.
   */
  estimatedRows(): number | null;
}

/**
 * A fast streamed reader for the first sheet of an .xlsx file, for large imports: it unzips only the
 * parts it needs, keeps the small ones (workbook, styles, shared strings) and inflates the sheet as a
 * stream, scanning each piece of XML once, about ten times faster than a general spreadsheet library.
 * Cells come back as text as Excel shows them (shared and inline strings, numbers in General format,
 * date cells as YYYY-MM-DD, booleans as TRUE/FALSE). Returns null for anything it does not handle (not a
 * zip, ZIP64, an unusual compression, a missing part), so the caller falls back to readSheet.
 */
export function openXlsxRows(buf: Buffer, sheetCap = MAX_XLSX_STREAMED_SHEET_BYTES): XlsxRowSource | null {
  try {
    const entries = zipEntries(buf);
    if (!entries) return null;
    const budget = { left: MAX_XLSX_INFLATED_BYTES, cap: MAX_XLSX_INFLATED_BYTES };
    const text = (name: string) => partText(buf, entries, name, budget);
    const workbook = text('xl/workbook.xml');
    const rels = text('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return null;
    const sheetPath = firstSheetPath(workbook, rels);
    const sheet = sheetPath ? entries.get(sheetPath.toLowerCase()) : undefined;
    if (!sheet) return null;
    if (sheet.size === 0xffffffff || sheet.compressedSize === 0xffffffff) throw spreadsheetTooLarge(sheetCap);
    if (sheet.size > sheetCap) throw spreadsheetTooLarge(sheetCap);
    if (sheet.method !== 0 && sheet.method !== 8) return null;
    const data = entryData(buf, sheet);
    if (!data) return null;
    const ctx: CellContext = {
      strings: sharedStrings(text('xl/sharedStrings.xml') ?? ''),
      dates: dateStyleIndexes(text('xl/styles.xml') ?? ''),
      date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbook),
    };
    let declared: number | null = null;
    let lastRowNo = 0;
    const fed = { bytes: 0 };
    return {
      estimatedRows: () =>
        declared ??
        (fed.bytes ? Math.round((lastRowNo * data.length) / Math.min(fed.bytes, data.length)) : null),
      async *batches(size) {
        let rowNo = 0;
        let out: SheetRow[] = [];
        let first = true;
        for await (const xml of sheetPieces(data, sheet.method, sheetCap, fed)) {
          if (first) {
            const ref = /<(?:\w+:)?dimension\b[^>]*\bref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(xml)?.[1];
            declared = ref ? Number(ref) : null;
            first = false;
          }
          rowNo = scanRows(xml, ctx, rowNo, out);
          lastRowNo = rowNo;
          if (out.length >= size) {
            yield out;
            out = [];
          }
        }
        if (out.length) yield out;
      },
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    return null;
  }
}

const FEED_BYTES = 1024 * 1024;

/**
 * The sheet's XML in pieces that each end after a complete row (the last piece holds the rest), so no
 * row is cut in two. Inflates as it goes and refuses (SPREADSHEET_TOO_LARGE) past `cap` bytes.
 */
async function* sheetPieces(
  data: Buffer,
  method: number,
  cap: number,
  fed: { bytes: number },
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let inflated = 0;
  const feed = function* () {
    for (let i = 0; i < data.length; i += FEED_BYTES) {
      fed.bytes = i + FEED_BYTES;
      yield data.subarray(i, i + FEED_BYTES);
    }
  };
  const source = Readable.from(feed(), { objectMode: false });
  const chunks = method === 8 ? source.pipe(createInflateRaw({ chunkSize: 256 * 1024 })) : source;
  try {
    for await (const chunk of chunks as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > cap) throw spreadsheetTooLarge(cap);
      pending += decoder.write(chunk);
      const end = lastRowEnd(pending);
      if (end > 0) {
        yield pending.slice(0, end);
        pending = pending.slice(end);
      }
    }
  } finally {
    source.destroy();
    if (chunks !== source) (chunks as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  pending += decoder.end();
  if (pending) yield pending;
}

/** The index just past the last complete `</row>` (any namespace prefix) in `xml`, or -1. */
function lastRowEnd(xml: string): number {
  let at = xml.lastIndexOf('row>');
  while (at > 0) {
    const open = xml.lastIndexOf('<', at);
    if (open >= 0 && /^<\/(?:\w+:)?$/.test(xml.slice(open, at))) return at + 4;
    at = xml.lastIndexOf('row>', at - 1);
  }
  return -1;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

function firstSheetPath(workbook: string, rels: string): string | null {
  const sheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook);
  const rid = sheet && /\br:id="([^"]*)"|\bid="([^"]*)"/.exec(sheet[1]);
  const id = rid?.[1] ?? rid?.[2];
  if (!id) return null;
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    if (attr(m[1], 'Id') !== id) continue;
    const target = attr(m[1], 'Target');
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITIES[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

const SIMPLE_OPEN = '<is><t>';
const SIMPLE_CLOSE = '</t></is>';

/** The text of a string item: its <t> runs, without phonetic (<rPh>) runs. */
function itemText(xml: string): string {
  // the shape almost every inline string has, one plain run, read without a regular expression
  if (xml.startsWith(SIMPLE_OPEN) && xml.endsWith(SIMPLE_CLOSE)) {
    const text = xml.slice(SIMPLE_OPEN.length, -SIMPLE_CLOSE.length);
    if (!text.includes('<')) return unescapeXml(text);
  }
  const body = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\/>/g)) {
    out.push(m[1] === undefined ? '' : itemText(m[1]));
  }
  return out;
}

const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** Indexes (the `s` of a cell) of the cell formats that show a date. */
function dateStyleIndexes(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attr(m[1], 'numFmtId'));
    const code = unescapeXml(attr(m[1], 'formatCode') ?? '');
    custom.set(id, code);
  }
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return DATE_FORMAT_IDS.has(id);
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[yd]/i.test(bare) || (/m/i.test(bare.replace(/\bAM\/PM\b/gi, '')) && !/[0#?]/.test(bare));
  };
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out = new Set<number>();
  let i = 0;
  for (const m of xfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(\/>|>)/g)) {
    if (isDate(Number(attr(m[1], 'numFmtId') ?? 0))) out.add(i);
    i++;
  }
  return out;
}

function serialToDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** A number as Excel's General format shows it: up to 11 characters, else scientific (1.10113E+17). */
function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const fixed = String(Number(n.toPrecision(10)));
  if (fixed.length <= 11 && !fixed.includes('e')) return fixed;
  const [mantissa, exp] = n.toExponential(5).split('e');
  const m = mantissa.replace(/\.?0+$/, '');
  const e = Number(exp);
  return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

const ROW_RE = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL_RE = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V_RE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;

interface CellContext {
  strings: string[];
  dates: Set<number>;
  date1904: boolean;
}

function cellText(attrs: string, inner: string | undefined, { strings, dates, date1904 }: CellContext) {
  if (inner === undefined) return '';
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return itemText(inner);
  const v = V_RE.exec(inner)?.[1];
  if (v === undefined) return '';
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'str':
    case 'e':
      return unescapeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.slice(0, 10);
    default: {
      const n = Number(v);
      if (!Number.isFinite(n)) return unescapeXml(v);
      const style = Number(attr(attrs, 's') ?? 0);
      return dates.has(style) ? serialToDate(n, date1904) : generalNumber(n);
    }
  }
}

/**
 * Appends the rows of a piece of sheet XML that hold a filled cell to `out`; returns the last row number
 * seen (rows without an `r` attribute follow the previous one).
 */
function scanRows(xml: string, ctx: CellContext, lastRowNo: number, out: SheetRow[]): number {
  let rowNo = lastRowNo;
  for (const row of xml.matchAll(ROW_RE)) {
    const r = attr(row[1], 'r');
    rowNo = r ? Number(r) : rowNo + 1;
    if (row[2] === undefined) continue;
    const cells: string[] = [];
    let col = -1;
    for (const c of row[2].matchAll(CELL_RE)) {
      const ref = attr(c[1], 'r');
      col = ref ? columnIndex(ref) : col + 1;
      const text = cellText(c[1], c[2], ctx).trim();
      if (text) {
        while (cells.length < col) cells.push('');
        cells[col] = text;
      }
    }
    if (cells.length) out.push({ rowNo, cells });
  }
  return rowNo;
}
