import { type AppError, invalid } from './errors.ts';
import { MAX_SHEETS_READ, oneHeader, placed, rowEn, rowZh, SHEET_ROW_SPAN } from './sheet-place.ts';
import type { TextEncoding } from './sheet-text.ts';
import type { SheetRow, XlsxRowSource } from './xlsx-reader.ts';

/**
 * Which sheets of a file an import reads, and their rows: every visible sheet with the import's header row among its
 * first rows (a title or a note may come first) and rows under it, read as one list in the workbook's order (a ledger
 * split by year into sheets, ADR 152), the rows below each header capped together, and cells that lost characters on
 * the way reported. Every reader (sheet-reader.ts) hands its sheets here, whatever the file's format.
 */

export type SheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

/** A cell whose text lost characters on the way (a GBK file's missing glyph, a broken byte). */
export interface SheetWarning {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  column: string;
  zh: string;
  en: string;
}

export interface OpenSheetOptions {
  /** The most data rows (below the header) read; past it the file is refused. Default 100,000. */
  maxRows?: number;
  /**
   * Whether an .xlsx formula saved without its result reads as its text, `=…`, for the import to name (a register's
   * cells, register-sheet.cells.ts); else as an empty cell.
   */
  formulas?: boolean;
  /** The error for more than `maxRows` rows (default SHEET_TOO_MANY_ROWS). */
  tooManyRows?: (max: number) => AppError;
  /**
   * Whether a row is the import's header row. The sheets read are the visible ones with such a row among their first
   * rows and rows under it, in order (ADR 152); without it, the first visible sheet that holds anything, its first
   * filled row the header.
   */
  isHeader?: (cells: string[]) => boolean;
  /**
   * Which of the import's columns a header names (its key; undefined for none), so that sheets read together that
   * name a column differently (身份证号码 on one, 身份证号 on another) or order their columns differently are read as
   * one: their rows are laid out under the first sheet's header, a column only a later sheet has added after it.
   * Without it, a column is known by its header normalised.
   */
  columnKey?: (header: string) => string | undefined;
  /** The names of the columns the import needs, for the message when no sheet has them. */
  required?: string[];
  /**
   * The columns the import needs that a row lacks (as the messages name them). With it, a sheet without the header
   * row is told by the row of its first rows that lacks the fewest (the first of those): the row taken as its header,
   * named with its row number and what it lacks; without it, by its first row.
   */
  missingFrom?: (cells: string[]) => string[];
  /**
   * Sheets never read, whatever they hold: in a workbook of several lists with the same columns (a return's tables),
   * the sheets of the other lists.
   */
  passOver?: (sheetName: string) => boolean;
  /** The most a streamed .xlsx sheet may inflate to (default MAX_XLSX_INFLATED_BYTES). */
  maxSheetBytes?: number;
}

export interface SheetSource {
  format: SheetFormat;
  /** How a text file was decoded; null for a workbook. */
  encoding: TextEncoding | null;
  /** The sheet read (the first of them when several are); null for a text file. */
  sheetName: string | null;
  /**
   * The sheets read, in order, when the rows come from more than one (each row then carries its sheet and a number
   * of the file's, sheet-place.ts); empty when they come from one.
   */
  sheets: string[];
  /** The header row (the first sheet's when several are read). */
  headerRowNo: number;
  /** The header row's cells; when several sheets are read, the first's, then the columns only later ones have. */
  headers: string[];
  /** The filled rows below the header, in batches of about `size`; each call reads from the start again. */
  batches(size: number): AsyncGenerator<SheetRow[]>;
  /** About how many data rows the sheet holds (for progress); null before the first batch. */
  estimatedRows(): number | null;
  /** Cells that lost characters, found so far (the first MAX_WARNINGS; `warningCount` counts all). */
  warnings: SheetWarning[];
  warningCount: number;
}

export const DEFAULT_MAX_ROWS = 100_000;
export const MAX_WARNINGS = 200;
/** The rows at the top of a sheet in which its header row is looked for (a title or a note may come first). */
const HEADER_SEARCH_ROWS = 10;
export const defaultTooMany = (max: number) =>
  invalid('SHEET_TOO_MANY_ROWS', {
    zh: `表格超过${max}行数据，一次最多导入${max}行；请拆分后分批导入`,
    en: `The sheet has more than ${max} data rows; at most ${max} rows can be imported at once. Split it into several files`,
  });

export interface CandidateSheet {
  /** null for a text file, which has no sheets */
  name: string | null;
  hidden: boolean;
  rows: XlsxRowSource | null;
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

/**
 * The sheets read. With `isHeader`, every visible sheet is looked at: those with the header row and rows below it are
 * read, one after another (ADR 152); a sheet with the header row and nothing under it is passed over, and read only
 * when no sheet has rows.
 */
export async function chooseSheet(
  format: SheetFormat,
  sheets: CandidateSheet[],
  fileName: string,
  options: OpenSheetOptions,
  encoding: TextEncoding | null = null,
): Promise<SheetSource> {
  const passOver = options.passOver;
  if (passOver) sheets = sheets.filter((s) => s.name === null || !passOver(s.name));
  const visible = sheets.some((s) => !s.hidden) ? sheets.filter((s) => !s.hidden) : sheets;
  const seen: { sheet: CandidateSheet; top: SheetRow[] }[] = [];
  const matches: { sheet: CandidateSheet; top: SheetRow[]; at: number }[] = [];
  const one = (name: string | null, rows: XlsxRowSource | null, header: SheetRow) =>
    sheetSource(format, encoding, [{ name, rows, header }], options);
  for (const sheet of visible) {
    const top = await firstRows(sheet.rows);
    if (top.length === 0) continue;
    seen.push({ sheet, top });
    if (!options.isHeader) return one(sheet.name, sheet.rows, top[0]);
    const at = top.findIndex((r) => options.isHeader?.(r.cells));
    if (at >= 0) matches.push({ sheet, top, at });
  }
  if (matches.length) {
    // the platform's own notes sheets (a template's 填写说明, an export's 说明) name the columns, but hold no data
    const data = matches.some((m) => !isNotesSheet(m.sheet))
      ? matches.filter((m) => !isNotesSheet(m.sheet))
      : matches;
    const withRows = data.filter((m) => m.top.length === HEADER_SEARCH_ROWS || hasRowsBelow(m.top, m.at));
    if (withRows.length > MAX_SHEETS_READ) throw tooManySheets(fileName, withRows.length);
    const read = withRows.length ? withRows : data.slice(0, 1);
    return sheetSource(
      format,
      encoding,
      read.map((m) => ({ name: m.sheet.name, rows: m.sheet.rows, header: m.top[m.at] })),
      options,
    );
  }
  // the columns only on a hidden sheet: say so, rather than what the visible sheet lacks
  const hidden: { sheet: CandidateSheet; top: SheetRow[] }[] = [];
  for (const sheet of sheets) if (sheet.hidden) hidden.push({ sheet, top: await firstRows(sheet.rows) });
  const hiddenMatch = options.isHeader && hidden.find((h) => h.top.some((r) => options.isHeader?.(r.cells)));
  if (hiddenMatch) throw onlyHidden(fileName, hiddenMatch.sheet.name ?? '');
  if (seen.length === 0) return one(visible[0]?.name ?? null, null, { rowNo: 1, cells: [] });
  // one sheet with content: the import itself says which of its columns are missing
  if (seen.length === 1) {
    const { sheet, top } = seen[0];
    return one(sheet.name, sheet.rows, headerTaken(top, options).row);
  }
  throw noSheetMatches(fileName, sheets, [...seen, ...hidden], options);
}

/** The sheets the platform writes beside a template's or an export's data: the notes on its columns and figures. */
const NOTES_SHEETS = new Set(['填写说明', '说明']);
const isNotesSheet = (sheet: CandidateSheet) => NOTES_SHEETS.has((sheet.name ?? '').trim());

/** Whether a filled cell lies below row `at` of a sheet's first rows. */
const hasRowsBelow = (top: SheetRow[], at: number) =>
  top.slice(at + 1).some((r) => r.cells.some((c) => c?.trim()));

/** The row of a sheet's first rows taken as its header when none is the import's, and what it lacks. */
function headerTaken(
  top: SheetRow[],
  options: OpenSheetOptions,
): { row: SheetRow; missing: string[] | null } {
  const missingFrom = options.missingFrom;
  if (!missingFrom) return { row: top[0], missing: null };
  let best = { row: top[0], missing: missingFrom(top[0].cells) };
  for (const row of top.slice(1)) {
    const missing = missingFrom(row.cells);
    if (missing.length < best.missing.length) best = { row, missing };
  }
  return best;
}

const tooManySheets = (fileName: string, n: number) =>
  invalid(
    'SHEET_TOO_MANY',
    {
      zh: `${fileName} 中有${n}个工作表含有所需的列，一次最多读取${MAX_SHEETS_READ}个；请拆分为几个文件分别导入`,
      en: `${n} sheets of ${fileName} have the columns needed; at most ${MAX_SHEETS_READ} are read at once. Split it into several files`,
    },
    { field: 'file' },
  );

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
  options: OpenSheetOptions,
): AppError {
  const required = options.required ?? [];
  const list = (cells: string[], sep: string) =>
    cells.filter(Boolean).slice(0, 12).join(sep) + (cells.filter(Boolean).length > 12 ? `${sep}…` : '');
  const found = all.map((s) => {
    const top = seen.find((x) => x.sheet === s)?.top ?? [];
    const taken = top.length ? headerTaken(top, options) : null;
    return {
      name: s.name,
      hidden: s.hidden,
      rowNo: taken?.row.rowNo ?? null,
      headers: taken?.row.cells.filter(Boolean) ?? [],
      missing: taken?.missing ?? null,
    };
  });
  const zh = found
    .map(
      (s) =>
        `“${s.name}”${s.hidden ? '（隐藏）' : ''}${s.headers.length ? `第${s.rowNo}行：${list(s.headers, '、')}` : '：（空）'}${s.headers.length && s.missing?.length ? `，缺少${s.missing.join('、')}` : ''}`,
    )
    .join('；');
  const en = found
    .map(
      (s) =>
        `"${s.name}"${s.hidden ? ' (hidden)' : ''}${s.headers.length ? ` row ${s.rowNo}: ${list(s.headers, ', ')}` : ': (empty)'}${s.headers.length && s.missing?.length ? `, lacking ${s.missing.join(', ')}` : ''}`,
    )
    .join('; ');
  return invalid(
    'SHEET_NOT_FOUND',
    {
      zh: `${fileName} 中没有哪个工作表含有所需的列${required.length ? `（${required.join('、')}）` : ''}。各工作表读作表头的行：${zh}`,
      en: `No sheet of ${fileName} has the columns needed${required.length ? ` (${required.join(', ')})` : ''}. The row read as the header of each sheet: ${en}`,
    },
    { field: 'file', sheets: found },
  );
}

/** A sheet read: its name (null for a text file), its rows and its header row. */
interface SheetPart {
  name: string | null;
  rows: XlsxRowSource | null;
  header: SheetRow;
}

/**
 * The data rows of the sheets chosen, each below its `header`, with the row cap over them all and the lost-character
 * check. Rows of several sheets are numbered by the file and carry their sheet (sheet-place.ts), and are laid out
 * under one header (`columnKey`); the rows of one sheet are as the sheet has them.
 */
function sheetSource(
  format: SheetFormat,
  encoding: TextEncoding | null,
  parts: SheetPart[],
  options: OpenSheetOptions,
): SheetSource {
  const max = options.maxRows ?? DEFAULT_MAX_ROWS;
  const tooMany = options.tooManyRows ?? defaultTooMany;
  const several = parts.length > 1;
  const { headers, layouts } = oneHeader(
    parts.map((p) => p.header.cells.map((c) => c.trim())),
    options.columnKey,
  );
  const source: SheetSource = {
    format,
    encoding,
    sheetName: parts[0].name,
    sheets: several ? parts.map((p) => p.name ?? '') : [],
    headerRowNo: parts[0].header.rowNo,
    headers,
    warnings: [],
    warningCount: 0,
    estimatedRows: () => {
      const known = parts
        .map((p) => p.rows?.estimatedRows())
        .map((n, i) => (n == null ? null : Math.max(0, n - parts[i].header.rowNo)));
      return known.every((n) => n === null) ? null : known.reduce<number>((sum, n) => sum + (n ?? 0), 0);
    },
    async *batches(size) {
      source.warnings = [];
      source.warningCount = 0;
      let count = 0;
      for (const [i, { rows, header, name }] of parts.entries()) {
        if (!rows) continue;
        const layout = layouts[i];
        const first = (i + 1) * SHEET_ROW_SPAN;
        for await (const batch of rows.batches(size)) {
          let data = batch[0].rowNo > header.rowNo ? batch : batch.filter((r) => r.rowNo > header.rowNo);
          if (data.length === 0) continue;
          count += data.length;
          if (count > max) throw tooMany(max);
          if (several) data = data.map((r) => placed(r, first, name ?? '', layout, headers.length));
          for (const r of data) {
            checkLostCharacters(r, headers, source);
            if (r.hidden) warnHidden(r, source);
            while (r.cells.length < headers.length) r.cells.push('');
          }
          yield data;
        }
      }
    },
  };
  return source;
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
/** U+FFFD, "?" beside a Chinese character or alone, or a private-use character (GBK's user-defined area). */
const LOST = new RegExp(`\\uFFFD|[${CJK}]\\?|\\?[${CJK}]|^\\?+$|[\\ue000-\\uf8ff]`);

/** Whether a text holds a character LOST looks for ("?", U+FFFD, a private-use one): most cells hold none. */
function mayHaveLost(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) return true;
  }
  return false;
}

/**
 * A row hidden in Excel (by hand, or by a filter that leaves it out of view) is read as every other row — nothing of
 * the file is left out unsaid — and said, for the clerk who hid it to keep it out of the import to delete it.
 */
function warnHidden(row: SheetRow, into: SheetSource): void {
  into.warningCount++;
  if (into.warnings.length >= MAX_WARNINGS) return;
  into.warnings.push({
    rowNo: row.rowNo,
    column: '',
    zh: `${rowZh(row)}在 Excel 中是隐藏的（或被筛选隐藏），已照常读取；如不应导入，请在文件中删去该行`,
    en: `${rowEn(row, true)} is hidden in Excel (or filtered out of view) and is read as any other row; if it should not be imported, delete it from the file`,
  });
}

/**
 * A cell with U+FFFD (bytes that were not text in the file's encoding), a "?" beside Chinese characters (what
 * a GBK file holds where a character outside GBK was typed, e.g. 王? for 王䶮) or a private-use character (a
 * GBK file's user-defined area, which no font shows) is read as written but reported: the import goes on and
 * says which cells to check.
 */
function checkLostCharacters(row: SheetRow, headers: string[], into: SheetSource): void {
  for (let i = 0; i < row.cells.length; i++) {
    const text = row.cells[i];
    if (!text || !mayHaveLost(text) || !LOST.test(text)) continue;
    into.warningCount++;
    if (into.warnings.length >= MAX_WARNINGS) continue;
    const column = headers[i] || `第${i + 1}列`;
    const columnEn = headers[i] || `column ${i + 1}`;
    into.warnings.push({
      rowNo: row.rowNo,
      column: headers[i] ?? '',
      zh: `${rowZh(row)}“${column}”为“${text}”，其中有无法识别的字符，可能在保存文件时丢失了文字，请核对`,
      en: `${rowEn(row, true)}, ${columnEn}: "${text}" holds characters that could not be read; text may have been lost when the file was saved. Please check it`,
    });
  }
}
