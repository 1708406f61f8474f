import { AppError, invalid } from './errors.ts';
import { readInWorker } from './sheet-library.ts';
import { detectEncoding, guessDelimiter, type TextEncoding, textRows, utf16Of } from './sheet-text.ts';
import type { WorkerSheet } from './sheet-worker.ts';
import type { SheetRows } from './spreadsheet.ts';
import { openXlsxWorkbook, type SheetRow, type XlsxRowSource } from './xlsx-reader.ts';
import { MAX_XLSX_INFLATED_BYTES, spreadsheetTooLarge, zipEntries } from './xlsx-zip.ts';

/**
 * The one road every import reads a sheet by. The file is known by its content, not its name (a CSV
 * renamed .xlsx is read as text): .xlsx is streamed by the bounded reader in xlsx-reader.ts; .xls, .ods and
 * what the streaming reader cannot read go to the spreadsheet library in a worker thread with its own memory
 * limit and time limit; CSV and tab-separated text are decoded (UTF-8, UTF-16 or GB18030, detected) and
 * parsed as they stream. Every path yields to the event loop between pieces, so the server answers other
 * requests while any file is read; every path counts rows against a cap and stops at it.
 */

export type SheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';
export type { TextEncoding };

/** A cell whose text lost characters on the way (a GBK file's missing glyph, a broken byte). */
export interface SheetWarning {
  rowNo: number;
  column: string;
  zh: string;
  en: string;
}

export interface OpenSheetOptions {
  /** The most data rows (below the header) read; past it the file is refused. Default 100,000. */
  maxRows?: number;
  /** The error for more than `maxRows` rows (default SHEET_TOO_MANY_ROWS). */
  tooManyRows?: (max: number) => AppError;
  /**
   * Whether a row is the import's header row. The sheet read is the first visible one with such a row among
   * its first rows; without it, the first visible sheet that holds anything, its first filled row the header.
   */
  isHeader?: (cells: string[]) => boolean;
  /** The names of the columns the import needs, for the message when no sheet has them. */
  required?: string[];
  /** The most a streamed .xlsx sheet may inflate to (default MAX_XLSX_INFLATED_BYTES). */
  maxSheetBytes?: number;
}

export interface SheetSource {
  format: SheetFormat;
  /** How a text file was decoded; null for a workbook. */
  encoding: TextEncoding | null;
  /** The sheet read; null for a text file. */
  sheetName: string | null;
  headerRowNo: number;
  headers: string[];
  /** The filled rows below the header, in batches of about `size`; each call reads from the start again. */
  batches(size: number): AsyncGenerator<SheetRow[]>;
  /** About how many data rows the sheet holds (for progress); null before the first batch. */
  estimatedRows(): number | null;
  /** Cells that lost characters, found so far (the first MAX_WARNINGS; `warningCount` counts all). */
  warnings: SheetWarning[];
  warningCount: number;
}

export interface SheetRead extends SheetRows {
  format: SheetFormat;
  encoding: TextEncoding | null;
  sheetName: string | null;
  headerRowNo: number;
  warnings: SheetWarning[];
  warningCount: number;
}

/** What a file was read as, for an import's result. */
export interface SheetFile {
  format: SheetFormat;
  encoding: TextEncoding | null;
  sheetName: string | null;
}

/** The notes an import's result carries about its file: what it was read as, and the cells to check. */
export const sheetNotes = (s: SheetRead | SheetSource) => ({
  file: { format: s.format, encoding: s.encoding, sheetName: s.sheetName } satisfies SheetFile,
  warnings: s.warnings,
  warningCount: s.warningCount,
});

export const DEFAULT_MAX_ROWS = 100_000;
export const MAX_WARNINGS = 200;
/** The rows at the top of a sheet in which its header row is looked for (a title or a note may come first). */
const HEADER_SEARCH_ROWS = 10;
/** Extensions an import accepts: Excel, OpenDocument, CSV and tab-separated text (Excel's "Unicode text"). */
const SHEET_FILE_RE = /\.(xlsx|xlsm|xls|et|ods|csv|txt)$/i;

/** Refuses a file whose name is not a spreadsheet's (a photo, a Word file chosen by mistake). */
export function checkSheetFileName(fileName: string, code = 'IMPORT_FILE_TYPE'): void {
  if (SHEET_FILE_RE.test(fileName)) return;
  throw invalid(
    code,
    {
      zh: `不支持的文件类型“${fileName}”，请上传 Excel（.xlsx、.xls）、.ods 或 .csv 文件`,
      en: `Unsupported file "${fileName}"; upload an Excel (.xlsx, .xls), .ods or .csv file`,
    },
    { field: 'file' },
  );
}

const unreadable = (fileName: string, why?: { zh: string; en: string }) =>
  invalid('FILE_UNREADABLE', {
    zh: `无法读取文件 ${fileName}${why ? `：${why.zh}` : ''}。请上传 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV 文件`,
    en: `The file ${fileName} could not be read${why ? `: ${why.en}` : ''}. Upload an Excel (.xlsx, .xls), OpenDocument (.ods) or CSV file`,
  });

const defaultTooMany = (max: number) =>
  invalid('SHEET_TOO_MANY_ROWS', {
    zh: `表格超过${max}行数据，一次最多导入${max}行；请拆分后分批导入`,
    en: `The sheet has more than ${max} data rows; at most ${max} rows can be imported at once. Split it into several files`,
  });

/**
 * What the header row read holds, to follow an error that names missing columns, so that a clerk who chose the
 * wrong file or sheet sees what was read: "（读取的是工作表“名单”第1行：姓名、性别）".
 */
export function headersRead(s: { sheetName?: string | null; headerRowNo?: number; headers: string[] }): {
  zh: string;
  en: string;
} {
  const filled = s.headers.filter((h) => h?.trim());
  const shown = filled.slice(0, MAX_HEADERS_NAMED);
  const more = filled.length - shown.length;
  if (!shown.length) {
    return {
      zh: `（读取的${s.sheetName ? `工作表“${s.sheetName}”` : '文件'}没有表头）`,
      en: ` (the ${s.sheetName ? `sheet "${s.sheetName}"` : 'file'} read has no header row)`,
    };
  }
  return {
    zh: `（读取的是${s.sheetName ? `工作表“${s.sheetName}”` : '文件'}第${s.headerRowNo ?? 1}行：${shown.join('、')}${more ? ` 等${shown.length + more}列` : ''}）`,
    en: ` (read from ${s.sheetName ? `sheet "${s.sheetName}"` : 'the file'}, row ${s.headerRowNo ?? 1}: ${shown.join(', ')}${more ? ` and ${more} more` : ''})`,
  };
}

const MAX_HEADERS_NAMED = 12;

/** Reads the whole sheet (for imports with a modest row cap). */
export async function readSheet(
  buf: Buffer,
  fileName: string,
  options: OpenSheetOptions = {},
): Promise<SheetRead> {
  const source = await openSheet(buf, fileName, options);
  const rows: SheetRow[] = [];
  for await (const batch of source.batches(1000)) for (const r of batch) rows.push(r);
  return {
    format: source.format,
    encoding: source.encoding,
    sheetName: source.sheetName,
    headerRowNo: source.headerRowNo,
    headers: source.headers,
    rows,
    warnings: source.warnings,
    warningCount: source.warningCount,
  };
}

/** A sheet of the file, chosen and with its header row found, to be read in batches. */
export async function openSheet(
  buf: Buffer,
  fileName: string,
  options: OpenSheetOptions = {},
): Promise<SheetSource> {
  const kind = sniff(buf);
  try {
    if (kind === 'binary') throw unreadable(fileName, notASheet);
    if (kind === 'text') return await textSource(buf, fileName, options);
    if (kind === 'zip') {
      const book = openXlsxWorkbook(buf, options.maxSheetBytes ?? MAX_XLSX_INFLATED_BYTES);
      if (book === 'damaged') throw unreadable(fileName, damaged);
      if (book) {
        const sheets = book.sheets.map((s) => ({
          name: s.name,
          hidden: s.hidden,
          rows: s.rows && guard(s.rows, fileName),
        }));
        return await chooseSheet('xlsx', sheets, fileName, options);
      }
    }
    const format: SheetFormat = kind === 'zip' && isOds(buf) ? 'ods' : kind === 'zip' ? 'xlsx' : 'xls';
    const sheets = await readWithLibrary(buf, fileName, options);
    const cut = () => (options.tooManyRows ?? defaultTooMany)(options.maxRows ?? DEFAULT_MAX_ROWS);
    return await chooseSheet(
      format,
      sheets.map((s) => memorySheet(s, cut)),
      fileName,
      options,
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(fileName);
  }
}

const notASheet = { zh: '这不是表格文件', en: 'it is not a spreadsheet' };
const damaged = { zh: '文件内容已损坏', en: 'its content is damaged' };

/** What the file is by its first bytes. */
function sniff(buf: Buffer): 'zip' | 'ole' | 'markup' | 'text' | 'binary' {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1)
    return 'ole';
  if (utf16Of(buf)) return 'text';
  const head = buf.subarray(0, 4096);
  if (head.includes(0)) return 'binary';
  const start = head
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  // SpreadsheetML 2003 and HTML tables: what many systems save under the name .xls
  if (
    start.startsWith('<?xml') ||
    start.startsWith('<html') ||
    start.startsWith('<table') ||
    start.startsWith('<!doctype html')
  )
    return 'markup';
  if (/^(%pdf|\x89png|gif8|\xff\xd8\xff)/.test(start)) return 'binary';
  return 'text';
}

const isOds = (buf: Buffer) => {
  const entries = zipEntries(buf);
  return !!entries && entries.has('content.xml') && !entries.has('xl/workbook.xml');
};

interface CandidateSheet {
  /** null for a text file, which has no sheets */
  name: string | null;
  hidden: boolean;
  rows: XlsxRowSource | null;
}

/** The rows of a sheet the library read, as a source; a sheet cut at the library's row limit is refused at its end. */
function memorySheet(s: WorkerSheet, cut: () => AppError): CandidateSheet {
  return {
    name: s.name,
    hidden: s.hidden,
    rows: {
      estimatedRows: () => s.rows.at(-1)?.rowNo ?? 0,
      async *batches(size) {
        for (let i = 0; i < s.rows.length; i += size) {
          yield s.rows.slice(i, i + size);
          await new Promise((resolve) => setImmediate(resolve));
        }
        if (s.cut) throw cut();
      },
    },
  };
}

/** A stream that breaks off (a corrupt part of the zip) is an unreadable file, not a server error. */
function guard(source: XlsxRowSource, fileName: string): XlsxRowSource {
  return {
    estimatedRows: () => source.estimatedRows(),
    async *batches(size) {
      const it = source.batches(size);
      try {
        for (;;) {
          let next: IteratorResult<SheetRow[]>;
          try {
            next = await it.next();
          } catch (err) {
            if (err instanceof AppError) throw err;
            throw unreadable(fileName, damaged);
          }
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await it.return(undefined);
      }
    },
  };
}

/** The first rows of a sheet (up to HEADER_SEARCH_ROWS filled ones). */
async function firstRows(rows: XlsxRowSource | null): Promise<SheetRow[]> {
  if (!rows) return [];
  const out: SheetRow[] = [];
  for await (const batch of rows.batches(HEADER_SEARCH_ROWS)) {
    out.push(...batch);
    if (out.length >= HEADER_SEARCH_ROWS) break;
  }
  return out.slice(0, HEADER_SEARCH_ROWS);
}

async function chooseSheet(
  format: SheetFormat,
  sheets: CandidateSheet[],
  fileName: string,
  options: OpenSheetOptions,
  encoding: TextEncoding | null = null,
): Promise<SheetSource> {
  const visible = sheets.some((s) => !s.hidden) ? sheets.filter((s) => !s.hidden) : sheets;
  const seen: { sheet: CandidateSheet; top: SheetRow[] }[] = [];
  for (const sheet of visible) {
    const top = await firstRows(sheet.rows);
    if (top.length === 0) continue;
    seen.push({ sheet, top });
    const at = options.isHeader ? top.findIndex((r) => options.isHeader?.(r.cells)) : 0;
    if (at >= 0) return sheetSource(format, encoding, sheet.name, sheet.rows, top[at], options);
  }
  // the columns only on a hidden sheet: say so, rather than what the visible sheet lacks
  const hidden: { sheet: CandidateSheet; top: SheetRow[] }[] = [];
  for (const sheet of sheets) if (sheet.hidden) hidden.push({ sheet, top: await firstRows(sheet.rows) });
  const hiddenMatch = options.isHeader && hidden.find((h) => h.top.some((r) => options.isHeader?.(r.cells)));
  if (hiddenMatch) throw onlyHidden(fileName, hiddenMatch.sheet.name ?? '');
  if (seen.length === 0) {
    return sheetSource(format, encoding, visible[0]?.name ?? null, null, { rowNo: 1, cells: [] }, options);
  }
  // one sheet with content: the import itself says which of its columns are missing
  if (seen.length === 1)
    return sheetSource(format, encoding, seen[0].sheet.name, seen[0].sheet.rows, seen[0].top[0], options);
  throw noSheetMatches(fileName, sheets, [...seen, ...hidden], options.required ?? []);
}

const onlyHidden = (fileName: string, sheet: string) =>
  invalid(
    'SHEET_HIDDEN',
    {
      zh: `${fileName} 中含有所需列的工作表“${sheet}”是隐藏的；请在 Excel 中取消隐藏该工作表（或删去其他工作表）后重新上传`,
      en: `In ${fileName} the sheet with the columns needed, "${sheet}", is hidden; unhide it in Excel (or delete the other sheets) and upload again`,
    },
    { field: 'file', sheet },
  );

function noSheetMatches(
  fileName: string,
  all: CandidateSheet[],
  seen: { sheet: CandidateSheet; top: SheetRow[] }[],
  required: string[],
): AppError {
  const list = (cells: string[], sep: string) =>
    cells.filter(Boolean).slice(0, 12).join(sep) + (cells.filter(Boolean).length > 12 ? `${sep}…` : '');
  const found = all.map((s) => ({
    name: s.name,
    hidden: s.hidden,
    headers: seen.find((x) => x.sheet === s)?.top[0]?.cells.filter(Boolean) ?? [],
  }));
  const zh = found
    .map(
      (s) =>
        `“${s.name}”${s.hidden ? '（隐藏）' : ''}：${s.headers.length ? list(s.headers, '、') : '（空）'}`,
    )
    .join('；');
  const en = found
    .map(
      (s) =>
        `"${s.name}"${s.hidden ? ' (hidden)' : ''}: ${s.headers.length ? list(s.headers, ', ') : '(empty)'}`,
    )
    .join('; ');
  return invalid(
    'SHEET_NOT_FOUND',
    {
      zh: `${fileName} 中没有哪个工作表含有所需的列${required.length ? `（${required.join('、')}）` : ''}。各工作表的首行：${zh}`,
      en: `No sheet of ${fileName} has the columns needed${required.length ? ` (${required.join(', ')})` : ''}. The first row of each sheet: ${en}`,
    },
    { field: 'file', sheets: found },
  );
}

/** The data rows of a chosen sheet below `header`, with the row cap and the lost-character check. */
function sheetSource(
  format: SheetFormat,
  encoding: TextEncoding | null,
  sheetName: string | null,
  rows: XlsxRowSource | null,
  header: SheetRow,
  options: OpenSheetOptions,
): SheetSource {
  const max = options.maxRows ?? DEFAULT_MAX_ROWS;
  const tooMany = options.tooManyRows ?? defaultTooMany;
  const headers = header.cells.map((c) => c.trim());
  const source: SheetSource = {
    format,
    encoding,
    sheetName,
    headerRowNo: header.rowNo,
    headers,
    warnings: [],
    warningCount: 0,
    estimatedRows: () => {
      const n = rows?.estimatedRows();
      return n == null ? null : Math.max(0, n - header.rowNo);
    },
    async *batches(size) {
      if (!rows) return;
      source.warnings = [];
      source.warningCount = 0;
      let count = 0;
      for await (const batch of rows.batches(size)) {
        const data = batch[0].rowNo > header.rowNo ? batch : batch.filter((r) => r.rowNo > header.rowNo);
        if (data.length === 0) continue;
        count += data.length;
        if (count > max) throw tooMany(max);
        for (const r of data) {
          checkLostCharacters(r, headers, source);
          while (r.cells.length < headers.length) r.cells.push('');
        }
        yield data;
      }
    },
  };
  return source;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** U+FFFD, "?" beside a Chinese character or alone, or a private-use character (GBK's user-defined area). */
const LOST = new RegExp(`\\uFFFD|[${CJK}]\\?|\\?[${CJK}]|^\\?+$|[\\ue000-\\uf8ff]`);

/**
 * A cell with U+FFFD (bytes that were not text in the file's encoding), a "?" beside Chinese characters (what
 * a GBK file holds where a character outside GBK was typed, e.g. 王? for 王䶮) or a private-use character (a
 * GBK file's user-defined area, which no font shows) is read as written but reported: the import goes on and
 * says which cells to check.
 */
function checkLostCharacters(row: SheetRow, headers: string[], into: SheetSource): void {
  for (let i = 0; i < row.cells.length; i++) {
    const text = row.cells[i];
    if (!text || !LOST.test(text)) continue;
    into.warningCount++;
    if (into.warnings.length >= MAX_WARNINGS) continue;
    const column = headers[i] || `第${i + 1}列`;
    const columnEn = headers[i] || `column ${i + 1}`;
    into.warnings.push({
      rowNo: row.rowNo,
      column: headers[i] ?? '',
      zh: `第${row.rowNo}行“${column}”为“${text}”，其中有无法识别的字符，可能在保存文件时丢失了文字，请核对`,
      en: `Row ${row.rowNo}, ${columnEn}: "${text}" holds characters that could not be read; text may have been lost when the file was saved. Please check it`,
    });
  }
}

/** A text file: one sheet, its rows parsed as they are decoded (sheet-text.ts). */
async function textSource(buf: Buffer, fileName: string, options: OpenSheetOptions): Promise<SheetSource> {
  const encoding = detectEncoding(buf);
  const head = new TextDecoder(encoding).decode(buf.subarray(0, 64 * 1024));
  if (head.includes('\u0000')) throw unreadable(fileName, notASheet);
  const rows = textRows(buf, encoding, guessDelimiter(head));
  return chooseSheet('csv', [{ name: null, hidden: false, rows }], fileName, options, encoding);
}

const tooComplex = (fileName: string) =>
  new AppError('too_large', 'SPREADSHEET_TOO_COMPLEX', {
    zh: `文件 ${fileName} 过大或过于复杂，无法读取；请删去无用的工作表、格式和空行，或另存为 .xlsx 后重试`,
    en: `The file ${fileName} is too large or too complex to read; remove unneeded sheets, formatting and empty rows, or save it as .xlsx and try again`,
  });

/** Every sheet of the file, read by the library in its worker thread (sheet-library.ts). */
async function readWithLibrary(
  buf: Buffer,
  fileName: string,
  options: OpenSheetOptions,
): Promise<WorkerSheet[]> {
  const max = options.maxRows ?? DEFAULT_MAX_ROWS;
  // physical rows, empty ones included: generous, so that formatted empty rows do not count as data
  const output = await readInWorker(buf, Math.max(2 * max + 100, 70_000));
  if (output === 'too_complex') throw tooComplex(fileName);
  if (!output.ok && output.reason === 'too_large') throw spreadsheetTooLarge();
  if (!output.ok) {
    throw output.reason === 'encrypted'
      ? unreadable(fileName, {
          zh: '文件设有密码，请取消密码后重新上传',
          en: 'it is protected by a password; remove the password and upload it again',
        })
      : unreadable(fileName);
  }
  return output.sheets;
}
