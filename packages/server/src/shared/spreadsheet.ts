import { normaliseText } from './text.ts';

/**
 * The spreadsheets unions exchange: finding an import's columns and leaving out its footer rows. Reading a file
 * is sheet-reader.ts; writing one is xlsx-writer.ts (`writeWorkbook`).
 */
export interface SheetRows {
  /** Header cells of the first row, trimmed. */
  headers: string[];
  /** Data rows as text cells; `rowNo` is the spreadsheet row number (header is row 1). */
  rows: { rowNo: number; cells: string[] }[];
}

/** Lower-case, no spaces, punctuation or notes in brackets: '身份证号码（必填）*' → '身份证号码'. */
export function normaliseHeader(header: string): string {
  return header
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
  reason: 'total' | 'note';
}

const TOTAL_START = /^(合计|总计|小计|共计)/;
const NOTE_START =
  /^(填表说明|填写说明|说明|备注|附注|注(?=$|[:\d\s意])|填表人|填报人|经办人|制表人|制表|审核人|负责人|联系人)/;

/**
 * Leaves out the rows under (or between) a roster's data that a clerk reads as no data: a 合计/总计/小计
 * row, and a 填表说明/备注/说明/注：/填表人/填报人 line with the one-cell lines that follow it. Recognised by
 * shape, never by a word alone: the first filled cell starts with such a word, and for a note every key
 * column (ID number, name) is blank or is that very cell (a merged note spanning them); a total row may
 * carry its counts anywhere ("合计 | 545人"). A row with an ID number is data, so a member named in a note
 * or a total is never lost; under a note, a row of one cell (without an ID number) continues the note,
 * any other row is data again.
 */
export function skipFooterRows(
  rows: SheetRows['rows'],
  keyColumns: (number | undefined)[],
): { rows: SheetRows['rows']; skipped: SkippedRow[] } {
  return createFooterFilter(keyColumns)(rows);
}

/**
 * skipFooterRows over a sheet read in batches: the filter remembers whether the previous batch ended
 * inside a note, so a sheet streamed in pieces is read exactly as a whole one.
 */
export function createFooterFilter(
  keyColumns: (number | undefined)[],
): (rows: SheetRows['rows']) => { rows: SheetRows['rows']; skipped: SkippedRow[] } {
  const keys = keyColumns.filter((k): k is number => k !== undefined);
  let inNote = false;
  return (rows) => {
    const kept: SheetRows['rows'] = [];
    const skipped: SkippedRow[] = [];
    for (const row of rows) {
      // a loop, not arrays made per row: a million-row sheet passes through here
      let first = -1;
      let filled = 0;
      for (let i = 0; i < row.cells.length; i++) {
        if (!row.cells[i]?.trim()) continue;
        if (first < 0) first = i;
        filled++;
      }
      const text = first < 0 ? '' : normaliseText(row.cells[first]);
      // looked for only when the row might be a total or a note: most rows are neither
      if (first >= 0 && TOTAL_START.test(text) && !hasIdNumber(row.cells)) {
        skipped.push({ rowNo: row.rowNo, reason: 'total' });
        inNote = false;
      } else if (
        first >= 0 &&
        NOTE_START.test(text) &&
        keys.every((k) => k === first || !row.cells[k]?.trim())
      ) {
        skipped.push({ rowNo: row.rowNo, reason: 'note' });
        inNote = true;
      } else if (inNote && filled === 1 && !hasIdNumber(row.cells)) {
        skipped.push({ rowNo: row.rowNo, reason: 'note' });
      } else {
        kept.push(row);
        inNote = false;
      }
    }
    return { rows: kept, skipped };
  };
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
