import { AppError } from './errors.ts';
import {
  BUILTIN_CLOCK_IDS,
  BUILTIN_MOMENT_IDS,
  DATE_FORMAT_IDS,
  type DateShows,
  formatShows,
  serialToMoment,
} from './sheet-dates.ts';
import { sheetPieces } from './xlsx-pieces.ts';
import type { SheetRow } from './xlsx-reader.ts';
import { attr, Elements, numberAt, unescapeXml } from './xlsx-xml.ts';
import { entryData, type ZipEntry } from './xlsx-zip.ts';

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
export async function sharedStrings(
  buf: Buffer,
  entry: ZipEntry | undefined,
  sheetCap: number,
): Promise<string[]> {
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
        out.push(si.start < 0 ? '' : itemText(xml, si.start, si.stop, runs));
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
export function dateStyleIndexes(xml: string): Map<number, DateShows> {
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
      return (
        BUILTIN_CLOCK_IDS.get(id) ??
        (DATE_FORMAT_IDS.has(id) ? (BUILTIN_MOMENT_IDS.has(id) ? 'minute' : 'day') : null)
      );
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

/**
 * A number as Excel's General format shows it: up to 11 characters, else scientific (1.10113E+17). A whole number
 * the file holds exactly (up to 2^53, every 15-digit one: an old-style ID number typed as a number) is its digits,
 * which the cell's value keeps though Excel shows 3.30103E+14; a longer one lost its last digits in the file.
 */
export function generalNumber(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  const fixed = String(Number(n.toPrecision(10)));
  if (fixed.length <= 11 && !fixed.includes('e')) return fixed;
  const [mantissa, exp] = n.toExponential(5).split('e');
  const m = mantissa.replace(/\.?0+$/, '');
  const e = Number(exp);
  return `${m}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** The column of a cell reference (`AB12` → 27), read from [from, to) of `text`. */
export function columnIndex(text: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col - 1;
}

export interface CellContext {
  strings: string[];
  dates: Map<number, DateShows>;
  date1904: boolean;
  /** Whether a formula saved without its result reads as its text, `=…` (else as an empty cell). */
  formulas?: boolean;
}

/** The scans of one piece of sheet XML: its rows, their cells, the cells' values and formulas. */
interface PieceScans {
  xml: string;
  rows: Elements;
  cells: Elements;
  values: Elements;
  formulas: Elements;
  runs: Runs;
}

/** The formula of a cell without a value, `=` and its text (`=` alone for a shared formula's later cells); '' for none. */
function uncomputedFormula({ xml, cells, formulas }: PieceScans): string {
  if (!formulas.next(cells.start, cells.stop)) return '';
  return formulas.start < 0 ? '=' : `=${unescapeXml(xml.slice(formulas.start, formulas.stop))}`;
}

/** The text of the cell the scans' `cells` stand on. */
function cellText(scans: PieceScans, { strings, dates, date1904, formulas }: CellContext) {
  const { xml, cells, values } = scans;
  if (cells.start < 0) return '';
  // the type read where it stands in the tag: no string is made for it (a cell's tag is read for every cell)
  const typed = cells.attrValue('t');
  if (typed && cells.valueIs('inlineStr')) return itemText(xml, cells.start, cells.stop, scans.runs);
  // <v></v> and <v/> hold no value: an empty cell, not 0 (a formula's empty text, t="str", among them). A formula
  // without a value that is not such a text was saved without its result (a file written by a program, not by Excel
  // or WPS): its text, `=…`, where the reader asks for it (a register, whose cells name it), else an empty cell
  if (!values.next(cells.start, cells.stop) || values.start < 0 || values.start === values.stop)
    return formulas && !(typed && cells.valueIs('str')) ? uncomputedFormula(scans) : '';
  if (typed && cells.valueIs('s')) return strings[numberAt(xml, values.start, values.stop)] ?? '';
  const v = xml.slice(values.start, values.stop);
  if (typed && !cells.valueIs('n')) {
    if (cells.valueIs('b')) return v === '1' ? 'TRUE' : 'FALSE';
    if (cells.valueIs('d')) return v.slice(0, 10);
    // str, e and any other type: the text as written
    return unescapeXml(v);
  }
  const n = Number(v);
  if (!Number.isFinite(n)) return unescapeXml(v);
  const style = cells.attrValue('s') ? cells.valueNumber() : 0;
  const shows = dates.get(style);
  return shows ? serialToMoment(n, date1904, shows) : generalNumber(n);
}

/**
 * Appends the rows of a piece of sheet XML that hold a filled cell to `out`; returns the last row number
 * seen (rows without an `r` attribute follow the previous one).
 */
export function scanRows(xml: string, ctx: CellContext, lastRowNo: number, out: SheetRow[]): number {
  const scans: PieceScans = {
    xml,
    rows: new Elements(xml, 'row'),
    cells: new Elements(xml, 'c'),
    values: new Elements(xml, 'v'),
    formulas: new Elements(xml, 'f'),
    runs: runsOf(xml),
  };
  const { rows, cells } = scans;
  let rowNo = lastRowNo;
  for (let at = 0; rows.next(at, xml.length); at = rows.after) {
    rowNo = rows.attrValue('r') && rows.valueEnd > rows.valueStart ? rows.valueNumber() : rowNo + 1;
    if (rows.start < 0) continue;
    const row: string[] = [];
    let col = -1;
    for (let c = rows.start; cells.next(c, rows.stop); c = cells.after) {
      col =
        cells.attrValue('r') && cells.valueEnd > cells.valueStart
          ? columnIndex(xml, cells.valueStart, cells.valueEnd)
          : col + 1;
      const text = cellText(scans, ctx).trim();
      if (text) {
        while (row.length < col) row.push('');
        row[col] = text;
      }
    }
    if (!row.length) continue;
    // a row hidden by hand or by a filter: its tag says hidden="1" (or "true")
    const hidden = rows.attrValue('hidden') && (rows.valueIs('1') || rows.valueIs('true'));
    out.push(hidden ? { rowNo, cells: row, hidden } : { rowNo, cells: row });
  }
  return rowNo;
}
