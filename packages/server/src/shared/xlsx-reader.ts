import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { AppError } from './errors.ts';
import {
  BUILTIN_MOMENT_IDS,
  DATE_FORMAT_IDS,
  type DateShows,
  formatShows,
  serialToMoment,
} from './sheet-dates.ts';
import type { SheetRows } from './spreadsheet.ts';
import {
  entryData,
  MAX_XLSX_INFLATED_BYTES,
  MAX_XLSX_STREAMED_SHEET_BYTES,
  partText,
  spreadsheetTooLarge,
  type ZipEntry,
  zipEntries,
} from './xlsx-zip.ts';

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
  return {
    estimatedRows: () =>
      fed.bytes ? Math.round((lastRowNo * data.length) / Math.min(fed.bytes, data.length)) : null,
    async *batches(size) {
      const ctx = await context();
      let rowNo = 0;
      let out: SheetRow[] = [];
      for await (const xml of sheetPieces(data, method, sheetCap, fed)) {
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
}

const FEED_BYTES = 1024 * 1024;
/**
 * The longest stretch of sheet XML without a row's start that is held while reading: a row of 16,384 cells
 * of long text is far below it; past it the file is refused.
 */
export const MAX_ROW_XML_CHARS = 64 * 1024 * 1024;

const rowTooLong = () =>
  new AppError('too_large', 'SPREADSHEET_ROW_TOO_LARGE', {
    zh: `表格中有一行超过 ${MAX_ROW_XML_CHARS / 1024 / 1024} MB，无法读取；请检查文件是否损坏，或另存为新文件后重试`,
    en: `A row of the sheet is larger than ${MAX_ROW_XML_CHARS / 1024 / 1024} MB and cannot be read; check that the file is not damaged, or save it as a new file and try again`,
  });

/**
 * The sheet's XML in pieces that each end just before a row's start tag (the last piece holds the rest), so
 * no row is cut in two, whether rows end with `</row>` or are empty `<row/>`s. Inflates as it goes and refuses
 * (SPREADSHEET_TOO_LARGE) past `cap` bytes. Linear in the sheet: each chunk of text is searched once, and the
 * text between two cuts is kept as a list of chunks joined once, never a string grown and searched again (a
 * long stretch without a row's start would otherwise be copied for every chunk).
 */
async function* sheetPieces(
  data: Buffer,
  method: number,
  cap: number,
  fed: { bytes: number },
  element = 'row',
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let held: string[] = [];
  let heldChars = 0;
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
      const text = decoder.write(chunk);
      const cut = lastStartTag(text, element);
      if (cut > 0) {
        held.push(text.slice(0, cut));
        yield held.join('');
        held = [text.slice(cut)];
        heldChars = text.length - cut;
      } else {
        held.push(text);
        heldChars += text.length;
        if (heldChars > MAX_ROW_XML_CHARS) throw rowTooLong();
      }
    }
  } finally {
    source.destroy();
    if (chunks !== source) (chunks as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  held.push(decoder.end());
  const rest = held.join('');
  if (rest) yield rest;
}

const NAME_CHAR = /[\w.-]/;

/**
 * Where the last start tag of `element` (`<row …>`, `<row/>`, `<x:row>`; any namespace prefix) begins in
 * `text`, or -1. A tag cut between two chunks is not seen; the cut is then made at an earlier row.
 */
function lastStartTag(text: string, element: string): number {
  let at = text.lastIndexOf(element);
  while (at > 0) {
    const after = text[at + element.length];
    if (
      after === '>' ||
      after === '/' ||
      after === ' ' ||
      after === '\t' ||
      after === '\n' ||
      after === '\r'
    ) {
      const before = text[at - 1];
      if (before === '<') return at - 1;
      if (before === ':') {
        let k = at - 2;
        while (k >= 0 && NAME_CHAR.test(text[k])) k--;
        if (k >= 0 && k < at - 2 && text[k] === '<') return k;
      }
    }
    at = text.lastIndexOf(element, at - 1);
  }
  return -1;
}

const ATTRS = new Map<string, RegExp>();
/** An attribute's value, in double or single quotes. */
const attr = (attrs: string, name: string) => {
  let re = ATTRS.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)')`);
    ATTRS.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
};

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML character data as text: entities and Excel's `_xHHHH_` escapes decoded, CDATA sections unwrapped, and
 * line ends as an XML reader gives them (a literal CR LF or CR is LF).
 */
export function unescapeXml(s: string): string {
  if (s.includes('<![CDATA[')) {
    let out = '';
    let at = 0;
    for (;;) {
      const open = s.indexOf('<![CDATA[', at);
      if (open < 0) break;
      const close = s.indexOf(']]>', open + 9);
      const end = close < 0 ? s.length : close;
      out += unescapeXml(s.slice(at, open)) + s.slice(open + 9, end).replace(/\r\n?/g, '\n');
      at = close < 0 ? s.length : close + 3;
    }
    return out + unescapeXml(s.slice(at));
  }
  if (!s.includes('&') && !s.includes('_x') && !s.includes('\r')) return s;
  // literal line ends first, as an XML reader sees them; then those the escapes spell (_x000D_ before a LF)
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITIES[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\r\n?/g, '\n');
}

const SIMPLE_OPEN = '<is><t>';
const SIMPLE_CLOSE = '</t></is>';

/** The scans of the string items in one text: their runs (<t>) and phonetic runs (<rPh>). */
interface Runs {
  t: Elements;
  ph: Elements;
}
const runsOf = (xml: string): Runs => ({ t: new Elements(xml, 't'), ph: new Elements(xml, 'rPh') });

/**
 * The text of a string item, the content [from, to) of an <si> or an inline string's cell: its <t> runs,
 * without phonetic (<rPh>) runs. `runs` scan the same text, items after items.
 */
function itemText(xml: string, from: number, to: number, runs: Runs): string {
  // the shapes almost every string has, one plain run, read without a scan
  for (const [open, close] of SIMPLE) {
    if (xml.startsWith(open, from) && xml.startsWith(close, to - close.length)) {
      const end = to - close.length;
      if (end >= from + open.length && xml.indexOf('<', from + open.length) === end)
        return unescapeXml(xml.slice(from + open.length, end));
    }
  }
  const { t, ph } = runs;
  // the phonetic run at or after the last <t> seen: [phAt, phAfter), or none (phAt -1)
  let phAt = -1;
  let phAfter = from;
  let out = '';
  for (let at = from; t.next(at, to); at = t.after) {
    while (phAfter <= t.at) {
      if (ph.next(phAfter, to)) {
        phAt = ph.at;
        phAfter = ph.after;
      } else {
        phAt = -1;
        phAfter = to + 1;
      }
    }
    if (phAt >= 0 && phAt <= t.at) continue;
    if (t.start >= 0) out += xml.slice(t.start, t.stop);
  }
  return unescapeXml(out);
}
const SIMPLE: [string, string][] = [
  ['<t>', '</t>'],
  [SIMPLE_OPEN, SIMPLE_CLOSE],
];

/**
 * The most the shared strings of a workbook may inflate to: they are held whole while its sheet is read (a
 * million members' names and unions take well under 100 MB); past it the file is refused with a clear error.
 */
export const MAX_SHARED_STRINGS_BYTES = 200 * 1024 * 1024;

const stringsTooLarge = (cap: number) => {
  const mb = Math.round(cap / 1024 / 1024);
  return new AppError(
    'too_large',
    'SPREADSHEET_STRINGS_TOO_LARGE',
    {
      zh: `表格中的文字（共享字符串）解压后超过 ${mb} MB，无法读取；请删去无用的工作表和内容，或拆成几个文件分批导入`,
      en: `The text of the workbook (its shared strings) inflates to more than ${mb} MB and cannot be read; remove unneeded sheets and content, or split it into several files`,
    },
    { maxSharedStringsBytes: cap },
  );
};

/**
 * The shared strings, inflated and read piece by piece like a sheet (a million-row roster's table is tens
 * of megabytes): the server's other requests are served between the pieces.
 */
async function sharedStrings(buf: Buffer, entry: ZipEntry | undefined, sheetCap: number): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  const cap = Math.min(sheetCap, MAX_SHARED_STRINGS_BYTES);
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.size > cap)
    throw stringsTooLarge(cap);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`compression ${entry.method}`);
  const data = entryData(buf, entry);
  if (!data) throw new Error('no local header');
  try {
    for await (const xml of sheetPieces(data, entry.method, cap, { bytes: 0 }, 'si')) {
      const si = new Elements(xml, 'si');
      const runs = runsOf(xml);
      for (let at = 0; si.next(at, xml.length); at = si.after) {
        out.push(si.start < 0 ? '' : own(itemText(xml, si.start, si.stop, runs)));
      }
    }
  } catch (err) {
    // a part that inflates past what its header declares
    if (err instanceof AppError && err.code === 'SPREADSHEET_TOO_LARGE') throw stringsTooLarge(cap);
    throw err;
  }
  return out;
}

/** Indexes (the `s` of a cell) of the cell formats that show a date, with what they show of the time. */
function dateStyleIndexes(xml: string): Map<number, DateShows> {
  const custom = new Map<number, string>();
  const fmt = new Elements(xml, 'numFmt');
  for (let at = 0; fmt.next(at, xml.length); at = fmt.after) {
    const attrs = fmt.attrs();
    const id = Number(attr(attrs, 'numFmtId'));
    const code = unescapeXml(attr(attrs, 'formatCode') ?? '');
    custom.set(id, code);
  }
  const shows = (id: number): DateShows | null => {
    const code = custom.get(id);
    if (code === undefined)
      return DATE_FORMAT_IDS.has(id) ? (BUILTIN_MOMENT_IDS.has(id) ? 'minute' : 'day') : null;
    return formatShows(code);
  };
  const out = new Map<number, DateShows>();
  const xfs = new Elements(xml, 'cellXfs');
  if (!xfs.next(0, xml.length) || xfs.start < 0) return out;
  const xf = new Elements(xml, 'xf');
  let i = 0;
  for (let at = xfs.start; xf.next(at, xfs.stop); at = xf.after) {
    const kind = shows(Number(attr(xf.attrs(), 'numFmtId') ?? 0));
    if (kind) out.set(i, kind);
    i++;
  }
  return out;
}

/** A number as Excel's General format shows it: up to 11 characters, else scientific (1.10113E+17). */
export function generalNumber(n: number): string {
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

interface CellContext {
  strings: string[];
  dates: Map<number, DateShows>;
  date1904: boolean;
}

/**
 * A text read out of a piece of XML as a string of its own. V8 keeps a slice of 13 characters or more as a view
 * of the string it was cut from: a cell's text held after its piece was read (an import's rows gathered across
 * the file) would hold the whole piece, tens of kilobytes, alive. Short texts are copies already.
 */
const own = (s: string) => (s.length < 13 ? s : ` ${s}`.slice(1));

/** The scans of one piece of sheet XML: its rows, their cells, the cells' values. */
interface PieceScans {
  xml: string;
  rows: Elements;
  cells: Elements;
  values: Elements;
  runs: Runs;
}

/** The text of the cell the scans' `cells` stand on. */
function cellText(scans: PieceScans, { strings, dates, date1904 }: CellContext) {
  const { xml, cells, values } = scans;
  if (cells.start < 0) return '';
  const attrs = cells.attrs();
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return own(itemText(xml, cells.start, cells.stop, scans.runs));
  // <v></v> and <v/> hold no value: an empty cell, not 0
  if (!values.next(cells.start, cells.stop) || values.start < 0 || values.start === values.stop) return '';
  const v = xml.slice(values.start, values.stop);
  switch (type) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'n':
    case undefined:
      break;
    case 'str':
    case 'e':
      return unescapeXml(v);
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.slice(0, 10);
    default:
      return unescapeXml(v);
  }
  const n = Number(v);
  if (!Number.isFinite(n)) return unescapeXml(v);
  const style = Number(attr(attrs, 's') ?? 0);
  const shows = dates.get(style);
  return shows ? serialToMoment(n, date1904, shows) : generalNumber(n);
}

/**
 * Appends the rows of a piece of sheet XML that hold a filled cell to `out`; returns the last row number
 * seen (rows without an `r` attribute follow the previous one).
 */
function scanRows(xml: string, ctx: CellContext, lastRowNo: number, out: SheetRow[]): number {
  const scans: PieceScans = {
    xml,
    rows: new Elements(xml, 'row'),
    cells: new Elements(xml, 'c'),
    values: new Elements(xml, 'v'),
    runs: runsOf(xml),
  };
  const { rows, cells } = scans;
  let rowNo = lastRowNo;
  for (let at = 0; rows.next(at, xml.length); at = rows.after) {
    const r = attr(rows.attrs(), 'r');
    rowNo = r ? Number(r) : rowNo + 1;
    if (rows.start < 0) continue;
    const row: string[] = [];
    let col = -1;
    for (let c = rows.start; cells.next(c, rows.stop); c = cells.after) {
      const ref = attr(cells.attrs(), 'r');
      col = ref ? columnIndex(ref) : col + 1;
      const text = cellText(scans, ctx).trim();
      if (text) {
        while (row.length < col) row.push('');
        row[col] = text;
      }
    }
    if (row.length) out.push({ rowNo, cells: row });
  }
  return rowNo;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
/** A character of an XML name's prefix (letters, digits, _ . -). */
const isNameCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;

/**
 * A search for a string in a text, left to right, that remembers its last answer: asked again from a place
 * at or before that answer, it gives it without searching. `accept` turns a place where the string is found
 * into the position it stands for (or -1 to search on).
 */
class Finder {
  private from = -1;
  private hit = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
    private readonly accept: (at: number) => number,
  ) {}

  /** The first accepted position at or after `from`, or -1. */
  next(from: number): number {
    if (this.from >= 0 && from >= this.from && (this.hit < 0 || this.hit >= from)) return this.hit;
    this.from = from;
    this.hit = -1;
    for (
      let at = this.text.indexOf(this.needle, from);
      at >= 0;
      at = this.text.indexOf(this.needle, at + 1)
    ) {
      const hit = this.accept(at);
      if (hit >= from) {
        this.hit = hit;
        break;
      }
    }
    return this.hit;
  }
}

/**
 * The elements of one name (any namespace prefix: `<row>`, `<x:row>`) in a text, found one after another
 * with indexOf. Every search goes on from where the last one ended, so the text is searched a bounded
 * number of times whatever it holds: an element opened and never closed costs no search to the end of the
 * text for each one (what a regular expression does, quadratic in a file of unclosed tags). An element whose
 * end tag is missing ends where the next one of its name starts; a start tag without its `>` is skipped.
 */
class Elements {
  /** The element found: where its start tag begins, */
  at = -1;
  /** where its start tag's `>` is, */
  private gtAt = -1;
  /** its content [start, stop) (both -1 for an empty element `<x/>`), */
  start = -1;
  stop = -1;
  /** and where the text after it begins. */
  after = 0;
  private readonly openPlain: Finder;
  private readonly openPrefixed: Finder;
  private readonly closePlain: Finder;
  private readonly closePrefixed: Finder;
  private readonly gt: Finder;

  constructor(
    private readonly text: string,
    name: string,
  ) {
    const n = name.length;
    const endsName = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 62 || c === 47 || isSpace(c);
    };
    const closes = (i: number) => {
      const c = text.charCodeAt(i);
      return c === 62 || isSpace(c);
    };
    // the '<' (or '</') before a prefix that ends just before `colon`, or -1
    const prefixStart = (colon: number, close: boolean) => {
      let k = colon - 1;
      while (k >= 0 && isNameCode(text.charCodeAt(k))) k--;
      if (k === colon - 1 || k < 0) return -1;
      if (!close) return text.charCodeAt(k) === 60 ? k : -1;
      return text.charCodeAt(k) === 47 && text.charCodeAt(k - 1) === 60 ? k - 1 : -1;
    };
    this.openPlain = new Finder(text, `<${name}`, (at) => (endsName(at + 1 + n) ? at : -1));
    this.openPrefixed = new Finder(text, `:${name}`, (at) =>
      endsName(at + 1 + n) ? prefixStart(at, false) : -1,
    );
    this.closePlain = new Finder(text, `</${name}`, (at) => (closes(at + 2 + n) ? at : -1));
    this.closePrefixed = new Finder(text, `:${name}`, (at) =>
      closes(at + 1 + n) ? prefixStart(at, true) : -1,
    );
    this.gt = new Finder(text, '>', (at) => at);
  }

  private open(from: number): number {
    const a = this.openPlain.next(from);
    const b = this.openPrefixed.next(from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private close(from: number): number {
    const a = this.closePlain.next(from);
    const b = this.closePrefixed.next(from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Moves to the first element that starts in [from, end); false when there is none. */
  next(from: number, end: number): boolean {
    let at = this.open(from);
    while (at >= 0 && at < end) {
      const following = this.open(at + 1);
      const limit = following >= 0 && following < end ? following : end;
      const gt = this.gt.next(at);
      if (gt >= 0 && gt < limit) {
        this.at = at;
        this.gtAt = gt;
        if (this.text.charCodeAt(gt - 1) === 47) {
          this.start = -1;
          this.stop = -1;
          this.after = gt + 1;
          return true;
        }
        this.start = gt + 1;
        const close = this.close(gt + 1);
        if (close >= 0 && close < limit) {
          this.stop = close;
          const closeGt = this.gt.next(close);
          this.after = closeGt >= 0 && closeGt < limit ? closeGt + 1 : limit;
        } else {
          this.stop = limit;
          this.after = limit;
        }
        return true;
      }
      at = following;
    }
    return false;
  }

  /** The start tag of the element found, its name and attributes (`<c r="A1" t="s"`). */
  attrs(): string {
    return this.text.slice(this.at, this.gtAt);
  }
}
