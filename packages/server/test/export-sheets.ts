import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The exports as a third-party reader sees them: Debian's python3-openpyxl opens every file, and the contract
 * checks of test/exports.test.ts read what it reports — a cell's type ('n' number, 's' text, 'b', 'd'), whether
 * it is a date, and its number format. One python process reads all the files.
 */
export const PYTHON = '/usr/bin/python3';

export interface ReadCell {
  /** openpyxl's data_type: 'n' number, 's' text, 'b' boolean, 'd' a date it read as one, 'f' a formula. */
  t: string;
  /** The value: a number, a text, a boolean, or a date as ISO text. */
  v: string | number | boolean;
  /** The cell's number format ('General', '0.00', 'yyyy\\-mm\\-dd' …). */
  f: string;
  /** openpyxl's is_date: a number shown as a date. */
  d: boolean;
  /** The steps the cell is indented (its alignment's indent), when it is. */
  i?: number;
}
export interface ReadSheet {
  name: string;
  /** Row by row from the first, each cell or null when empty; trailing empty cells left out. */
  rows: (ReadCell | null)[][];
}
export type ReadBook = { ok: true; sheets: ReadSheet[] } | { ok: false; error: string };

const READER = `
import json, sys, datetime
import openpyxl
out = []
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        sheets = []
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    if c.value is None or c.value == '':
                        cells.append(None)
                        continue
                    v = c.value
                    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
                        v = v.isoformat()
                    cell = {'t': c.data_type, 'v': v, 'f': c.number_format, 'd': bool(c.is_date)}
                    if c.alignment is not None and c.alignment.indent:
                        cell['i'] = int(c.alignment.indent)
                    cells.append(cell)
                while cells and cells[-1] is None:
                    cells.pop()
                rows.append(cells)
            sheets.append({'name': ws.title, 'rows': rows})
        out.append({'ok': True, 'sheets': sheets})
    except Exception as e:
        out.append({'ok': False, 'error': '%s: %s' % (type(e).__name__, e)})
json.dump(out, sys.stdout, ensure_ascii=False)
`;

/** Why the reader cannot run here, or null when /usr/bin/python3 imports openpyxl. */
export function readerMissing(): string | null {
  try {
    execFileSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'pipe' });
    return null;
  } catch (e) {
    return (
      `${PYTHON} cannot import openpyxl (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): ` +
      'install the Debian package python3-openpyxl (.ci/run installs it when missing)'
    );
  }
}

/** Every file as openpyxl reads it, in the order given. */
export function readBooks(paths: string[]): ReadBook[] {
  if (!paths.length) return [];
  const json = execFileSync(PYTHON, ['-c', READER, ...paths], { maxBuffer: 512 * 1024 * 1024 });
  return JSON.parse(json.toString('utf8')) as ReadBook[];
}

/**
 * Gives each answer that saved a workbook (`saved`) its book as openpyxl reads it, `files` being their workbooks in
 * the answers' order; answers why no reader is there, or null.
 */
export function readBooksInto<A extends { book?: ReadBook }>(
  answers: A[],
  files: string[],
  saved: (a: A) => boolean,
): string | null {
  const missing = readerMissing();
  if (missing) return missing;
  const books = readBooks(files);
  let i = 0;
  for (const a of answers) if (saved(a)) a.book = books[i++];
  return null;
}

/**
 * A temporary folder for the workbooks a contract is answered, kept as they come (`files`, in the order saved) for
 * openpyxl to read in one pass at the end (readBooksInto); `remove` deletes it.
 */
export function workbookFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files: string[] = [];
  return {
    files,
    /** Keeps a workbook's bytes as the next file. */
    save(bytes: Buffer) {
      const file = join(dir, `${files.length}.xlsx`);
      writeFileSync(file, bytes);
      files.push(file);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A cell's text as a clerk reads it. */
export const textOf = (c: ReadCell | null | undefined): string => (c ? String(c.v).trim() : '');

/** A unit of a count in a header's brackets: 收到（件）, 慰问金已审批（笔）. */
const COUNT_UNIT = /[（(][人件户次项份家个批笔场年][）)，,]/;

/** A header that names an amount of money in yuan: 金额（元）, 预算（元，项目期内）, 保费, 慰问金 … */
export const isMoneyHeader = (h: string) =>
  /[（(]元|元[）)，,]|\(yuan\)/i.test(h) || (/金额|保费|慰问金/.test(h) && !COUNT_UNIT.test(h));

/** A header that names a count: 人数, 申请数（按申请日期）, 收到（件）, 报名人次, 名额, 培训学时 … */
export const isCountHeader = (h: string) =>
  (/数(?!值|据)|人次|场次|名额|学时/.test(h) || COUNT_UNIT.test(h)) && !isMoneyHeader(h);

/** A header that names a day: 批准日期, 有效期至, 建批日期 Batch date (not 申请数（按申请日期）). */
export const isDateHeader = (h: string) => /日期|有效期至|截止日/.test(h.replace(/[（(].*?[）)]/g, ''));

/** Text that reads as a number: 12, 1,234.50, 12人, ¥3.00, 3.5万元 — which a number cell should hold. */
export const looksNumeric = (s: string) =>
  /^[-+]?[¥￥]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?\s*(万?元|人次?|件|户|次|项|份|家|个|场|笔|批)?$/.test(s.trim());

/** Text that reads as a day or a moment: 2025-03-15, 2025-03-15 18:05 — which a date cell should hold. */
export const looksLikeDate = (s: string) => /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$/.test(s.trim());

/** Text that reads as a time of day: 18:05, 09:00:00 — which a time cell should hold. */
export const looksLikeTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(s.trim());

/** A number format showing a time of day alone (hh:mm:ss): hours, and neither a year nor a day. */
export const isTimeFormat = (format: string) => {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /h/i.test(bare) && !/[yd]/i.test(bare);
};

/** Number formats of yuan with two decimals. */
export const YUAN_FORMATS = new Set(['0.00', '#,##0.00']);

/** A sheet's figures as the checks read them. */
export interface Figures {
  /** The route the sheet came from, as the route table names it: 'GET /api/congresses/stats.xlsx'. */
  route: string;
  where: string;
  sheet: ReadSheet;
  headers: string[];
  /** A two-column sheet of labels and values (项目 | 数值): a value's kind is named by its row's label. */
  keyValue: boolean;
  /** Rows of data: neither the header, nor a one-cell line (a section title, a note). */
  body: { at: number; cells: (ReadCell | null)[] }[];
}

/** Every sheet of every export of figures (templates only have to open). */
export function figuresOf(answers: { key: string; url: string; book?: ReadBook }[]): Figures[] {
  const out: Figures[] = [];
  for (const a of answers) {
    if (!a.book?.ok || /\/template(\.xlsx)?$|-template\.xlsx$/.test(a.url.split('?')[0])) continue;
    for (const sheet of a.book.sheets) {
      const headers = (sheet.rows[0] ?? []).map(textOf);
      const filled = (r: (ReadCell | null)[]) => r.filter((c) => textOf(c) !== '').length;
      out.push({
        route: a.key,
        where: `${a.url} 「${sheet.name}」`,
        sheet,
        headers,
        keyValue: headers.length === 2,
        body: sheet.rows
          .map((cells, at) => ({ at, cells }))
          .slice(1)
          .filter((r) => filled(r.cells) > 1 || (headers.length === 1 && filled(r.cells) === 1)),
      });
    }
  }
  return out;
}

/** A cell's reference as Excel names it: column 27 of row 3 is AA3. */
export function ref(row: number, col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** What a value cell is said to be: by its column's header, or in a label-value sheet by its row's label. */
export const nameOf = (f: Figures, cells: (ReadCell | null)[], col: number) =>
  f.keyValue ? (col === 1 ? textOf(cells[0]) : '') : (f.headers[col] ?? '');

/** Failures, one line per sheet, column and problem: its first cell and how many cells have it. */
export class Failures {
  private readonly seen = new Map<string, { first: string; n: number }>();
  add(f: Figures, at: number, col: number, name: string, problem: string, example: string) {
    const key = `${f.where} 「${name}」 ${problem}`;
    const had = this.seen.get(key);
    if (had) had.n++;
    else this.seen.set(key, { first: `${ref(at, col)} ${example}`, n: 1 });
  }
  list(): string[] {
    return [...this.seen].map(([k, v]) => `${k}: ${v.first}${v.n > 1 ? ` (and ${v.n - 1} more)` : ''}`);
  }
}

export const isNumber = (c: ReadCell | null | undefined) =>
  !!c && c.t === 'n' && typeof c.v === 'number' && !c.d;
