import type { Actor } from '../../access/access.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { recordFileName } from '../../shared/export-list.ts';
import { type RowPlace, rowEn, rowZh, sheetRowNo } from '../../shared/sheet-place.ts';
import { checkSheetFileName, readSheet, type SheetRead, sheetNotes } from '../../shared/sheet-reader.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { inUnion, type ValueInput } from './returns.filling.steps.ts';
import type { FillingService } from './returns.filling.ts';
import {
  cellKey,
  checkValue,
  type FormField,
  type FormTable,
  labelKey,
  type ReturnForm,
  readValue,
} from './returns.form.ts';
import type { FieldType } from './returns.vocabulary.ts';

/**
 * A union's return as a sheet it can fill offline and upload back (the same checks as the page), and a form made
 * from the header row of a sheet a union already mails down.
 *
 * The 填报 sheet has one row per field and fixed-table cell: 栏目, 项目, 单位, 填报值, 平台统计数, 修改原因, 说明.
 * Rows are matched back by 栏目 and 项目 as written; each open table is a sheet of its own named after it.
 */
const MAIN_HEADERS = ['栏目', '项目', '单位', '填报值', '平台统计数', '修改原因', '说明'];
const COL = { section: 0, label: 1, value: 3, reason: 5 };
const COLUMN_LETTER = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

/** A cell's letter: A … Z, AA … */
const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** A problem of an uploaded sheet: where (sheet row and column, and the value's key when it is one) and what. */
interface SheetError {
  key?: string;
  rowNo: number;
  /** The row's sheet, when the 填报 rows were read from several sheets. */
  sheet?: string;
  column: string;
  zh: string;
  en: string;
}

/**
 * The platform's figure (平台统计数) as a number cell an auditor can sum and compare: a count, yuan or a percentage
 * as its unit column says; the text the page shows (showValue) is always such a number.
 */
const boundCell = (shown: string | null) => {
  const n = shown === null || shown.trim() === '' ? Number.NaN : Number(shown);
  return Number.isFinite(n) ? n : shown;
};

const unitOf = (f: FormField) => (f.type === 'money' ? '元' : f.type === 'percent' ? '%' : (f.unit ?? ''));
const sheetName = (i: number, label: string) => `${i + 1}.${label}`.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ');

interface Line {
  section: string;
  label: string;
  key: string;
  field: FormField;
}

function lines(form: ReturnForm): Line[] {
  const out: Line[] = [];
  for (const s of form.sections) {
    for (const f of s.fields) out.push({ section: s.title, label: f.label, key: f.key, field: f });
    for (const t of s.tables.filter((t) => t.rows))
      for (const r of t.rows ?? [])
        for (const c of t.columns)
          out.push({
            section: s.title,
            label: `${t.label}·${r.label}·${c.label}`,
            key: cellKey(t.key, r.key, c.key),
            field: { ...c, label: `${t.label}·${r.label}·${c.label}` },
          });
  }
  return out;
}
const openTables = (form: ReturnForm) => form.sections.flatMap((s) => s.tables.filter((t) => !t.rows));

const isMainHeader = (cells: string[]) =>
  labelKey(cells[COL.label] ?? '') === '项目' && labelKey(cells[COL.value] ?? '') === '填报值';

/**
 * The 填报 sheet of an upload, refused when its header row is missing or not the template's: without it the first
 * row of values would be read as the header and the next rows named wrongly.
 */
async function readMainSheet(file: { file: Buffer; fileName: string }) {
  let sheet: SheetRead;
  try {
    sheet = await readSheet(file.file, file.fileName, {
      maxRows: 5000,
      isHeader: isMainHeader,
      required: ['项目', '填报值'],
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'SHEET_NOT_FOUND') throw noHeaderRow(null);
    throw err;
  }
  if (!isMainHeader(sheet.headers)) throw noHeaderRow(sheet);
  return sheet;
}

/** 第1行应为表头 …: the columns the template's first row holds, and what the file's first filled row holds. */
function noHeaderRow(sheet: SheetRead | null) {
  const found = sheet ? sheet.headers.filter((h) => h?.trim()).slice(0, 7) : [];
  return invalid(
    'RETURN_SHEET_NO_HEADER',
    {
      zh: `第1行应为表头：${MAIN_HEADERS.join('、')}（至少须有“项目”和“填报值”两列）${
        found.length ? `；读到的第${sheet?.headerRowNo ?? 1}行是：${found.join('、')}` : ''
      }。请使用下载的填报表，不要删除表头行`,
      en: `Row 1 should be the header: ${MAIN_HEADERS.join(', ')} (at least the columns 项目 and 填报值)${
        found.length ? `; row ${sheet?.headerRowNo ?? 1} read holds: ${found.join(', ')}` : ''
      }. Use the downloaded sheet and keep its header row`,
    },
    { field: 'file', expected: MAIN_HEADERS, found },
  );
}

export function createReturnSheets(filling: FillingService, clock: () => Date) {
  return {
    /** The union's return pre-filled with what it holds now. */
    async download(actor: Actor, returnId: number, orgId: number) {
      const view = await filling.view(actor, returnId, orgId);
      const value = (key: string) => view.values[key]?.text ?? null;
      const all = lines(view.form);
      const main: XlsxSheet = {
        name: '填报',
        headers: MAIN_HEADERS,
        rows: all.map((l) => [
          l.section,
          l.label,
          unitOf(l.field),
          value(l.key),
          boundCell(view.values[l.key]?.bound ?? null),
          view.values[l.key]?.reason ?? null,
          [
            l.field.required ? '必填' : '',
            l.field.help ?? '',
            l.field.type === 'choice' ? `选填：${(l.field.choices ?? []).join('/')}` : '',
          ]
            .filter(Boolean)
            .join('；') || null,
        ]),
        textColumns: [3, 5],
        // a figure in yuan (its unit 元) is shown with two decimals, as the page shows it
        yuanRows: all.flatMap((l, i) => (l.field.type === 'money' ? [i] : [])),
        widths: [16, 36, 8, 16, 14, 24, 36],
      };
      const lists: XlsxSheet[] = openTables(view.form).map((t, i) => {
        const rows: (string | null)[][] = [];
        for (let n = 1; n <= (t.maxRows ?? 500); n += 1) {
          const row = t.columns.map((c) => value(cellKey(t.key, n, c.key)));
          if (row.some((x) => x !== null && x !== '')) rows.push(row);
        }
        return {
          name: sheetName(i, t.label),
          headers: t.columns.map((c) => c.label),
          rows,
          textColumns: t.columns.map((_, j) => j),
        };
      });
      return {
        buffer: writeWorkbook([main, ...lists]),
        fileName: recordFileName(view.title, `${view.orgName}填报表`, { day: todayInChina(clock()) }),
      };
    },

    /** Reads the union's sheet back and saves it as a draft: all values or none, each error naming its row and cell. */
    async upload(actor: Actor, returnId: number, orgId: number, file: { file: Buffer; fileName: string }) {
      checkSheetFileName(file.fileName);
      const view = await filling.view(actor, returnId, orgId);
      const byLabel = new Map(
        lines(view.form).map((l) => [`${labelKey(l.section)}|${labelKey(l.label)}`, l]),
      );
      const sheet = await readMainSheet(file);
      const errors: SheetError[] = [];
      const inputs: ValueInput[] = [];
      const seen = new Set<string>();
      for (const row of sheet.rows) {
        // where the row is, as the sheet numbers it (with the sheet when the rows came from several)
        const at: RowPlace = { rowNo: sheetRowNo(row), sheet: row.sheet };
        const l = byLabel.get(
          `${labelKey(row.cells[COL.section] ?? '')}|${labelKey(row.cells[COL.label] ?? '')}`,
        );
        if (!l) {
          if ((row.cells[COL.label] ?? '').trim())
            errors.push({
              ...at,
              column: 'B',
              zh: `${rowZh(at)}：表单中没有项目“${row.cells[COL.label]}”（栏目“${row.cells[COL.section] ?? ''}”）`,
              en: `${rowEn(at, true)}: the form has no field “${row.cells[COL.label]}” (section “${row.cells[COL.section] ?? ''}”)`,
            });
          continue;
        }
        if (seen.has(l.key)) {
          errors.push({
            ...at,
            column: 'B',
            zh: `${rowZh(at)}：项目“${l.label}”重复`,
            en: `${rowEn(at, true)}: “${l.label}” appears twice`,
          });
          continue;
        }
        seen.add(l.key);
        const raw = row.cells[COL.value] ?? '';
        const read = readValue(l.field, raw, l.key);
        const wrong = 'zh' in read ? [read] : checkValue(l.field, read, l.key, false);
        if (wrong.length) {
          for (const p of wrong) {
            const named = 'zh' in read ? inUnion(view.orgName, p) : inUnion(view.orgName, p, raw);
            errors.push({
              key: l.key,
              ...at,
              column: COLUMN_LETTER[COL.value],
              zh: `${rowZh(at)}D列：${named.zh}`,
              en: `${rowEn(at, true)}, column D: ${named.en}`,
            });
          }
          continue;
        }
        if ('zh' in read) continue;
        const bound = view.values[l.key]?.bound ?? null;
        const reason = (row.cells[COL.reason] ?? '').trim() || null;
        const boundRead = bound === null ? null : readValue(l.field, bound, l.key);
        const boundNum = boundRead && 'num' in boundRead ? boundRead.num : null;
        if (l.field.figure && boundNum !== null && raw.trim() !== '' && read.num !== boundNum && !reason) {
          const keptReason = view.values[l.key]?.reason;
          if (!keptReason || view.values[l.key]?.text !== raw.trim())
            errors.push({
              ...at,
              column: COLUMN_LETTER[COL.reason],
              zh: `${rowZh(at)}F列：“${l.label}”与平台统计数（${bound}）不同，请填写修改原因`,
              en: `${rowEn(at, true)}, column F: “${l.label}” differs from Gonghui's figure (${bound}); give the reason`,
            });
          continue;
        }
        inputs.push({ key: l.key, value: raw, reason });
      }
      const tables = openTables(view.form);
      for (const [i, t] of tables.entries()) {
        const headers = t.columns.map((c) => labelKey(c.label));
        // the other tables' sheets: a list of the same columns is not this table's
        const others = new Set(tables.flatMap((o, k) => (k === i ? [] : [sheetName(k, o.label)])));
        let listSheet: Awaited<ReturnType<typeof readSheet>> | null = null;
        try {
          // the table's rows on one sheet or on several (a long list continued on another sheet, ADR 152)
          listSheet = await readSheet(file.file, file.fileName, {
            maxRows: t.maxRows ?? 500,
            isHeader: (cells) => headers.every((h, j) => labelKey(cells[j] ?? '') === h),
            passOver: (name) => others.has(name),
          });
        } catch {
          listSheet = null;
        }
        if (!listSheet || !headers.every((h, j) => labelKey(listSheet?.headers[j] ?? '') === h)) continue;
        let n = 0;
        for (const row of listSheet.rows) {
          if (!row.cells.some((c) => c?.trim())) continue;
          n += 1;
          t.columns.forEach((c, j) => {
            const raw = row.cells[j] ?? '';
            const key = cellKey(t.key, n, c.key);
            const field = { ...c, label: `${t.label}·第${n}行·${c.label}` };
            const read = readValue(field, raw, key);
            const wrong = 'zh' in read ? [read] : checkValue(field, read, key, false);
            const column = columnLetter(j);
            for (const p of wrong) {
              const named = 'zh' in read ? inUnion(view.orgName, p) : inUnion(view.orgName, p, raw);
              const at = { rowNo: sheetRowNo(row), sheet: row.sheet };
              const sheetOf = row.sheet ?? sheetName(i, t.label);
              errors.push({
                key,
                ...at,
                column,
                zh: `工作表“${sheetOf}”第${at.rowNo}行${column}列：${named.zh}`,
                en: `Sheet “${sheetOf}”, row ${at.rowNo}, column ${column}: ${named.en}`,
              });
            }
            if (!wrong.length) inputs.push({ key, value: raw });
          });
        }
        // Rows the union removed: their cells are cleared.
        for (let m = n + 1; m <= (t.maxRows ?? 500); m += 1)
          for (const c of t.columns)
            if (view.values[cellKey(t.key, m, c.key)])
              inputs.push({ key: cellKey(t.key, m, c.key), value: null });
      }
      if (errors.length)
        throw invalid(
          'RETURN_SHEET_INVALID',
          {
            zh: `表格有${errors.length}处问题，未保存任何数据：${errors
              .slice(0, 5)
              .map((e) => e.zh)
              .join('；')}`,
            en: `The sheet has ${errors.length} problem(s); nothing was saved: ${errors
              .slice(0, 5)
              .map((e) => e.en)
              .join('; ')}`,
          },
          { errors },
        );
      const saved = await filling.save(actor, returnId, orgId, { values: inputs }, 'sheet');
      return {
        ...saved,
        rows: inputs.length,
        ...sheetNotes(sheet),
      };
    },
  };
}

/** The type a header suggests: （元）/万元 money, % a percentage, 日期 a date, else a whole number. */
function typeOfHeader(h: string): { type: FieldType; unit?: string } {
  const unit = /[（(]([^）)]+)[）)]\s*$/.exec(h)?.[1]?.trim();
  if (/元/.test(unit ?? '') || /金额|资金|经费|元$/.test(h)) return { type: 'money' };
  if (/%|％|率|比例/.test(h)) return { type: 'percent' };
  if (/日期|时间/.test(h)) return { type: 'date' };
  if (/名称|姓名|单位$|地址|备注|说明|作者|内容|标题|题目/.test(h)) return { type: 'text' };
  return { type: 'int', ...(unit ? { unit } : {}) };
}

/**
 * A form from a sheet a union already uses: each header of its first filled row becomes a field (its type guessed
 * from the header: 金额（元）money, 比例 %, 日期 a date, 名称/备注 text, else a whole number). A first column of
 * row labels below the header (by industry, by age band) makes it one table with those fixed rows instead.
 */
export async function formFromSheet(file: { file: Buffer; fileName: string }) {
  checkSheetFileName(file.fileName);
  const sheet = await readSheet(file.file, file.fileName, { maxRows: 500 });
  return { form: formOfSheet(sheet), ...sheetNotes(sheet) };
}

function formOfSheet(sheet: SheetRead): ReturnForm {
  const headers = sheet.headers.map((h) => (h ?? '').trim());
  const named = headers.map((h, i) => ({ h, i })).filter((x) => x.h);
  if (!named.length)
    throw invalid('RETURN_SHEET_NO_HEADERS', {
      zh: '表格第一行没有表头，无法生成表单',
      en: 'The sheet has no header row to make a form from',
    });
  const field = (h: string, i: number): FormField => ({
    key: `f${i + 1}`,
    label: h.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || h,
    ...typeOfHeader(h),
  });
  const rowLabels = sheet.rows.map((r) => (r.cells[named[0].i] ?? '').trim()).filter(Boolean);
  const firstIsLabels =
    rowLabels.length > 0 &&
    rowLabels.length <= 100 &&
    sheet.rows.every((r) =>
      named.slice(1).every((x) => !(r.cells[x.i] ?? '').trim() || /^[\d.,%\s-]*$/.test(r.cells[x.i] ?? '')),
    ) &&
    new Set(rowLabels.map(labelKey)).size === rowLabels.length &&
    named.length > 1;
  const title = sheet.sheetName?.trim() || '报表';
  if (firstIsLabels) {
    const table: FormTable = {
      key: 't1',
      label: title,
      rows: rowLabels.map((label, i) => ({ key: `r${i + 1}`, label })),
      columns: named.slice(1).map((x) => field(x.h, x.i)),
    };
    return { sections: [{ key: 's1', title, fields: [], tables: [table] }], rules: [] };
  }
  return {
    sections: [{ key: 's1', title, fields: named.map((x) => field(x.h, x.i)), tables: [] }],
    rules: [],
  };
}
