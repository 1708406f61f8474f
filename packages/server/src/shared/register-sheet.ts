import { type Bilingual, invalid } from './errors.ts';
import { maskIdNumbersIn } from './id-mask.ts';
import { CellProblem, isBlankRow, mergedFigure, parseCell, readingOf } from './register-sheet.cells.ts';
import { placeRows, rowEn, rowZh } from './sheet-place.ts';
import {
  headersNotRead,
  headersRead,
  noDataRows,
  openSheet,
  type SheetFile,
  type SheetWarning,
  sheetNotes,
} from './sheet-reader.ts';
import { columnOf, createFooterFilter, findColumns, type SheetRows, type SkippedRow } from './spreadsheet.ts';

export { registerTemplate } from './register-sheet.template.ts';

/**
 * The registers a union brings its past in with (requests, studios, …, issue 23): each is one sheet described
 * by its columns. From the description come the template (the data sheet's headers and a 填写说明 sheet naming
 * each column, whether it is required, its format and an example) and the reading: headers found in any order
 * and with notes in brackets, dates as clerks type them, times as 18:05 or 18点05分, whole numbers with
 * full-width digits, choices by their Chinese or English name. Every problem is a row error naming the row and
 * the column, in Chinese and English; the caller decides, all or nothing, and previews (预检) before writing.
 */
/** `money`: yuan as written (1,200.50 / ¥3000元 / 3.5万), read as integer fen. */
export type CellKind = 'text' | 'date' | 'time' | 'int' | 'money' | 'choice' | 'yesno';

/**
 * What a text column's cells are beyond text (register-sheet.cells.ts): an ID number, a phone, or another code typed
 * as digits (a credit code, a licence number). Their full-width digits and letters are read as ordinary ones and
 * their spaces (a full-width one too) dropped, as a clerk means them; an ID number Excel turned into a number
 * (1.10113E+17) is refused saying so. A column headed as an ID number (身份证…) or a phone (手机…, …电话) is read so
 * without saying it.
 */
export type CellShape = 'idNumber' | 'phone' | 'code';

export interface RegisterColumn<K extends string = string> {
  key: K;
  /** The template's header (Chinese), also the name errors give the column. */
  header: string;
  en: string;
  aliases?: readonly string[];
  required?: boolean;
  kind: CellKind;
  /** For `text`: a code typed as digits rather than words (see `CellShape`); by its header unless given. */
  shape?: CellShape;
  /** For `choice`: the values and the names a clerk may type for each (its Chinese and English, its aliases). */
  choices?: readonly { value: string; zh: string; en: string; aliases?: readonly string[] }[];
  max?: number;
  /** For `date`: a day that may lie ahead (an expiry, a planned day); other days may not. */
  future?: boolean;
  /** For `date` without `future`: why this column's day may not lie ahead, and what to do instead (said after it). */
  notAhead?: { zh: string; en: string };
  /** 填写说明: what to write. */
  note: string;
  /**
   * The same in English, for the template's English columns: plain English with no Chinese in it (a test over the
   * register catalog holds every register to this).
   */
  noteEn: string;
  example: string;
}

export interface RegisterSpec<K extends string = string> {
  title: Bilingual;
  columns: readonly RegisterColumn<K>[];
  /** General lines of the 填写说明 sheet. */
  notes: readonly string[];
  /** The same lines in English, in the same order, with no Chinese in them. */
  notesEn: readonly string[];
  /**
   * The 填写说明's last line, that the file is checked first and imported whole or not at all: `ALL_OR_NOTHING`
   * (register-sheet.template.ts) unless the register says it in its own words.
   */
  allOrNothing?: Bilingual;
  maxRows?: number;
}

export type CellValue = string | number | boolean | null;
export interface RegisterRow<K extends string> {
  /** The row's number: its sheet's, or the file's when the file was read from several sheets (sheet-place.ts). */
  rowNo: number;
  /** The row's sheet, when the file was read from several: a message names it with the row (`rowZh`, `rowEn`). */
  sheet?: string;
  /** The cells read; a column of `unread` has none. */
  values: Record<K, CellValue>;
  /**
   * The columns whose cells did not parse, each a row error already: the row still goes to the register's checks,
   * which skip what these columns would judge, so that a row's every problem is told at once.
   */
  unread?: ReadonlySet<K>;
}
/** Whether a row's cells of `keys` all parsed: a check over them can be judged. */
export const readOk = <K extends string>(row: RegisterRow<K>, ...keys: K[]) =>
  !row.unread || keys.every((k) => !row.unread?.has(k));
/** A parsed cell as text, or null when blank. */
export const cellText = (v: CellValue) => (v === null ? null : String(v));

export interface RegisterRowError {
  rowNo: number;
  /** Set as the import answers (`finishErrors`): the row's sheet, when the file was read from several. */
  sheet?: string;
  column: string;
  value?: string;
  messageZh: string;
  messageEn: string;
}
export interface RegisterRead<K extends string> {
  rows: RegisterRow<K>[];
  /** The rows read, with a problem or not (not counting blank and footer rows). */
  count: number;
  /** The errors as the import answers them (see `openRegister`). */
  finishErrors(errors: RegisterRowError[]): Promise<void>;
  errors: RegisterRowError[];
  ignoredRows: SkippedRow[];
  file: SheetFile;
  warnings: SheetWarning[];
  warningCount: number;
}

/**
 * A batch of a register's rows as read: every row, a row with cells that did not parse holding those that did
 * (marked `unread`), the cells' problems, and how many rows were read.
 */
export interface RegisterBatch<K extends string> {
  rows: RegisterRow<K>[];
  errors: RegisterRowError[];
  count: number;
}

/**
 * Opens a register's file: the sheets whose header row holds its required columns (several read as one list, in
 * order, ADR 152), its rows read in batches of about `size` (a file with no data row refused, IMPORT_NO_ROWS;
 * footer rows — 合计 with or without the word, 填表说明 — left out, every cell parsed by its column; rows with a problem reported, and returned with the cells that parsed,
 * so that the register's checks over those report a row's every problem at once; a day after `today` refused unless
 * its column allows the future), and once read, the rows left out and the file's notes.
 */
export async function openRegister<K extends string>(
  spec: RegisterSpec<K>,
  file: Buffer,
  fileName: string,
  today: string,
) {
  const names = Object.fromEntries(
    spec.columns.map((c) => [c.key, [c.header, c.en, ...(c.aliases ?? [])]]),
  ) as unknown as Record<K, readonly string[]>;
  // the required columns a row lacks: none in the header row; the fewest in the row named when no sheet has one
  const missingFrom = (cells: string[]) => {
    const found = findColumns(cells, names);
    return spec.columns.filter((c) => c.required && found[c.key] === undefined).map((c) => c.header);
  };
  const maxRows = spec.maxRows ?? 20_000;
  const source = await openSheet(file, fileName, {
    maxRows,
    tooManyRows: (max) =>
      invalid('IMPORT_TOO_LARGE', {
        zh: `一次最多导入${max}行，本表超过${max}行`,
        en: `At most ${max} rows per import; this sheet has more`,
      }),
    required: spec.columns.filter((c) => c.required).map((c) => c.header),
    missingFrom,
    isHeader: (cells) => missingFrom(cells).length === 0,
    columnKey: (header) => columnOf(names, header),
    // a formula without its result named in the cell's message, not read as a value left out
    formulas: true,
  });
  const index = findColumns(source.headers, names);
  const missing = spec.columns.filter((c) => c.required && index[c.key] === undefined);
  if (missing.length) {
    const read = headersRead(source);
    throw invalid(
      'IMPORT_COLUMNS_MISSING',
      {
        zh: `缺少必需的列：${missing.map((c) => c.header).join('、')}，请使用下载的模板${read.zh}`,
        en: `Required columns are missing: ${missing.map((c) => c.en).join(', ')}; use the template${read.en}`,
      },
      { missing: missing.map((c) => c.header) },
    );
  }
  const unreadColumns = headersNotRead(source.headers, index);
  const required = spec.columns.filter((c) => c.required);
  // a bare totals row sums the register's figures: blank under its other required columns
  const footer = createFooterFilter(
    required.map((c) => index[c.key]),
    required.filter((c) => c.kind !== 'int' && c.kind !== 'money').map((c) => index[c.key]),
  );
  const skipped: SkippedRow[] = [];
  const readings = spec.columns.map((c) => readingOf(c, today));
  const { columns } = spec;
  // each column's place in the sheet, by the column's order
  const places = columns.map((c) => index[c.key]);
  /** The data rows kept of a batch, read into the batch. */
  const read = (kept: { rows: SheetRows['rows']; skipped: SkippedRow[] }, into: RegisterBatch<K>) => {
    for (const s of kept.skipped) skipped.push(s);
    for (const row of kept.rows) {
      if (isBlankRow(row.cells)) continue;
      into.count++;
      const values = {} as Record<K, CellValue>;
      let unread: Set<K> | undefined;
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i];
        const at = places[i];
        const raw = at === undefined ? '' : (row.cells[at] ?? '');
        const inMerge = at !== undefined && !!row.merged?.includes(at);
        const parsed = (inMerge && mergedFigure(c)) || parseCell(c, raw, readings[i]);
        if (parsed instanceof CellProblem) {
          unread ??= new Set();
          unread.add(c.key);
          into.errors.push({
            rowNo: row.rowNo,
            column: c.header,
            value: maskIdNumbersIn(raw.trim()) || undefined,
            messageZh: parsed.problem.zh,
            messageEn: parsed.problem.en,
          });
        } else values[c.key] = parsed;
      }
      const { rowNo, sheet } = row;
      const out: RegisterRow<K> = sheet === undefined ? { rowNo, values } : { rowNo, sheet, values };
      if (unread) out.unread = unread;
      into.rows.push(out);
    }
    return into;
  };
  return {
    /** The sheets the rows are read from when several are (a row's number names its sheet, sheet-place.ts). */
    sheets: source.sheets,
    /** The rows in batches: a batch's cells are parsed and let go before the next is read. */
    async *batches(size: number): AsyncGenerator<RegisterBatch<K>> {
      let count = 0;
      for await (const batch of source.batches(size)) {
        const b = read(footer.filter(batch), { rows: [], errors: [], count: 0 });
        count += b.count;
        yield b;
      }
      // a row held back as a possible totals row, and the blank or note rows after it
      const last = read(footer.end(), { rows: [], errors: [], count: 0 });
      if (last.rows.length) yield last;
      // a header with nothing under it is said, not answered as 0 rows read
      if (count + last.count === 0) throw noDataRows(fileName, source, skipped.length);
    },
    /** After the batches: the footer rows left out and the file's notes, each row named in its sheet. */
    notes: () => {
      const notes = sheetNotes(source);
      return {
        ignoredRows: placeRows(
          skipped.map((s) => ({ ...s })),
          source.sheets,
        ),
        ...notes,
        file: { ...notes.file, ...(unreadColumns.length ? { unreadColumns } : {}) },
      };
    },
    /**
     * The row errors as the import answers them (every path of a register's answer passes here): in the file's
     * order; each error found after reading (a union not found, a person not on record: no `value`) given the cell
     * as typed in its row and column (the rows are read again, only when an error lacks its cell); every ID number
     * an error quotes masked, in its cell or its reason, whatever the width of its digits; each row named as its
     * sheet numbers it, with the sheet when the file was read from several (sheet-place.ts); each column named by
     * the sheet's own header, as the clerk sees it in the file.
     */
    async finishErrors(errors: RegisterRowError[]): Promise<void> {
      errors.sort((a, b) => a.rowNo - b.rowNo);
      const wanted = new Map<number, RegisterRowError[]>();
      for (const e of errors) {
        if (e.value !== undefined) e.value = maskIdNumbersIn(e.value);
        e.messageZh = maskIdNumbersIn(e.messageZh);
        e.messageEn = maskIdNumbersIn(e.messageEn);
        if (e.value === undefined && e.column) wanted.set(e.rowNo, [...(wanted.get(e.rowNo) ?? []), e]);
      }
      const place = new Map(columns.map((c, i) => [c.header, places[i]]));
      if (wanted.size) {
        for await (const batch of source.batches(5000)) {
          for (const row of batch) {
            for (const e of wanted.get(row.rowNo) ?? []) {
              const at = place.get(e.column);
              const typed = at === undefined ? '' : (row.cells[at] ?? '').trim();
              if (typed) e.value = maskIdNumbersIn(typed);
            }
          }
        }
      }
      // the column named as the clerk's sheet heads it (身份证号码 where the register says 身份证号)
      for (const e of errors) {
        const at = place.get(e.column);
        const own = at === undefined ? '' : (source.headers[at] ?? '').trim();
        if (own) e.column = own;
      }
      placeRows(errors, source.sheets);
    },
  };
}

/** Reads a register's file whole (openRegister's batches together). */
export async function readRegister<K extends string>(
  spec: RegisterSpec<K>,
  file: Buffer,
  fileName: string,
  today: string,
): Promise<RegisterRead<K>> {
  const register = await openRegister(spec, file, fileName, today);
  const rows: RegisterRow<K>[] = [];
  const errors: RegisterRowError[] = [];
  let count = 0;
  for await (const batch of register.batches(1000)) {
    for (const r of batch.rows) rows.push(r);
    for (const e of batch.errors) errors.push(e);
    count += batch.count;
  }
  return { rows, count, errors, ...register.notes(), finishErrors: register.finishErrors };
}

/** Each column's header by its key: the name a row error gives the column (in English, `en`: an English message's). */
export const headersOf = <K extends string>(
  columns: readonly RegisterColumn<K>[],
  language: 'zh' | 'en' = 'zh',
) =>
  Object.fromEntries(columns.map((c) => [c.key, language === 'en' ? c.en : c.header])) as Record<K, string>;

/** A row's problem found after reading (a date out of order, an unknown union …), in the same shape. */
export const rowError = (rowNo: number, column: string, zh: string, en: string): RegisterRowError => ({
  rowNo,
  column,
  messageZh: zh,
  messageEn: en,
});

/** A count of problems in English: 1 problem, 2 problems. */
export const problemsEn = (n: number) => (n === 1 ? '1 problem' : `${n} problems`);

/** The refusal of a whole file with row errors (all or nothing): nothing was written. */
export function refuseRows(title: Bilingual, errors: RegisterRowError[], total: number) {
  const first = errors[0];
  return invalid(
    'IMPORT_ROWS_INVALID',
    {
      zh: `${rowZh(first)}「${first.column}」：${first.messageZh}（共${errors.length}处错误，${title.zh}未导入任何一行）`,
      en: `${rowEn(first, true)}, "${first.column}": ${first.messageEn} (${problemsEn(errors.length)}; nothing of the ${title.en} was imported)`,
    },
    { total, errors },
  );
}

/** What every register import answers: its counts (at least `created`), the row errors and the file's notes. */
export type RegisterImportAnswer<C extends { created: number }, X = object> = C &
  X & {
    dryRun: boolean;
    total: number;
    errors: RegisterRowError[];
    ignoredRows: SkippedRow[];
    file: SheetFile;
    warnings: SheetWarning[];
    warningCount: number;
  };
