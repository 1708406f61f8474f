import { crc32, deflateRawSync } from 'node:zlib';
import { isYuanHeader, type SheetSpec } from './spreadsheet.ts';

/**
 * A sheet to write; `textColumns` are formatted as text, so numbers typed into them later stay text and days
 * stay as written. Every other cell holding a day (YYYY-MM-DD) or a moment (YYYY-MM-DD HH:mm[:ss], China
 * time as the text says) is written as an Excel date shown 2020-03-15 (2020-03-15 18:05), which a clerk can
 * sort and filter and every import reads back as the same day; `dateColumns` only formats the empty cells of
 * such a column as days too. Numbers of a yuan column (`moneyColumns`, or a header naming yuan), of a yuan row
 * (`yuanRows`) and, in a sheet of labels and values, a value whose label names yuan, are shown with two decimals; in
 * such a sheet a number whose label is a rate (…率) is the ratio, shown as a percentage (0.5 as 50.0%).
 */
export interface XlsxSheet extends SheetSpec {
  textColumns?: number[];
  dateColumns?: number[];
  /**
   * Columns of times of day: a cell holding HH:mm or HH:mm:ss is written as an Excel time, every one shown
   * hh:mm:ss (18:05 as 18:05:00), so that a column of times told to the minute and to the second reads in one
   * form, sorts, and is read back as the same time; their empty cells are formatted as times too.
   */
  timeColumns?: number[];
  /** Columns of ratios (0.667), each number shown as a percentage (66.7%): a number an auditor can compute with. */
  percentColumns?: number[];
  /**
   * Rows (0 for the first under the header) whose numbers are yuan, shown with two decimals: a sheet of one line
   * per figure whose unit is a column of its own (单位: 元) rather than the header.
   */
  yuanRows?: number[];
  /**
   * A sheet listing unions: each row's step in the union tree (0 the topmost union shown, 1 a union under it, …),
   * its first cell (the union's name) indented that many steps, so a union's children read under it while the
   * cell holds the name alone, for a clerk to sort, filter and look up. A row given none (合计) is not indented.
   */
  indents?: (number | null | undefined)[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Styles: 0 normal, 1 bold (headers), 2 text format (@), 3 a day (yyyy-mm-dd), 4 an amount (0.00), 5 a moment to
 * the minute (yyyy-mm-dd hh:mm), 6 to the second (yyyy-mm-dd hh:mm:ss), 7 a rate (0.0%: the cell holds the ratio),
 * 8 a time of day (hh:mm:ss), 9 text of several lines (@, wrapped, from the top: each line shown on its own), 10 to
 * 14 text indented 1 to 5 steps (a union under another, INDENTED).
 */
/** The styles of a cell indented 1 to 5 steps (10 to 14): a union's depth in its tree has 5 levels. */
const INDENTED_MAX = 5;
const INDENTED = [1, 2, 3, 4, 5]
  .map(
    (n) =>
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment indent="${n}"/></xf>`,
  )
  .join('');
const indentStyle = (steps: number | null | undefined) =>
  steps && steps > 0 ? 9 + Math.min(Math.round(steps), INDENTED_MAX) : 0;

const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="5"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="166" formatCode="yyyy\\-mm\\-dd\\ hh:mm:ss"/><numFmt numFmtId="167" formatCode="0.0%"/><numFmt numFmtId="168" formatCode="hh:mm:ss"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="15"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>${INDENTED}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot hold control characters
const NEEDS_ESCAPE = /[&<>"\u0000-\u001f\ufffe\uffff]/;

function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot hold these characters, so they are dropped
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cell(ref: string, value: string | number | boolean | null, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = escapeXml(String(value));
  const lines = text.includes('\n') ? ' s="9"' : s;
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${lines} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT_RE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A day as Excel's serial number (1900 system), or null when the text is not a day. Excel counts a 29 February
 * 1900 that never was, so days before 1 March 1900 are one less than a plain count (as xlsx-reader reads them).
 */
export function dateToSerial(day: string): number | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // A day that does not exist (2020-13-45, 2021-02-29) stays the text the clerk wrote, never another day.
  if (new Date(ms).toISOString().slice(0, 10) !== day) return null;
  const n = (ms - EXCEL_EPOCH) / 86_400_000;
  return n < 61 ? n - 1 : n;
}

/**
 * A day or a moment written as text, as Excel's serial number and the style that shows it; null for other text.
 * A moment's text is already the time of day a clerk reads (China time): it is kept as written.
 */
export function dateCellOf(text: string): { serial: number; style: number } | null {
  if (text.length < 10 || text.length > 19) return null;
  const day = dateToSerial(text);
  if (day !== null) return { serial: day, style: 3 };
  const m = MOMENT_RE.exec(text);
  const base = m ? dateToSerial(m[1]) : null;
  if (!m || base === null) return null;
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return null;
  const serial = base + (h * 3600 + min * 60 + sec) / 86_400;
  return { serial: Math.round(serial * 1e10) / 1e10, style: m[4] === undefined ? 5 : 6 };
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** A time of day (HH:mm or HH:mm:ss) as the fraction of a day Excel holds a time as; null for other text. */
export function timeToSerial(text: string): number | null {
  const m = TIME_RE.exec(text);
  if (!m) return null;
  const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  return Math.round((seconds / 86_400) * 1e10) / 1e10;
}

function sheetXml(sheet: XlsxSheet): string {
  const width = Math.max(sheet.headers.length, ...sheet.rows.map((r) => r.length));
  const names = Array.from({ length: width }, (_, i) => columnName(i));
  const text = new Set(sheet.textColumns ?? []);
  const dates = new Set(sheet.dateColumns ?? []);
  const times = new Set(sheet.timeColumns ?? []);
  const money = new Set(sheet.moneyColumns ?? []);
  const percent = new Set(sheet.percentColumns ?? []);
  sheet.headers.forEach((h, i) => {
    if (!text.has(i) && !dates.has(i) && !times.has(i) && isYuanHeader(h)) money.add(i);
  });
  const style = (i: number) =>
    text.has(i) ? 2 : dates.has(i) ? 3 : times.has(i) ? 8 : money.has(i) ? 4 : percent.has(i) ? 7 : 0;
  // a sheet of labels and values (项目 | 数值): a value is yuan when its label says so
  const labelled = sheet.headers.length === 2;
  const yuanRows = new Set(sheet.yuanRows ?? []);
  const widths = sheet.widths ?? sheet.headers.map((h) => Math.max(10, h.length * 2 + 2));
  const cols = names
    .map((_, i) => {
      const w = widths[i] ?? 10;
      const s = style(i);
      return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${s ? ` style="${s}"` : ''}/>`;
    })
    .join('');
  const parts: string[] = [
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">`,
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
    `<row r="1">${sheet.headers.map((h, i) => cell(`${names[i]}1`, h, 1)).join('')}</row>`,
  ];
  sheet.rows.forEach((row, r) => {
    const n = r + 2;
    const yuanRow = yuanRows.has(r) || (labelled && typeof row[0] === 'string' && isYuanHeader(row[0]));
    // a rate (按时答复率, 签订率) as the ratio it is, shown as a percentage: a number an auditor can compute with
    const rateRow = labelled && typeof row[0] === 'string' && row[0].endsWith('率');
    let cells = '';
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      const at = `${names[i]}${n}`;
      const date = typeof v === 'string' && !text.has(i) ? dateCellOf(v) : null;
      const time = typeof v === 'string' && times.has(i) ? timeToSerial(v) : null;
      if (date) cells += cell(at, date.serial, date.style);
      else if (time !== null) cells += cell(at, time, 8);
      else if (yuanRow && i > 0 && typeof v === 'number') cells += cell(at, v, 4);
      else if (rateRow && i > 0 && typeof v === 'number') cells += cell(at, v, 7);
      else if (i === 0 && indentStyle(sheet.indents?.[r]))
        cells += cell(at, v, indentStyle(sheet.indents?.[r]));
      else cells += cell(at, v, style(i));
    }
    parts.push(`<row r="${n}">${cells}</row>`);
  });
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/**
 * The fields a file's local header (from byte 6) and its central directory entry (from byte 8) share: UTF-8 name,
 * deflated, a fixed time (00:00) and date (1980-01-01), its CRC-32, compressed and original sizes, its name's length.
 */
function writeFileFields(
  b: Buffer,
  at: number,
  f: { crc: number; compressed: number; size: number; nameLength: number },
): void {
  b.writeUInt16LE(0x0800, at);
  b.writeUInt16LE(8, at + 2);
  b.writeUInt16LE(0, at + 4);
  b.writeUInt16LE(0x21, at + 6);
  b.writeUInt32LE(f.crc, at + 8);
  b.writeUInt32LE(f.compressed, at + 12);
  b.writeUInt32LE(f.size, at + 16);
  b.writeUInt16LE(f.nameLength, at + 20);
}

function zip(files: [string, string][]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const raw = Buffer.from(text, 'utf8');
    const data = deflateRawSync(raw, { level: 4 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw) >>> 0;
    const file = { crc, compressed: data.length, size: raw.length, nameLength: fileName.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeFileFields(local, 6, file);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    writeFileFields(entry, 8, file);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, fileName, data);
    central.push(entry, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** The most characters Excel takes in a sheet's name. */
const SHEET_NAME_MAX = 31;

/**
 * A sheet's name from a record's title (a campaign's) and what the sheet holds of it: 2021年冬季送温暖走访记录 — the
 * title cut, not `what`, where both pass Excel's 31 characters, and the characters Excel refuses in a name
 * ([ ] : * ? / \, an apostrophe at either end) written as a dash.
 */
export function sheetTitle(record: string, what: string): string {
  const clean = record.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '');
  return `${clean.slice(0, Math.max(0, SHEET_NAME_MAX - what.length))}${what}`;
}

/**
 * Writes one or more sheets to an .xlsx buffer: the project's one writer. It writes the XML directly (inline
 * strings, a bold frozen header row), several times faster than a general spreadsheet library on large exports.
 * Strings stay text, so ID numbers keep every digit.
 */
export function writeWorkbook(sheets: XlsxSheet[]): Buffer {
  const workbookSheets = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name.slice(0, SHEET_NAME_MAX))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return zip([
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`,
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${workbookSheets}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)]),
  ]);
}
