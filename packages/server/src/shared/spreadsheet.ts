import { normaliseText } from './text.ts';

/**
 * The spreadsheets unions exchange: finding an import's columns and leaving out its footer rows. Reading a file
 * is sheet-reader.ts; writing one is xlsx-writer.ts (`writeWorkbook`).
 */
export interface SheetRows {
  /** Header cells of the first row, trimmed. */
  headers: string[];
  /**
   * Data rows as text cells; `rowNo` is the spreadsheet row number (header is row 1), or the file's when it was read
   * from several sheets, each row then naming its `sheet` (sheet-place.ts).
   */
  rows: {
    rowNo: number;
    cells: string[];
    sheet?: string;
    /** The cells (by index) of a merge down the column, the top cell's value shown on each row (xlsx-merges.ts). */
    merged?: number[];
    /** A row hidden in Excel (by hand or by a filter): read, and said. */
    hidden?: boolean;
  }[];
}

/**
 * Lower-case, no spaces, punctuation or notes in brackets: '身份证号码（必填）*' → '身份证号码'; full-width forms as
 * their ordinary ones first (类型／层级 is 类型/层级, ＩＤ is id), as a cell's text is read.
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s*＊:：_\-·.。/\\]/g, '')
    .toLowerCase();
}

/** Which column holds each field, known by any of `names` (compared normalised); the first such column wins. */
export function findColumns<K extends string>(
  headers: string[],
  names: Record<K, readonly string[]>,
): Partial<Record<K, number>> {
  const index: Partial<Record<K, number>> = {};
  headers.forEach((h, i) => {
    const header = normaliseHeader(h);
    for (const [key, aliases] of Object.entries(names) as [K, readonly string[]][]) {
      if (index[key] === undefined && aliases.some((n) => normaliseHeader(n) === header)) index[key] = i;
    }
  });
  return index;
}

/** Which field a header names, known by any of `names` (compared normalised); undefined for none. */
export function columnOf<K extends string>(
  names: Record<K, readonly string[]>,
  header: string,
): K | undefined {
  const h = normaliseHeader(header);
  for (const [key, aliases] of Object.entries(names) as [K, readonly string[]][])
    if (aliases.some((n) => normaliseHeader(n) === h)) return key;
  return undefined;
}

/** Whether a row is the header row of a sheet with these columns: every one of `required` is found in it. */
export function hasColumns<K extends string>(
  names: Record<K, readonly string[]>,
  required: readonly K[],
): (cells: string[]) => boolean {
  return (cells) => {
    const index = findColumns(cells, names);
    return required.every((k) => index[k] !== undefined);
  };
}

/** A row under a roster that is not a row of it: a 合计 line, a 填表说明 block, a 填表人 line. */
export interface SkippedRow {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  /** `sum`: a bare totals row, a row of the sums of the rows above it without the word 合计. */
  reason: 'total' | 'sum' | 'note';
}

type Row = SheetRows['rows'][number];
type Filtered = { rows: SheetRows['rows']; skipped: SkippedRow[] };

const TOTAL_START = /^(合计|总计|小计|共计)/;
const NOTE_START =
  /^(填表说明|填写说明|说明|备注|附注|注(?=$|[:\d\s意])|填表人|填报人|经办人|制表人|制表|审核人|负责人|联系人)/;

/** A signer's or a day's label and what follows it: 填表人：王芳, 审核人:李强, 日期：2023年12月31日. */
const SIGNED =
  /^(填表人|填报人|经办人|制表人|审核人|审批人|复核人|负责人|单位负责人|联系人|联系电话|填表日期|填报日期|制表日期|日期|(填报|填表)?单位(\(盖章\))?)\s*[:：]/;

/**
 * A 填表人：… 审核人：… 日期：… line spread across the columns, its labels under key columns too: every filled cell
 * a signer's or a day's label and what follows it, and no ID number.
 */
function isSignatureLine(cells: string[]): boolean {
  return !hasIdNumber(cells) && cells.every((c) => !c?.trim() || SIGNED.test(normaliseText(c)));
}

/**
 * A cell of a template's notes row, put right under the header by the clerk or the system the sheet came from:
 * 必填, 选填（默认否）, 格式：2024-03-05, 单位：元, 例：张三, yyyy-mm-dd, or any text wholly in brackets ((必填),
 * 【单位：人】). No value a register reads starts so: a name, a union, a day, an amount, a choice or a yes/no never
 * does, nor a free text a clerk types for a record (说明 and 例 count only followed by a colon).
 */
const INSTRUCTION =
  /^(?:(?:必填|选填|非必填|可选填|可不填|不必填)|(?:格式|单位|说明|填写说明|示例|举例|例如|例|注)\s*[:：]|[yY]{4}[-/.年]|[（(【[].*[）)】\]]$)/;

/**
 * Whether a row is a notes row of a template, every filled cell an instruction (INSTRUCTION) and none an ID number:
 * left out, as a footer note is, when it stands under the header before any data row.
 */
function isInstructionsRow(cells: string[]): boolean {
  let filled = 0;
  for (const c of cells) {
    if (!c?.trim()) continue;
    if (!INSTRUCTION.test(normaliseText(c))) return false;
    filled++;
  }
  return filled > 0 && !hasIdNumber(cells);
}

/**
 * Leaves out the rows under (or between) a roster's data that a clerk reads as no data: a 合计/总计/小计
 * row, and a 填表说明/备注/说明/注：/填表人/填报人 line with the one-cell lines that follow it. Recognised by
 * shape, never by a word alone: the first filled cell starts with such a word, and for a note every key
 * column (ID number, name) is blank or is that very cell (a merged note spanning them); a total row may
 * carry its counts anywhere ("合计 | 545人"). A row with an ID number is data, so a member named in a note
 * or a total is never lost; under a note, a row of one cell (without an ID number) continues the note,
 * any other row is data again. A totals row without the word (`BareTotals`) is left out too, and so is a template's
 * notes row under the header, before any data (`isInstructionsRow`: 必填 | 格式：2024-03-05 | 单位：元).
 */
export function skipFooterRows(rows: SheetRows['rows'], keyColumns: (number | undefined)[]): Filtered {
  const footer = createFooterFilter(keyColumns);
  const read = footer.filter(rows);
  const last = footer.end();
  return { rows: [...read.rows, ...last.rows], skipped: [...read.skipped, ...last.skipped] };
}

export interface FooterFilter {
  /** The next rows of the file: those that are data, and those left out. */
  filter(rows: SheetRows['rows']): Filtered;
  /** After the last rows: a row held back as a possible totals row, now known to end its sheet. */
  end(): Filtered;
}

/**
 * skipFooterRows over a file read in batches: the filter remembers whether the previous batch ended inside a note,
 * and holds back a row that may be a bare totals row until the rows after it show whether it ends its sheet's data
 * (released by a later batch, or by `end`), so a file streamed in pieces is read exactly as a whole one. A new sheet
 * (a row's `sheet`, ADR 152) starts afresh.
 * `keyColumns`: the columns that name a row's subject (ID number, name, union), blank on a note; `totalKeys` those
 * blank on a bare totals row (the key columns unless told: a register's required columns but its figures).
 */
export function createFooterFilter(
  keyColumns: (number | undefined)[],
  totalKeys: (number | undefined)[] = keyColumns,
): FooterFilter {
  const keys = keyColumns.filter((k): k is number => k !== undefined);
  const blankOnTotals = totalKeys.filter((k): k is number => k !== undefined);
  let inNote = false;
  /** No data row yet in this sheet: a notes row of the template may stand here, under the header. */
  let atTop = true;
  let sheet: string | undefined;
  let totals = new BareTotals(blankOnTotals);
  /** A row that may be a bare totals row, with the blank and note rows after it, each with its reason if left out. */
  let held: { row: Row; reason?: SkippedRow['reason'] }[] = [];
  const release = (out: Filtered, asTotals: boolean) => {
    for (const [i, h] of held.entries()) {
      const reason = i === 0 ? (asTotals ? 'sum' : undefined) : h.reason;
      if (reason) out.skipped.push({ rowNo: h.row.rowNo, reason });
      else {
        out.rows.push(h.row);
        if (i === 0) totals.add(h.row);
      }
    }
    held = [];
  };
  return {
    filter(rows) {
      const out: Filtered = { rows: [], skipped: [] };
      for (const row of rows) {
        if (row.sheet !== sheet) {
          release(out, held.length > 0);
          sheet = row.sheet;
          inNote = false;
          atTop = true;
          totals = new BareTotals(blankOnTotals);
        }
        // a loop, not arrays made per row: a million-row sheet passes through here
        let first = -1;
        let filled = 0;
        for (let i = 0; i < row.cells.length; i++) {
          if (!row.cells[i]?.trim()) continue;
          if (first < 0) first = i;
          filled++;
        }
        const text = first < 0 ? '' : normaliseText(row.cells[first]);
        let reason: SkippedRow['reason'] | undefined;
        // looked for only when the row might be a total or a note: most rows are neither
        if (atTop && first >= 0 && isInstructionsRow(row.cells)) {
          reason = 'note';
        } else if (first >= 0 && TOTAL_START.test(text) && !hasIdNumber(row.cells)) {
          reason = 'total';
          inNote = false;
        } else if (
          first >= 0 &&
          NOTE_START.test(text) &&
          (keys.every((k) => k === first || !row.cells[k]?.trim()) || isSignatureLine(row.cells))
        ) {
          reason = 'note';
          inNote = true;
        } else if (inNote && filled === 1 && !hasIdNumber(row.cells)) {
          reason = 'note';
        } else if (first >= 0) {
          inNote = false;
          atTop = false;
          // data after a row held back: that row did not end the sheet's data, and is data too
          if (held.length) release(out, false);
          if (totals.isTotal(row)) {
            held.push({ row });
            continue;
          }
        }
        if (held.length) held.push({ row, reason });
        else if (reason) out.skipped.push({ rowNo: row.rowNo, reason });
        else {
          out.rows.push(row);
          if (first >= 0) totals.add(row);
        }
      }
      return out;
    },
    end() {
      const out: Filtered = { rows: [], skipped: [] };
      release(out, held.length > 0);
      return out;
    },
  };
}

/**
 * A bare totals row: the row a clerk's sheet often ends with, summing the columns above it, with no 合计 in it. Its
 * key cells (name, ID number, union) are blank, and every filled cell is a number equal to its column's sum over the
 * sheet's data rows above it, compared in fen (0.1 + 0.2 is 0.30), with at least one such number and one data row
 * above. A row that sums only some of its columns, or sums them wrongly, is data, refused at its blank key cell as
 * any row would be. (The caller holds it back until the rows after it show it ends the sheet's data.)
 */
class BareTotals {
  /**
   * Each column's sum over the data rows so far, in fen: undefined while they are blank there, null once one has
   * other than a number there (and from the start under a key column, never summed).
   */
  private readonly sums: (number | null | undefined)[] = [];
  private rows = 0;
  constructor(private readonly keys: number[]) {
    for (const k of keys) this.sums[k] = null;
  }

  add(row: Row): void {
    this.rows++;
    const { cells } = row;
    for (let i = 0; i < cells.length; i++) {
      const sum = this.sums[i];
      const cell = cells[i];
      if (sum === null || !cell?.trim()) continue;
      const fen = fenOf(cell);
      this.sums[i] = fen === null ? null : (sum ?? 0) + fen;
    }
  }

  isTotal(row: Row): boolean {
    // a row giving an ID number is a person's, never a total (a sum of amounts may run to 15 digits: not one)
    if (!this.rows || row.cells.some((c) => ID_NUMBER.test(c?.trim() ?? ''))) return false;
    if (this.keys.some((k) => row.cells[k]?.trim())) return false;
    let numbers = 0;
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i];
      if (!cell?.trim()) continue;
      const fen = fenOf(cell);
      const sum = this.sums[i];
      if (fen === null || sum === null || fen !== (sum ?? 0)) return false;
      numbers++;
    }
    return numbers > 0;
  }
}

const ID_NUMBER = /^(\d{15}|\d{17}[\dXx])$/;
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * A cell's number in fen (hundredths), as a clerk's sheet writes it: 1200, 1,200.50, ¥36.5, 36.5元; null for other
 * text. Rounded, not refused past two decimals as parseYuan refuses an amount: a sum Excel computed reaches the
 * reader with its float noise (0.30000000000000004), and a count column is summed too.
 */
function fenOf(cell: string): number | null {
  const text = cell
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .trim();
  if (!NUMBER.test(text)) return null;
  return Math.round(Number(text.replace(/,/g, '')) * 100);
}

const hasIdNumber = (cells: string[]) => cells.some((c) => !!c?.trim() && /\d{15}/.test(normaliseText(c)));

export interface SheetSpec {
  name: string;
  headers: string[];
  rows: (string | number | boolean | null)[][];
  /** Column widths in characters. */
  widths?: number[];
  /**
   * Columns of yuan amounts: their numbers are shown with two decimals (0.00). A column whose header names yuan
   * (see isYuanHeader) is one without being listed.
   */
  moneyColumns?: number[];
}

/** A unit of a count in a header's brackets: 收到（件）, 慰问金已审批（笔） — a count, even of money paid. */
const COUNT_UNIT = /[（(][人件户次项份家个批笔场][）)，,]/;

/**
 * Whether a header (or, in a sheet of labels and values, a row's label) names an amount in yuan: 金额（元）,
 * 预算（元，项目期内）, 合计（元） Total (yuan), 慰问金, 保费. Money is kept in fen and written in yuan, so such a
 * column's numbers are yuan and shown with two decimals.
 */
export function isYuanHeader(header: string): boolean {
  return (
    /[（(]元|元[）)，,]|\(yuan\)/i.test(header) ||
    (/金额|保费|慰问金/.test(header) && !COUNT_UNIT.test(header))
  );
}
