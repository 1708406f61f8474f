import { placeRows, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { readSheet, sheetNotes } from '../../shared/sheet-reader.ts';
import { columnOf, findColumns, hasColumns, skipFooterRows } from '../../shared/spreadsheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { CoverageInput } from './coverage.counts.ts';
import { type CoverageField, checkCoverage } from './coverage.input.ts';

/**
 * The covered-enterprise sheet: its columns, the names a clerk may give them, and their titles in the template.
 * The agreements register (agreements.import.ts) knows its enterprise columns by the same names.
 */
export const COVERAGE_COLUMNS: Record<CoverageField, readonly string[]> = {
  uscc: ['统一社会信用代码', '信用代码', '社会信用代码', 'uscc', 'credit code'],
  name: ['企业名称', '单位名称', '企业', 'enterprise', 'name'],
  workers: ['职工人数', '职工数', '覆盖职工人数', 'workers'],
  womenWorkers: ['女职工人数', '女职工数', '其中女职工', 'women workers'],
};
export const COVERAGE_TITLES: Record<CoverageField, { zh: string; en: string }> = {
  uscc: { zh: '统一社会信用代码', en: 'credit code' },
  name: { zh: '企业名称', en: 'enterprise name' },
  workers: { zh: '职工人数', en: 'workers' },
  womenWorkers: { zh: '女职工人数', en: 'women workers' },
};
const FIELDS = Object.keys(COVERAGE_COLUMNS) as CoverageField[];
/** The most enterprises one coverage sheet lists (a regional agreement covers a few thousand). */
export const MAX_COVERAGE_ROWS = 50_000;

export interface CoverageRowError {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  column: string;
  messageZh: string;
  messageEn: string;
}

/** The import template: the four columns and one example row. */
export function coverageTemplate(): Buffer {
  return writeWorkbook([
    {
      name: '覆盖企业',
      headers: FIELDS.map((f) => COVERAGE_TITLES[f].zh),
      rows: [['91110117MA01EXMPLQ', '北京示例科技有限公司', 120, 45]],
      widths: [24, 36, 12, 12],
      textColumns: [0],
    },
  ]);
}

/** A whole count as a clerk types it: full-width digits, thousands separators and a trailing 人 allowed. */
function readCount(text: string): number | null {
  const t = normaliseText(text).replace(/[,，\s人]/g, '');
  if (!/^\d{1,8}$/.test(t)) return null;
  return Number(t);
}

/**
 * Reads covered enterprises from .xlsx, .xls, .ods or .csv and checks every row: the credit code, a name, whole counts, women
 * not more than workers, a code not listed twice. Row errors name the row and the column in both languages.
 */
export async function readCoverageSheet(file: Buffer, fileName: string) {
  const sheet = await readSheet(file, fileName, {
    maxRows: MAX_COVERAGE_ROWS,
    isHeader: hasColumns(COVERAGE_COLUMNS, FIELDS),
    required: FIELDS.map((f) => COVERAGE_TITLES[f].zh),
    columnKey: (header) => columnOf(COVERAGE_COLUMNS, header),
  });
  const columns = findColumns(sheet.headers, COVERAGE_COLUMNS);
  const errors: CoverageRowError[] = [];
  const missing = FIELDS.filter((f) => columns[f] === undefined);
  if (missing.length) {
    errors.push({
      rowNo: 1,
      column: missing.map((f) => COVERAGE_TITLES[f].zh).join('、'),
      messageZh: `缺少列：${missing.map((f) => COVERAGE_TITLES[f].zh).join('、')}`,
      messageEn: `Missing columns: ${missing.map((f) => COVERAGE_TITLES[f].en).join(', ')}`,
    });
    return { rows: [] as CoverageInput[], errors, total: sheet.rows.length, notes: sheetNotes(sheet) };
  }
  const { rows } = skipFooterRows(sheet.rows, [columns.uscc, columns.name]);
  const out: CoverageInput[] = [];
  const seen = new Map<string, RowPlace>();
  for (const { rowNo, sheet: sheetOf, cells } of rows) {
    const at: RowPlace = { rowNo, sheet: sheetOf };
    const cell = (f: CoverageField) => cells[columns[f] as number] ?? '';
    const fail = (f: CoverageField, zh: string, en: string) =>
      errors.push({
        rowNo,
        column: COVERAGE_TITLES[f].zh,
        messageZh: `${rowZh(at)}：${zh}`,
        messageEn: `${rowEn(at, true)}: ${en}`,
      });
    const workers = readCount(cell('workers'));
    const women = readCount(cell('womenWorkers') || '0');
    if (workers === null) {
      fail(
        'workers',
        `职工人数应为整数：${cell('workers') || '（空）'}`,
        `workers must be a whole number: ${cell('workers') || '(blank)'}`,
      );
      continue;
    }
    if (women === null) {
      fail(
        'womenWorkers',
        `女职工人数应为整数：${cell('womenWorkers')}`,
        `women workers must be a whole number: ${cell('womenWorkers')}`,
      );
      continue;
    }
    const checked = checkCoverage({ uscc: cell('uscc'), name: cell('name'), workers, womenWorkers: women });
    if ('problem' in checked) {
      fail(checked.problem.field, checked.problem.zh, checked.problem.en);
      continue;
    }
    const first = seen.get(checked.value.uscc);
    if (first !== undefined) {
      fail('uscc', `统一社会信用代码与${rowZh(first)}重复`, `credit code repeats ${rowEn(first)}`);
      continue;
    }
    seen.set(checked.value.uscc, at);
    out.push(checked.value);
  }
  return { rows: out, errors: placeRows(errors, sheet.sheets), total: rows.length, notes: sheetNotes(sheet) };
}
