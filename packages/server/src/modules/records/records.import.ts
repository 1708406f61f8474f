/**
 * Importing records from .xlsx, .xls, .ods or .csv: every row is checked (fields, ID number, membership in the
 * importer's subtree, duplicates in the file and on record) and reported by row number in Chinese and
 * English. "all" imports nothing when any row is wrong; "valid" imports the good rows. One transaction.
 */

import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { problemsEn } from '../../shared/register-sheet.ts';
import { placeOf, placeRows, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import {
  readSheet,
  type SheetFile,
  type SheetRead,
  type SheetWarning,
  sheetNotes,
} from '../../shared/sheet-reader.ts';
import { type SkippedRow, skipFooterRows } from '../../shared/spreadsheet.ts';
import { sameName } from '../../shared/text.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { type IdProtector, idNumberRefusal, parseIdNumber } from '../people/index.ts';
import {
  type Column,
  columnOfHeader,
  hasRequiredColumns,
  IMPORT_COLUMNS,
  mapHeaders,
} from './records.import.columns.ts';
import { KIND_NAMES, normaliseRecord, type RecordFields, subjectKeyOf } from './records.input.ts';
import {
  findExistingSubjects,
  findMembersByIdHash,
  insertRecords,
  type RecordInsert,
} from './records.repository.ts';
import type { RecordKind } from './records.vocabulary.ts';

export type ImportMode = 'all' | 'valid';
export const MAX_IMPORT_ROWS = 20000;

interface ImportError {
  /** The row's number in the file (sheet-place.ts). */
  row: number;
  column?: string;
  zh: string;
  en: string;
}

/** One refused row's problem, shaped like the member import's row errors. */
export interface RecordRowError {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  column: string;
  messageZh: string;
  messageEn: string;
}

/** A problem as the import answers it: its row as its sheet numbers it, with the sheet when several were read. */
const toRowError = (e: ImportError, sheets: string[]): RecordRowError => ({
  ...placeOf(e.row, sheets),
  column: e.column ?? '',
  messageZh: e.zh,
  messageEn: e.en,
});

export interface ImportResult {
  kind: RecordKind;
  mode: ImportMode;
  total: number;
  imported: number;
  /** Data rows not imported (refused or already on record). */
  skipped: number;
  /** Rows read as no data (a 合计 row, a 填表说明 block …), left out without an error. */
  ignoredRows: SkippedRow[];
  file: SheetFile;
  warnings: SheetWarning[];
  warningCount: number;
  errors: RecordRowError[];
}

interface Person {
  id: number;
  name: string;
  orgId: number | null;
  orgPath: string | null;
}

/** Looks up ID numbers (already hashed) and reports those that are malformed, unknown or out of scope. */
function resolvePerson(
  actor: Actor,
  ids: IdProtector,
  byHash: Map<string, Person>,
  raw: string,
  label: { zh: string; en: string },
  today: string,
): { person?: Person; error?: { zh: string; en: string } } {
  const parsed = parseIdNumber(raw, today);
  if (!parsed.ok) {
    const p = idNumberRefusal(raw, today);
    return { error: { zh: `${label.zh}${p.zh}`, en: `${label.en}${p.en}` } };
  }
  const person = byHash.get(ids.hash(parsed.value.number));
  if (!person) {
    return {
      error: {
        zh: `${label.zh}身份证号未在平台登记`,
        en: `${label.en}ID number is not registered on the platform`,
      },
    };
  }
  if (!canAccess(actor, 'records.write', { orgPath: person.orgPath })) {
    return {
      error: {
        zh: `${label.zh}该人员不是本工会管理范围内的会员`,
        en: `${label.en}this person is not a member in your subtree`,
      },
    };
  }
  return { person };
}

const splitIds = (s: string) => s.split(/[;；,，、\s]+/).filter(Boolean);

/** The sheet of a records file: the first visible sheet with the kind's required columns. */
function readRecordSheet(kind: RecordKind, file: Buffer, fileName: string): Promise<SheetRead> {
  const required = IMPORT_COLUMNS[kind].filter((c) => c.required);
  return readSheet(file, fileName, {
    maxRows: MAX_IMPORT_ROWS,
    tooManyRows: (max) =>
      invalid('IMPORT_TOO_LARGE', {
        zh: `一次最多导入${max}行，本表超过${max}行`,
        en: `At most ${max} rows per import; this sheet has more`,
      }),
    isHeader: (cells) => hasRequiredColumns(kind, cells),
    required: required.map((c) => c.zh),
    columnKey: (header) => columnOfHeader(kind, header),
  });
}

async function checkRows(
  sql: Sql | Db,
  ids: IdProtector,
  actor: Actor,
  kind: RecordKind,
  sheet: SheetRead,
  today: string,
) {
  if (sheet.rows.length === 0) {
    throw invalid('IMPORT_EMPTY', { zh: '表格中没有数据行', en: 'The sheet has no data rows' });
  }
  const at = mapHeaders(kind, sheet.headers);
  const { rows, skipped } = skipFooterRows(sheet.rows, [
    at.get(kind === 'patent' ? 'inventors' : 'idNumber'),
    at.get('name'),
  ]);
  if (rows.length === 0) {
    throw invalid('IMPORT_EMPTY', { zh: '表格中没有数据行', en: 'The sheet has no data rows' });
  }
  const cell = (cells: string[], key: Column['key']) => {
    const i = at.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const columnName = (key: string) =>
    IMPORT_COLUMNS[kind].find((c) => c.key === key || (key === 'feeFen' && c.key === 'feeYuan'))?.zh;

  // One look-up for every ID number in the sheet.
  const allIds = rows.flatMap((r) =>
    kind === 'patent' ? splitIds(cell(r.cells, 'inventors')) : [cell(r.cells, 'idNumber')],
  );
  const numbers = new Set(
    allIds.map((s) => parseIdNumber(s, today)).flatMap((p) => (p.ok ? [p.value.number] : [])),
  );
  // under every live key: during a key rotation a member not yet rewritten is found under the previous one
  const byHash = await findMembersByIdHash(
    sql,
    [...numbers].map((n) => ids.lookups(n)),
  );

  const errors: ImportError[] = [];
  const good: { row: number; inserts: RecordInsert[]; key: string }[] = [];
  const seenKeys = new Map<string, RowPlace>();
  let rowsChecked = 0;
  for (const { rowNo, sheet: sheetOf, cells } of rows) {
    // a turn of the event loop now and then: 20,000 rows take seconds to check
    if (++rowsChecked % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
    const rowErrors: ImportError[] = [];
    const fields: RecordFields = {};
    for (const c of IMPORT_COLUMNS[kind]) {
      if (c.key !== 'idNumber' && c.key !== 'name' && c.key !== 'inventors') {
        (fields as Record<string, string>)[c.key] = cell(cells, c.key);
      }
    }
    const checked = normaliseRecord(kind, fields, today);
    if (!checked.ok) {
      for (const p of checked.problems)
        rowErrors.push({ row: rowNo, column: columnName(p.field), zh: p.zh, en: p.en });
    }
    const holders: { person: Person; order: number | null }[] = [];
    if (kind === 'patent') {
      const list = splitIds(cell(cells, 'inventors'));
      if (list.length === 0)
        rowErrors.push({
          row: rowNo,
          column: '发明人身份证号',
          zh: '缺少发明人',
          en: 'inventors are missing',
        });
      list.forEach((raw, i) => {
        const label = { zh: `第${i + 1}发明人：`, en: `inventor ${i + 1}: ` };
        const r = resolvePerson(actor, ids, byHash, raw, label, today);
        if (r.error) rowErrors.push({ row: rowNo, column: '发明人身份证号', ...r.error });
        else if (r.person && holders.some((h) => h.person.id === r.person?.id)) {
          rowErrors.push({
            row: rowNo,
            column: '发明人身份证号',
            zh: `${label.zh}重复列出`,
            en: `${label.en}listed twice`,
          });
        } else if (r.person) holders.push({ person: r.person, order: i + 1 });
      });
    } else {
      const raw = cell(cells, 'idNumber');
      if (!raw)
        rowErrors.push({ row: rowNo, column: '身份证号', zh: '缺少身份证号', en: 'ID number is missing' });
      else {
        const r = resolvePerson(actor, ids, byHash, raw, { zh: '', en: '' }, today);
        if (r.error) rowErrors.push({ row: rowNo, column: '身份证号', ...r.error });
        else if (r.person) {
          const name = cell(cells, 'name');
          if (name && !sameName(name, r.person.name)) {
            rowErrors.push({
              row: rowNo,
              column: '姓名',
              zh: `姓名「${name}」与身份证号登记的姓名「${r.person.name}」不符`,
              en: `name "${name}" does not match the registered name "${r.person.name}"`,
            });
          } else holders.push({ person: r.person, order: null });
        }
      }
    }
    if (rowErrors.length || !checked.ok || holders.length === 0) {
      errors.push(...rowErrors);
      continue;
    }
    const key = subjectKeyOf(checked.value, holders[0].person.id);
    const earlier = seenKeys.get(key);
    if (earlier !== undefined) {
      errors.push({
        row: rowNo,
        zh: `与${rowZh(earlier)}是同一${KIND_NAMES[kind].zh}`,
        en: `the same ${KIND_NAMES[kind].en} as ${rowEn(earlier)}`,
      });
      continue;
    }
    seenKeys.set(key, { rowNo, sheet: sheetOf });
    good.push({
      row: rowNo,
      key,
      inserts: holders.map((h) => ({
        ...checked.value,
        personId: h.person.id,
        subjectKey: key,
        inventorOrder: h.order,
        source: 'import',
        orgId: actor.orgId ?? h.person.orgId,
        createdBy: actor.userId || null,
      })),
    });
  }
  const existing = await findExistingSubjects(
    sql,
    kind,
    good.map((g) => g.key),
  );
  const fresh = good.filter((g) => {
    if (!existing.has(g.key)) return true;
    errors.push({
      row: g.row,
      zh: `该${KIND_NAMES[kind].zh}已登记（${g.key.split(':')[1]}）`,
      en: `this ${KIND_NAMES[kind].en} is already on record (${g.key.split(':')[1]})`,
    });
    return false;
  });
  errors.sort((a, b) => a.row - b.row);
  return { total: rows.length, errors, fresh, ignoredRows: placeRows(skipped, sheet.sheets) };
}

const recordedMeanwhile = () =>
  new AppError('conflict', 'IMPORT_RECORDED_MEANWHILE', {
    zh: '导入期间其他人登记了表中的同一记录，未导入任何记录；请重新导入，已登记的行会被指出',
    en: 'While this file was checked, someone else recorded one of its records; nothing was imported. Import it again: the rows already on record will be named',
  });

export async function importRecords(
  db: Db,
  ids: IdProtector,
  actor: Actor,
  input: { kind: RecordKind; mode: ImportMode; file: Buffer; fileName: string },
  /** The day of the import: a record dated after it, or an ID number born after it, is refused. */
  today: string,
): Promise<ImportResult> {
  requireAccess(actor, 'records.write');
  // read before the transaction opens: a large file is read while the database serves others
  const sheet = await readRecordSheet(input.kind, input.file, input.fileName);
  // and checked before it opens too (look-ups only): the transaction holds no more than the inserts, so on the
  // embedded database, where a transaction has the one connection, other clerks wait for the inserts alone
  const { total, errors, fresh, ignoredRows } = await checkRows(db, ids, actor, input.kind, sheet, today);
  return db.tx(async (sql) => {
    if (errors.length && input.mode === 'all') {
      const first = errors[0];
      const at = placeOf(first.row, sheet.sheets);
      throw invalid(
        'IMPORT_ROWS_INVALID',
        {
          zh: `${rowZh(at)}：${first.zh}（共${errors.length}处错误，未导入任何记录）`,
          en: `${rowEn(at, true)}: ${first.en} (${problemsEn(errors.length)}; nothing was imported)`,
        },
        { total, errors: errors.map((e) => toRowError(e, sheet.sheets)) },
      );
    }
    const inserts = fresh.flatMap((g) => g.inserts);
    let inserted: number[];
    try {
      inserted = await insertRecords(sql, inserts);
    } catch (err) {
      // the same record registered by another import since this one was checked
      if (isUniqueViolation(err)) throw recordedMeanwhile();
      throw err;
    }
    const result: ImportResult = {
      kind: input.kind,
      mode: input.mode,
      total,
      imported: fresh.length,
      skipped: total - fresh.length,
      ignoredRows,
      ...sheetNotes(sheet),
      errors: errors.map((e) => toRowError(e, sheet.sheets)),
    };
    await recordAudit(sql, actor, {
      action: 'record.import',
      entity: 'record',
      entityId: null,
      orgId: actor.orgId,
      after: { fileName: input.fileName, ...result, errors: errors.length, rows: inserted.length },
    });
    return result;
  });
}

/** An empty import sheet for one kind, with a second sheet explaining each column. */
export function recordTemplate(kind: RecordKind): Buffer {
  const cols = IMPORT_COLUMNS[kind];
  return writeWorkbook([
    {
      name: KIND_NAMES[kind].zh,
      headers: cols.map((c) => c.zh),
      rows: [],
      widths: cols.map((c) => Math.max(14, c.zh.length * 2 + 4)),
    },
    {
      name: '填写说明 Notes',
      headers: ['列 Column', '必填 Required', '说明', 'Notes', '示例 Example'],
      rows: cols.map((c) => [
        `${c.zh} ${c.en}`,
        c.required ? '是 yes' : '否 no',
        c.note.zh,
        c.note.en,
        c.note.example,
      ]),
      widths: [28, 14, 36, 40, 40],
    },
  ]);
}
