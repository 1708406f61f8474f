import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import type { OpenSheetOptions } from '../../shared/sheet-reader.ts';
import type { SheetRows } from '../../shared/spreadsheet.ts';
import { MAX_XLSX_STREAMED_SHEET_BYTES } from '../../shared/xlsx-zip.ts';
import type { RowError, RowReject } from '../jobs/index.ts';
import { resolveOrgNames } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { maskIdNumber } from './idcard.ts';
import { columnDef, mapHeaders } from './people.import.columns.ts';
import { listActivePathsByHash } from './people.import.repository.ts';
import { type ColumnIndex, type MemberCandidate, parseMemberRow } from './people.import.rows.ts';

/** A validated row as written to import_staging; short keys keep 100,000 rows small. */
export interface StagedData {
  n: string;
  h: string;
  /** Cipher and mask only for a person not yet registered. */
  c?: string;
  mk?: string;
  bd: string;
  g: 'male' | 'female';
  org: number;
  jo?: string;
  ph?: string;
  em?: string;
  fl?: boolean;
  od?: boolean;
  ne?: boolean;
  mw?: string | null;
  hl?: string | null;
  hf?: string | null;
  hu?: string | null;
}

/** What a batch of rows came to: the rows to stage and the refused ones with every problem found. */
export interface ValidatedBatch {
  staged: { rowNo: number; data: StagedData }[];
  rejects: RowReject[];
  errorCount: number;
}

export interface DefaultOrg {
  id: number;
  path: string;
}

const LOOKUP_CHUNK = 5000;

/** A federation's whole member sheet fits in one import. */
export const MAX_IMPORT_ROWS = 1_000_000;

/**
 * Clerks' sheets often start with a title row (XX工会会员花名册) above the headers: the header row is
 * the first of the top rows naming both 姓名 and 身份证号, on the first visible sheet that has one.
 */
export const MEMBER_SHEET: OpenSheetOptions = {
  maxRows: MAX_IMPORT_ROWS,
  tooManyRows: () => tooManyRows(),
  isHeader: (cells) => {
    const { index } = mapHeaders(cells);
    return index.name !== undefined && index.idNumber !== undefined;
  },
  required: ['姓名', '身份证号'],
  // a sheet read as a stream is never held whole: the cap bounds the work (a million rows inflate to ~600 MB)
  maxSheetBytes: MAX_XLSX_STREAMED_SHEET_BYTES,
};

/** File-level problem: no data rows at all. */
export function fileEmpty() {
  return invalid('FILE_EMPTY', {
    zh: '文件中没有数据行（第1行应为表头，从第2行起为会员）',
    en: 'The file has no data rows (row 1 holds the headers, members start on row 2)',
  });
}

export function tooManyRows() {
  return invalid('FILE_TOO_MANY_ROWS', {
    zh: `一次最多导入${MAX_IMPORT_ROWS}行，本文件超过${MAX_IMPORT_ROWS}行，请拆分`,
    en: `At most ${MAX_IMPORT_ROWS} rows per import; this file has more. Split it.`,
  });
}

/** File-level problems with the header row: nothing can be read row by row. */
export function checkHeaders(headers: string[], defaultOrg: DefaultOrg | null): ColumnIndex {
  if (!headers.some(Boolean)) throw fileEmpty();
  const { index } = mapHeaders(headers);
  const missing = (['name', 'idNumber'] as const).filter((k) => index[k] === undefined);
  if (index.union === undefined && !defaultOrg) missing.push('union' as never);
  if (missing.length) {
    const zh = missing.map((k) => columnDef(k).zh).join('、');
    // the headers a clerk types are Chinese: the English message names them as the template does
    const en = missing.map((k) => columnDef(k).zh).join(', ');
    throw invalid(
      'COLUMN_MISSING',
      {
        zh: `缺少必需的列：${zh}。请使用导入模板，第1行为表头`,
        en: `Required columns are missing: ${en}. Use the import template; row 1 holds the headers`,
      },
      { columns: missing, headers },
    );
  }
  return index;
}

export interface MemberValidatorOptions {
  defaultOrg: DefaultOrg | null;
  /** The join date of a new membership whose 入会日期 cell is blank; without it such a row is refused. */
  defaultJoinedOn?: string | null;
  today?: Date;
}

type AddError = (rowNo: number, e: RowError) => void;

/**
 * Validates a member sheet batch by batch: every cell, union names against the importer's subtree, and
 * people already registered elsewhere. Reads the database, writes nothing. Duplicates across the sheet
 * are the caller's to find (it sees every batch); `duplicates` gives the rows sharing a number, once known.
 * A batch is validated in two parts, so that the caller can read the next batch while the database looks
 * this one up: `prepare` (Node alone) and `complete` (the look-ups, then the rows staged or refused).
 */
export function createMemberValidator(
  sql: Sql,
  ids: IdProtector,
  actor: Actor & { scopePath: string },
  headers: string[],
  index: ColumnIndex,
  options: MemberValidatorOptions,
) {
  const today = options.today ?? new Date();
  const unions = new Map<string, ResolvedUnion | undefined>();
  const idColumn = headers[index.idNumber as number] || columnDef('idNumber').zh;

  /** The part of a batch needing no database: every cell read, and the ID numbers' keyed hashes. */
  function prepare(rows: SheetRows['rows'], duplicates?: (idNumber: string) => number[] | undefined) {
    const errorsOf = new Map<number, RowError[]>();
    const addError: AddError = (rowNo, e) => {
      const list = errorsOf.get(rowNo);
      if (list) list.push(e);
      else errorsOf.set(rowNo, [e]);
    };
    const candidates: MemberCandidate[] = [];
    const unionOf = new Map<number, string | null>();
    const blankJoin: MemberCandidate[] = [];
    for (const { rowNo, cells } of rows) {
      const { candidate, errors, unionName } = parseMemberRow(rowNo, cells, index, headers, today);
      if (candidate && !cells[index.joinedOn ?? -1]?.trim()) blankJoin.push(candidate);
      for (const e of errors) addError(rowNo, e);
      unionOf.set(rowNo, unionName);
      if (!candidate) continue;
      candidates.push(candidate);
      const same = duplicates?.(candidate.idNumber);
      if (same) addError(rowNo, duplicateError(idColumn, candidate.idNumber, rowNo, same));
    }
    const hashOf = new Map(candidates.map((c) => [c.idNumber, ids.hash(c.idNumber)]));
    return { rows, errorsOf, addError, candidates, unionOf, blankJoin, hashOf };
  }

  /** The rest: unions and people already registered looked up, and the batch's rows staged or refused. */
  async function complete({
    rows,
    errorsOf,
    addError,
    candidates,
    unionOf,
    blankJoin,
    hashOf,
  }: PreparedBatch): Promise<ValidatedBatch & { candidates: MemberCandidate[] }> {
    const orgOf = await checkUnions(sql, actor, headers, index.union, unionOf, unions, options, addError);
    const existing = await findExisting(sql, hashOf);
    for (const c of candidates) {
      const path = existing.get(c.idNumber);
      if (path && !canAccess(actor, 'people.import', { orgPath: path })) {
        addError(c.rowNo, {
          column: idColumn,
          value: c.idNumber,
          code: 'PERSON_IN_OTHER_UNION',
          messageZh: '此人已是本工会管辖范围以外某工会的会员，需由原工会办理会员关系转出后才能导入',
          messageEn:
            'This person is an active member of a union outside your subtree; that union must transfer the membership out first',
        });
      }
    }
    checkJoinDates(blankJoin, existing, headers, index.joinedOn, options.defaultJoinedOn ?? null, addError);

    const staged: ValidatedBatch['staged'] = [];
    for (const c of candidates) {
      if (errorsOf.has(c.rowNo)) continue;
      const data = toStaged(c, hashOf.get(c.idNumber) as string, orgOf.get(c.rowNo) as number);
      if (!existing.has(c.idNumber)) {
        data.c = ids.encrypt(c.idNumber);
        data.mk = maskIdNumber(c.idNumber);
      }
      staged.push({ rowNo: c.rowNo, data });
    }
    const rejects: RowReject[] = [];
    let errorCount = 0;
    for (const { rowNo, cells } of rows) {
      const errors = errorsOf.get(rowNo);
      if (!errors) continue;
      errorCount += errors.length;
      rejects.push({ rowNo, cells, errors });
    }
    return { staged, rejects, errorCount, candidates };
  }
  type PreparedBatch = ReturnType<typeof prepare>;

  return {
    prepare,
    complete,
    /** Both parts at once. */
    validate: (rows: SheetRows['rows'], duplicates?: (idNumber: string) => number[] | undefined) =>
      complete(prepare(rows, duplicates)),
  };
}

function duplicateError(column: string, idNumber: string, rowNo: number, rowNos: number[]): RowError {
  const others = rowNos.filter((r) => r !== rowNo).join('、');
  return {
    column,
    value: idNumber,
    code: 'DUPLICATE_IN_FILE',
    messageZh: `身份证号在文件中重复：与第${others}行相同`,
    messageEn: `The same ID number appears more than once in the file: also on row ${others.replaceAll('、', ', ')}`,
  };
}

/**
 * A new membership needs its join date: a blank 入会日期 is refused, or, when the clerk chose one at upload,
 * takes that date. A person already a member in the subtree keeps (or transfers) the membership they have.
 */
function checkJoinDates(
  blankJoin: MemberCandidate[],
  existing: Map<string, string>,
  headers: string[],
  joinedIndex: number | undefined,
  defaultJoinedOn: string | null,
  addError: AddError,
) {
  const column = (joinedIndex !== undefined && headers[joinedIndex]) || columnDef('joinedOn').zh;
  for (const c of blankJoin) {
    if (existing.get(c.idNumber)) continue;
    if (!defaultJoinedOn) {
      addError(c.rowNo, {
        column,
        value: '',
        code: 'JOIN_DATE_REQUIRED',
        messageZh: `${column}为空；请填写，或在导入时选择空白入会日期按哪天计`,
        messageEn: `${column} (join date) is blank; fill it in, or choose at upload the date blank join dates take`,
      });
    } else if (defaultJoinedOn < c.birthDate) {
      addError(c.rowNo, {
        column,
        value: defaultJoinedOn,
        code: 'JOINED_BEFORE_BIRTH',
        messageZh: `默认入会日期${defaultJoinedOn}早于出生日期`,
        messageEn: `The default join date ${defaultJoinedOn} is before the birth date`,
      });
    } else c.joinedOn = defaultJoinedOn;
  }
}

type ResolvedUnion = Awaited<ReturnType<typeof resolveOrgNames>> extends Map<string, infer V> ? V : never;

/**
 * Resolves each union name once per import (`known` carries the answers across batches); unknown, closed,
 * out-of-scope and ambiguous names are row errors.
 */
async function checkUnions(
  sql: Sql,
  actor: Actor & { scopePath: string },
  headers: string[],
  unionIndex: number | undefined,
  unionOf: Map<number, string | null>,
  known: Map<string, ResolvedUnion | undefined>,
  { defaultOrg }: MemberValidatorOptions,
  addError: AddError,
): Promise<Map<number, number>> {
  const names = [...new Set([...unionOf.values()].filter((n): n is string => !!n && !known.has(n)))];
  if (names.length) {
    const resolved = await resolveOrgNames(sql, actor, names);
    for (const n of names) known.set(n, resolved.get(n));
  }
  const column = (unionIndex !== undefined && headers[unionIndex]) || columnDef('union').zh;
  const orgOf = new Map<number, number>();
  for (const [rowNo, name] of unionOf) {
    if (!name) {
      if (defaultOrg) orgOf.set(rowNo, defaultOrg.id);
      else {
        addError(rowNo, {
          column,
          value: '',
          code: 'REQUIRED',
          messageZh: `${column}不能为空（导入时也未选择默认工会）`,
          messageEn: `${column} (union) is required, as no default union was chosen for the import`,
        });
      }
      continue;
    }
    const hit = known.get(name);
    if (hit === 'ambiguous') {
      addError(rowNo, {
        column,
        value: name,
        code: 'UNION_AMBIGUOUS',
        messageZh: `管辖范围内有多个名为“${name}”的工会，请填写全称`,
        messageEn: `More than one union in your subtree is called "${name}"; use its full name`,
      });
    } else if (!hit) {
      addError(rowNo, {
        column,
        value: name,
        code: 'UNION_UNKNOWN',
        messageZh: `本工会管辖范围内没有名为“${name}”的在册工会`,
        messageEn: `No active union called "${name}" in your subtree`,
      });
    } else orgOf.set(rowNo, hit.id);
  }
  return orgOf;
}

/** Active-membership path of each already registered person ('' when registered without one). */
async function findExisting(sql: Sql, hashOf: Map<string, string>) {
  const byHash = new Map<string, string>();
  for (const [idNumber, hash] of hashOf) byHash.set(hash, idNumber);
  const hashes = [...byHash.keys()];
  const out = new Map<string, string>();
  for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
    const rows = await listActivePathsByHash(sql, hashes.slice(i, i + LOOKUP_CHUNK));
    for (const r of rows) out.set(byHash.get(r.h) as string, r.path ?? '');
  }
  return out;
}

function toStaged(c: MemberCandidate, hash: string, orgId: number): StagedData {
  const d: StagedData = { n: c.name, h: hash, bd: c.birthDate, g: c.gender, org: orgId };
  const optional: [keyof StagedData, unknown][] = [
    ['jo', c.joinedOn],
    ['ph', c.phone],
    ['em', c.employer],
    ['fl', c.frontLine],
    ['od', c.outdoor],
    ['ne', c.newEmployment],
    ['mw', c.modelWorker],
    ['hl', c.hardship],
    ['hf', c.hardshipFrom],
    ['hu', c.hardshipUntil],
  ];
  for (const [k, v] of optional) if (v !== undefined) (d as unknown as Record<string, unknown>)[k] = v;
  return d;
}
