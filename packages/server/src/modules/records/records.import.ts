/**
 * Importing records from .xlsx/.csv: every row is checked (fields, ID number, membership in the
 * importer's subtree, duplicates in the file and on record) and reported by row number in Chinese and
 * English. "all" imports nothing when any row is wrong; "valid" imports the good rows. One transaction.
 */

import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { readSheet, writeWorkbook } from '../../shared/spreadsheet.ts';
import { recordAudit } from '../audit/index.ts';
import { ID_PROBLEM_TEXT, type IdProtector, parseIdNumber } from '../people/index.ts';
import { KIND_NAMES, normaliseRecord, type RecordFields, subjectKeyOf } from './records.input.ts';
import {
  findExistingSubjects,
  findMembersByIdHash,
  insertRecords,
  type RecordInsert,
} from './records.repository.ts';
import type { RecordKind } from './records.types.ts';

export type ImportMode = 'all' | 'valid';
export const MAX_IMPORT_ROWS = 20000;

interface Column {
  key: keyof RecordFields | 'idNumber' | 'name' | 'inventors';
  zh: string;
  en: string;
  required: boolean;
  aliases?: string[];
  note: { zh: string; en: string; example: string };
}

const ID: Column = {
  key: 'idNumber',
  zh: '身份证号',
  en: 'ID number',
  required: true,
  aliases: ['公民身份号码', '身份证号码'],
  note: {
    zh: '18位身份证号，须为本工会会员',
    en: '18-character ID number of a member',
    example: '110113199001011234',
  },
};
const NAME: Column = {
  key: 'name',
  zh: '姓名',
  en: 'name',
  required: false,
  note: { zh: '可选，用于核对', en: 'optional, checked against the ID number', example: '张三' },
};
const DATE = (zh: string, en: string): Column => ({
  key: 'date',
  zh,
  en,
  required: true,
  aliases: ['日期'],
  note: { zh: '如 2020-05-03', en: 'e.g. 2020-05-03', example: '2020-05-03' },
});

export const IMPORT_COLUMNS: Record<RecordKind, Column[]> = {
  certificate: [
    ID,
    NAME,
    {
      key: 'occupation',
      zh: '职业（工种）',
      en: 'occupation',
      required: true,
      aliases: ['职业', '工种'],
      note: { zh: '', en: '', example: '电工' },
    },
    {
      key: 'grade',
      zh: '等级',
      en: 'level',
      required: true,
      aliases: ['证书等级', '职业资格等级'],
      note: { zh: '一级至五级', en: '1 (highest) to 5', example: '三级' },
    },
    {
      key: 'issuer',
      zh: '发证机构',
      en: 'issuer',
      required: false,
      note: { zh: '', en: '', example: '北京市人力资源和社会保障局' },
    },
    {
      key: 'number',
      zh: '证书编号',
      en: 'certificate number',
      required: true,
      note: { zh: '', en: '', example: 'S000011000000012345' },
    },
    DATE('发证日期', 'date issued'),
  ],
  award: [
    ID,
    NAME,
    {
      key: 'competition',
      zh: '竞赛名称',
      en: 'competition',
      required: true,
      note: { zh: '', en: '', example: '北京市职工职业技能大赛' },
    },
    {
      key: 'level',
      zh: '竞赛级别',
      en: 'award level',
      required: true,
      aliases: ['级别'],
      note: {
        zh: '企业级、区级、市级、国家级、国际级',
        en: 'enterprise, district, city, national, international',
        example: '市级',
      },
    },
    {
      key: 'rank',
      zh: '名次',
      en: 'rank',
      required: true,
      aliases: ['奖项', '获奖等次'],
      note: {
        zh: '冠军、一等奖、二等奖、三等奖、优胜奖等',
        en: 'champion, first prize …',
        example: '一等奖',
      },
    },
    DATE('获奖日期', 'date awarded'),
  ],
  training: [
    ID,
    NAME,
    {
      key: 'course',
      zh: '培训课程',
      en: 'course',
      required: true,
      aliases: ['课程'],
      note: { zh: '', en: '', example: '计算机辅助设计（CAD）' },
    },
    {
      key: 'organiser',
      zh: '培训机构',
      en: 'organiser',
      required: false,
      note: { zh: '', en: '', example: '顺义区总工会' },
    },
    {
      key: 'feeYuan',
      zh: '培训费（元）',
      en: 'fee (yuan)',
      required: true,
      aliases: ['培训费'],
      note: { zh: '金额，最多两位小数', en: 'amount in yuan, at most 2 decimals', example: '1200.00' },
    },
    {
      key: 'number',
      zh: '证书编号',
      en: 'certificate number',
      required: false,
      note: { zh: '可选', en: 'optional', example: 'PX2020001' },
    },
    DATE('结业日期', 'date completed'),
  ],
  patent: [
    {
      key: 'patentNo',
      zh: '专利号',
      en: 'patent number',
      required: true,
      note: { zh: '', en: '', example: 'ZL202010123456.7' },
    },
    {
      key: 'title',
      zh: '专利名称',
      en: 'title',
      required: true,
      note: { zh: '', en: '', example: '一种配电柜散热装置' },
    },
    {
      key: 'patentType',
      zh: '专利类型',
      en: 'patent type',
      required: true,
      note: { zh: '发明、实用新型、外观设计', en: 'invention, utility model, design', example: '发明' },
    },
    DATE('授权日期', 'date granted'),
    {
      key: 'inventors',
      zh: '发明人身份证号',
      en: 'inventor ID numbers',
      required: true,
      aliases: ['发明人'],
      note: {
        zh: '按发明人排序，以分号分隔',
        en: 'in inventor order, separated by semicolons',
        example: '110113199001011234;110113198505051234',
      },
    },
  ],
};

interface ImportError {
  row: number;
  column?: string;
  zh: string;
  en: string;
}

/** One refused row's problem, shaped like the member import's row errors. */
export interface RecordRowError {
  rowNo: number;
  column: string;
  messageZh: string;
  messageEn: string;
}

const toRowError = (e: ImportError): RecordRowError => ({
  rowNo: e.row,
  column: e.column ?? '',
  messageZh: e.zh,
  messageEn: e.en,
});

export interface ImportResult {
  kind: RecordKind;
  mode: ImportMode;
  total: number;
  imported: number;
  skipped: number;
  errors: RecordRowError[];
}

const norm = (h: string) =>
  h
    .replace(/\s/g, '')
    .replace(/[*＊]/g, '')
    .replace(/[（(].*?[)）]/g, '')
    .toLowerCase();

function mapHeaders(kind: RecordKind, headers: string[]): Map<Column['key'], number> {
  const at = new Map<Column['key'], number>();
  const normalised = headers.map(norm);
  for (const c of IMPORT_COLUMNS[kind]) {
    const names = [c.zh, c.en, c.key, ...(c.aliases ?? [])].map(norm);
    const i = normalised.findIndex((h) => h !== '' && names.includes(h));
    if (i >= 0) at.set(c.key, i);
  }
  const missing = IMPORT_COLUMNS[kind].filter((c) => c.required && !at.has(c.key));
  if (missing.length) {
    throw invalid(
      'IMPORT_COLUMNS_MISSING',
      {
        zh: `表格缺少列：${missing.map((c) => c.zh).join('、')}（请使用${KIND_NAMES[kind].zh}导入模板）`,
        en: `The sheet lacks columns: ${missing.map((c) => c.en).join(', ')} (use the ${KIND_NAMES[kind].en} template)`,
      },
      { missing: missing.map((c) => c.key) },
    );
  }
  return at;
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
): { person?: Person; error?: { zh: string; en: string } } {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) {
    const p = ID_PROBLEM_TEXT[parsed.problem];
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

async function checkRows(
  sql: Sql,
  ids: IdProtector,
  actor: Actor,
  kind: RecordKind,
  file: Buffer,
  fileName: string,
) {
  let sheet: ReturnType<typeof readSheet>;
  try {
    sheet = readSheet(file, fileName);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid('IMPORT_FILE_UNREADABLE', {
      zh: `无法读取文件 ${fileName}，请另存为 .xlsx 或 .csv 后重试`,
      en: `Cannot read ${fileName}; save it as .xlsx or .csv and try again`,
    });
  }
  if (sheet.rows.length === 0) {
    throw invalid('IMPORT_EMPTY', { zh: '表格中没有数据行', en: 'The sheet has no data rows' });
  }
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    throw invalid('IMPORT_TOO_LARGE', {
      zh: `一次最多导入${MAX_IMPORT_ROWS}行，本表有${sheet.rows.length}行`,
      en: `At most ${MAX_IMPORT_ROWS} rows per import; this sheet has ${sheet.rows.length}`,
    });
  }
  const at = mapHeaders(kind, sheet.headers);
  const cell = (cells: string[], key: Column['key']) => {
    const i = at.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const columnName = (key: string) =>
    IMPORT_COLUMNS[kind].find((c) => c.key === key || (key === 'feeFen' && c.key === 'feeYuan'))?.zh;

  // One look-up for every ID number in the sheet.
  const allIds = sheet.rows.flatMap((r) =>
    kind === 'patent' ? splitIds(cell(r.cells, 'inventors')) : [cell(r.cells, 'idNumber')],
  );
  const hashes = [
    ...new Set(
      allIds
        .map((s) => parseIdNumber(s))
        .filter((p) => p.ok)
        .map((p) => ids.hash(p.value.number)),
    ),
  ];
  const byHash = await findMembersByIdHash(sql, hashes);

  const errors: ImportError[] = [];
  const good: { row: number; inserts: RecordInsert[]; key: string }[] = [];
  const seenKeys = new Map<string, number>();
  for (const { rowNo, cells } of sheet.rows) {
    const rowErrors: ImportError[] = [];
    const fields: RecordFields = {};
    for (const c of IMPORT_COLUMNS[kind]) {
      if (c.key !== 'idNumber' && c.key !== 'name' && c.key !== 'inventors') {
        (fields as Record<string, string>)[c.key] = cell(cells, c.key);
      }
    }
    const checked = normaliseRecord(kind, fields);
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
        const r = resolvePerson(actor, ids, byHash, raw, label);
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
        const r = resolvePerson(actor, ids, byHash, raw, { zh: '', en: '' });
        if (r.error) rowErrors.push({ row: rowNo, column: '身份证号', ...r.error });
        else if (r.person) {
          const name = cell(cells, 'name');
          if (name && name !== r.person.name) {
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
        zh: `与第${earlier}行是同一${KIND_NAMES[kind].zh}`,
        en: `the same ${KIND_NAMES[kind].en} as row ${earlier}`,
      });
      continue;
    }
    seenKeys.set(key, rowNo);
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
  return { total: sheet.rows.length, errors, fresh };
}

export async function importRecords(
  db: Db,
  ids: IdProtector,
  actor: Actor,
  input: { kind: RecordKind; mode: ImportMode; file: Buffer; fileName: string },
): Promise<ImportResult> {
  requireAccess(actor, 'records.write');
  return db.tx(async (sql) => {
    const { total, errors, fresh } = await checkRows(sql, ids, actor, input.kind, input.file, input.fileName);
    if (errors.length && input.mode === 'all') {
      const first = errors[0];
      throw invalid(
        'IMPORT_ROWS_INVALID',
        {
          zh: `第${first.row}行：${first.zh}（共${errors.length}处错误，未导入任何记录）`,
          en: `Row ${first.row}: ${first.en} (${errors.length} problems; nothing was imported)`,
        },
        { total, errors: errors.map(toRowError) },
      );
    }
    const inserts = fresh.flatMap((g) => g.inserts);
    const inserted = await insertRecords(sql, inserts);
    const result: ImportResult = {
      kind: input.kind,
      mode: input.mode,
      total,
      imported: fresh.length,
      skipped: total - fresh.length,
      errors: errors.map(toRowError),
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
