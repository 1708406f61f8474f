import { AppError, invalid } from './errors.ts';
import {
  type CandidateSheet,
  chooseSheet,
  DEFAULT_MAX_ROWS,
  defaultTooMany,
  type OpenSheetOptions,
  type SheetFormat,
  type SheetSource,
  type SheetWarning,
} from './sheet-choose.ts';
import { readInWorker } from './sheet-library.ts';
import { placeRows } from './sheet-place.ts';
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

export {
  DEFAULT_MAX_ROWS,
  MAX_WARNINGS,
  type OpenSheetOptions,
  type SheetFormat,
  type SheetSource,
  type SheetWarning,
} from './sheet-choose.ts';
export type { TextEncoding };

export interface SheetRead extends SheetRows {
  format: SheetFormat;
  encoding: TextEncoding | null;
  sheetName: string | null;
  /** The sheets read when the rows come from more than one (sheet-place.ts); empty when from one. */
  sheets: string[];
  headerRowNo: number;
  warnings: SheetWarning[];
  warningCount: number;
}

/** What a file was read as, for an import's result. */
export interface SheetFile {
  format: SheetFormat;
  encoding: TextEncoding | null;
  sheetName: string | null;
  /** The sheets read, in order, when the rows came from more than one (ADR 152). */
  sheets?: string[];
  /** The header's columns the register has none of (a row number aside): their cells are not imported. */
  unreadColumns?: string[];
}

/** A header a row number stands under (序号, No.): not a column a clerk expects to be imported. */
const ROW_NUMBER_HEADER = /^(序号|编号|行号|no\.?|#)$/i;

/**
 * The header's columns an import reads none of (a clerk's own 联系电话 or 审批意见), as written, so that the
 * answer says their cells are not imported rather than leaving them out unsaid; a row number column aside.
 * `index`: the column each field was read from.
 */
export function headersNotRead(headers: string[], index: Partial<Record<string, number>>): string[] {
  const read = new Set(Object.values(index));
  return headers.flatMap((h, i) => {
    const header = h.trim();
    return header && !read.has(i) && !ROW_NUMBER_HEADER.test(header.normalize('NFKC')) ? [header] : [];
  });
}

/**
 * The notes an import's result carries about its file: what it was read as (the sheets read, when several), and the
 * cells to check, each named by its row in its sheet.
 */
export const sheetNotes = (s: SheetRead | SheetSource) => ({
  file: {
    format: s.format,
    encoding: s.encoding,
    sheetName: s.sheetName,
    ...(s.sheets.length ? { sheets: s.sheets } : {}),
  } satisfies SheetFile,
  warnings: placeRows(
    s.warnings.map((w) => ({ ...w })),
    s.sheets,
  ),
  warningCount: s.warningCount,
});

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

/**
 * A file whose sheet holds the import's header row and no data row under it (blank rows, or only a totals or notes
 * row the import leaves out, `skipped`): told so on the dry run and the import alike, as an empty file is told it is
 * empty (IMPORT_NO_ROWS), where it would answer that it read 0 rows and say nothing more.
 */
export function noDataRows(
  fileName: string,
  s: { sheetName?: string | null; headerRowNo?: number; headers: string[] },
  skipped = 0,
) {
  const read = headersRead(s);
  return invalid('IMPORT_NO_ROWS', {
    zh: `文件 ${fileName} 只有表头，没有数据行${skipped ? `（表头下只有${skipped}行合计或说明，已略过）` : ''}${read.zh}；请在表头下逐行填写后再导入`,
    en: `The file ${fileName} has its header row but no data rows${skipped ? ` (only ${skipped === 1 ? 'a totals or notes row' : `${skipped} totals or notes rows`} under it, left out)` : ''}${read.en}; fill in the rows under the header and import it again`,
  });
}

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
    sheets: source.sheets,
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
    if (!buf.length) throw unreadable(fileName, empty);
    if (kind === 'binary') throw unreadable(fileName, notASheet);
    if (kind === 'text') return await textSource(buf, fileName, options);
    if (kind === 'zip') {
      const book = openXlsxWorkbook(buf, options.maxSheetBytes ?? MAX_XLSX_INFLATED_BYTES, {
        formulas: options.formulas,
      });
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
const empty = {
  zh: '文件是空的（0字节），请检查是否选错了文件或文件未保存完整',
  en: 'it is empty (0 bytes); check that it is the right file and that it was saved whole',
};
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
