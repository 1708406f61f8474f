import { type Actor, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { maskIdNumbersIn } from '../../shared/id-mask.ts';
import { placeOf } from '../../shared/sheet-place.ts';
import type { OpenSheetOptions, SheetWarning } from '../../shared/sheet-reader.ts';
import type { SheetRows } from '../../shared/spreadsheet.ts';
import { MAX_XLSX_STREAMED_SHEET_BYTES } from '../../shared/xlsx-zip.ts';
import type { RowError, RowReject } from '../jobs/index.ts';
import type { IdProtector } from './id-protector.ts';
import { maskedIdAgrees, maskIdNumber, normaliseIdNumber } from './idcard.ts';
import { ACCOUNT_KINDS, type AccountKind, protectAccount, type StoredAccount } from './people.accounts.ts';
import {
  type AddError,
  checkAccountPhones,
  checkChangedJoinDates,
  checkJoinDates,
  checkMaskedAccounts,
  checkUnions,
  duplicateError,
  exampleRowLeft,
  maskedDisagrees,
  maskedWithoutKey,
  type PhonesGiven,
  type ResolvedUnion,
  rowKeyInvalid,
  rowKeyOtherPerson,
  rowKeyUnknown,
  warnJoinedBeforeFounding,
} from './people.import.checks.ts';
import { columnDef, headerOf, mapHeaders, memberColumnOf } from './people.import.columns.ts';
import { packCells, unpackCells } from './people.import.packed.ts';
import { type FoundPerson, listFoundPersonsByHash, listPersonsByIds } from './people.import.repository.ts';
import {
  type ColumnIndex,
  type MemberCandidate,
  parseMemberRow,
  type RowOptions,
} from './people.import.rows.ts';
import { TEMPLATE_EXAMPLE_ID } from './people.import.template.ts';

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
  ph?: string | null;
  em?: string | null;
  fl?: boolean;
  od?: boolean;
  ne?: boolean;
  mw?: string | null;
  hl?: string | null;
  hf?: string | null;
  hu?: string | null;
  /** Bank account and 京卡 numbers: cipher, mask and keyed hash; null clears. */
  ba?: StoredAccount | null;
  jk?: StoredAccount | null;
}

const STAGED_ACCOUNT: Record<AccountKind, 'ba' | 'jk'> = { bankAccount: 'ba', jingka: 'jk' };

/** What a batch of rows came to: the rows to stage and the refused ones with every problem found. */
export interface ValidatedBatch {
  staged: { rowNo: number; data: StagedData }[];
  rejects: RowReject[];
  errorCount: number;
  warnings: SheetWarning[]; // what staged rows hold for the clerk to check: a join date before the union's founding
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
  columnKey: memberColumnOf,
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
    // the headers a clerk types are Chinese: the English message names them as the template does, then in English
    const en = missing.map((k) => `${columnDef(k).zh} (${columnDef(k).en})`).join(', ');
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
  /** The day dates and ID numbers are checked against: one after it is refused. */
  today: string;
  /** The sheets the rows are read from, when several: a message naming another row names its sheet. */
  sheets?: readonly string[];
}

/** A row whose ID cell is masked and whose row key names a member: read once that member is looked up. */
interface KeyedMaskedRow {
  rowNo: number;
  cells: string[];
  personId: number;
}

/**
 * Validates a member sheet batch by batch: every cell, union names against the importer's subtree, and
 * people already registered elsewhere. Reads the database, writes nothing. Duplicates across the sheet
 * are the caller's to find (it sees every batch); `duplicates` gives the rows sharing a number, once known.
 * A new phone given to a member with an account is checked against the other accounts and the rows before (ADR 147).
 * A row with its row key (行标识, from an export) is the member the key names: its ID cell may be masked as
 * exported, so long as the characters it shows are that member's, and a full number must be theirs.
 * A batch is validated in two parts, so that the caller can read the next batch while the database looks
 * this one up: `prepare` (Node alone) and `complete` (the look-ups, then the rows staged or refused).
 */
export function createMemberValidator(
  db: Db,
  ids: IdProtector,
  actor: Actor & { scopePath: string },
  headers: string[],
  index: ColumnIndex,
  options: MemberValidatorOptions,
) {
  const { today } = options;
  const unions = new Map<string, ResolvedUnion>();
  const idColumn = headerOf(headers, index.idNumber, 'idNumber');
  const keyColumn = headerOf(headers, index.rowKey, 'rowKey');
  const phoneColumn = headerOf(headers, index.phone, 'phone');
  const phonesGiven: PhonesGiven = new Map();
  const cellOf = (cells: string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
  const rowAt = (rowNo: number) => placeOf(rowNo, options.sheets ?? []);

  /** The part of a batch needing no database: every cell read, and the ID numbers' keyed hashes. */
  function prepare(rows: SheetRows['rows'], duplicates?: (idNumber: string) => number[] | undefined) {
    const errorsOf = new Map<number, RowError[]>();
    const addError: AddError = (rowNo, e) => {
      const list = errorsOf.get(rowNo);
      if (list) list.push(e);
      else errorsOf.set(rowNo, [e]);
    };
    const batch = {
      /** Each row's number and its cells packed in one text: unpacked for the rows refused (packCells). */
      rowNos: rows.map((r) => r.rowNo),
      packed: rows.map((r) => packCells(r.cells)),
      duplicates,
      errorsOf,
      addError,
      candidates: [] as MemberCandidate[],
      unionOf: new Map<number, string | null>(),
      blankJoin: [] as MemberCandidate[],
      hashOf: new Map<string, string>(),
      /** The member each row's key names, and the key as written (rows with a readable key only). */
      keyOf: new Map<number, { personId: number; text: string }>(),
      keyedMasked: [] as KeyedMaskedRow[],
    };
    for (const { rowNo, cells } of rows) {
      const idText = cellOf(cells, index.idNumber);
      const idNumber = normaliseIdNumber(idText);
      if (idNumber === TEMPLATE_EXAMPLE_ID) {
        // said as what it is, not as a member of a union the platform does not have
        const { code, zh, en } = exampleRowLeft(cellOf(cells, index.name));
        addError(rowNo, { column: idColumn, value: idText, code, messageZh: zh, messageEn: en });
        continue;
      }
      const keyText = cellOf(cells, index.rowKey);
      const masked = idNumber.includes('*');
      const personId = keyText ? ids.readRowKey(keyText) : null;
      if (keyText && personId === null) addError(rowNo, rowKeyInvalid(keyColumn, keyText));
      if (personId !== null) batch.keyOf.set(rowNo, { personId, text: keyText });
      if (masked && personId !== null) batch.keyedMasked.push({ rowNo, cells, personId });
      else readRow(batch, rowNo, cells, { keyed: !!keyText, idError: masked ? maskedWithoutKey : undefined });
    }
    for (const c of batch.candidates) batch.hashOf.set(c.idNumber, ids.hash(c.idNumber));
    return batch;
  }
  type PreparedBatch = ReturnType<typeof prepare>;

  function readRow(batch: PreparedBatch, rowNo: number, cells: string[], rowOptions: RowOptions) {
    const { candidate, errors, unionName } = parseMemberRow(rowNo, cells, index, headers, today, rowOptions);
    if (candidate && !cells[index.joinedOn ?? -1]?.trim()) batch.blankJoin.push(candidate);
    for (const e of errors) batch.addError(rowNo, e);
    batch.unionOf.set(rowNo, unionName);
    if (candidate) batch.candidates.push(candidate);
    return candidate;
  }

  /**
   * The members the batch's row keys name: a masked row is read with its member's number when the characters
   * it shows agree, and a row with a full number must be that member's.
   */
  async function resolveRowKeys(batch: PreparedBatch) {
    if (!batch.keyOf.size) return;
    const persons = new Map<number, { h: string; cipher: string }>();
    const wanted = [...new Set([...batch.keyOf.values()].map((k) => k.personId))];
    for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) {
      for (const p of await listPersonsByIds(db, wanted.slice(i, i + LOOKUP_CHUNK))) persons.set(p.id, p);
    }
    for (const { rowNo, cells, personId } of batch.keyedMasked) {
      const person = persons.get(personId);
      const idText = cellOf(cells, index.idNumber);
      const number = person && ids.decrypt(person.cipher);
      if (!person) batch.addError(rowNo, rowKeyUnknown(keyColumn, cellOf(cells, index.rowKey)));
      if (!number || !maskedIdAgrees(idText, number)) {
        readRow(batch, rowNo, cells, { keyed: true, idError: number ? maskedDisagrees : maskedWithoutKey });
        continue;
      }
      const c = readRow(batch, rowNo, cells, { keyed: true, idNumber: number });
      if (c) batch.hashOf.set(c.idNumber, person.h);
    }
    for (const c of batch.candidates) {
      const key = batch.keyOf.get(c.rowNo);
      if (!key) continue;
      const person = persons.get(key.personId);
      if (!person) {
        if (!batch.errorsOf.get(c.rowNo)?.some((e) => e.code === 'ROW_KEY_UNKNOWN')) {
          batch.addError(c.rowNo, rowKeyUnknown(keyColumn, key.text));
        }
      } else if (person.h !== batch.hashOf.get(c.idNumber)) {
        batch.addError(c.rowNo, rowKeyOtherPerson(keyColumn, key.text));
      }
    }
  }

  /** The rest: unions and people already registered looked up, and the batch's rows staged or refused. */
  async function complete(batch: PreparedBatch): Promise<ValidatedBatch & { candidates: MemberCandidate[] }> {
    await resolveRowKeys(batch);
    const { rowNos, packed, errorsOf, addError, candidates, unionOf, blankJoin, hashOf, duplicates } = batch;
    for (const c of candidates) {
      const same = duplicates?.(c.idNumber);
      if (same) addError(c.rowNo, duplicateError(idColumn, c.idCell, c.rowNo, same, rowAt));
    }
    const orgOf = await checkUnions(db, actor, headers, index.union, unionOf, unions, options, addError);
    const existing = await findExisting(db, hashOf);
    for (const c of candidates) {
      const found = existing.get(c.idNumber);
      if (found?.path && !canAccess(actor, 'people.import', { orgPath: found.path })) {
        addError(c.rowNo, {
          column: idColumn,
          value: c.idCell,
          code: 'PERSON_IN_OTHER_UNION',
          messageZh: '此人已是本工会管辖范围以外某工会的会员，需由原工会办理会员关系转出后才能导入',
          messageEn:
            'This person is an active member of a union outside your subtree; that union must transfer the membership out first',
        });
      }
    }
    checkJoinDates(blankJoin, existing, headers, index.joinedOn, options.defaultJoinedOn ?? null, addError);
    checkMaskedAccounts(candidates, existing, headers, index, addError);
    checkChangedJoinDates(candidates, existing, orgOf, headers, index.joinedOn, addError);
    const phoneCell = (rowNo: number) => cellOf(unpackCells(packed[rowNos.indexOf(rowNo)]), index.phone);
    await checkAccountPhones(db, candidates, existing, phonesGiven, phoneColumn, phoneCell, addError, rowAt);

    const warnings = await warnJoinedBeforeFounding(
      db,
      candidates,
      orgOf,
      headers,
      index.joinedOn,
      errorsOf,
      rowAt,
    );
    const staged: ValidatedBatch['staged'] = [];
    for (const c of candidates) {
      if (errorsOf.has(c.rowNo)) continue;
      const data = toStaged(c, hashOf.get(c.idNumber) as string, orgOf.get(c.rowNo) as number);
      for (const kind of ACCOUNT_KINDS) {
        const number = c[kind];
        if (number !== undefined)
          data[STAGED_ACCOUNT[kind]] = number === null ? null : protectAccount(ids, number);
      }
      if (!existing.has(c.idNumber)) {
        data.c = ids.encrypt(c.idNumber);
        data.mk = maskIdNumber(c.idNumber);
      }
      staged.push({ rowNo: c.rowNo, data });
    }
    const rejects: RowReject[] = [];
    let errorCount = 0;
    for (let i = 0; i < rowNos.length; i++) {
      const errors = errorsOf.get(rowNos[i]);
      if (!errors) continue;
      errorCount += errors.length;
      // what an error quotes of a cell shows an ID number masked, as every screen does (the row itself, for the
      // clerk to mend, stays as the file has it)
      const quoted = errors.map((e) => (e.value ? { ...e, value: maskIdNumbersIn(e.value) } : e));
      rejects.push({ rowNo: rowNos[i], cells: unpackCells(packed[i]), errors: quoted });
    }
    return { staged, rejects, errorCount, warnings, candidates };
  }

  return {
    prepare,
    complete,
    /** Both parts at once. */
    validate: (rows: SheetRows['rows'], duplicates?: (idNumber: string) => number[] | undefined) =>
      complete(prepare(rows, duplicates)),
  };
}

/** Each already registered person among the batch's numbers, with their active membership. */
async function findExisting(db: Db, hashOf: Map<string, string>) {
  const byHash = new Map<string, string>();
  for (const [idNumber, hash] of hashOf) byHash.set(hash, idNumber);
  const hashes = [...byHash.keys()];
  const out = new Map<string, FoundPerson>();
  for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
    const rows = await listFoundPersonsByHash(db, hashes.slice(i, i + LOOKUP_CHUNK));
    for (const r of rows) out.set(byHash.get(r.h) as string, r);
  }
  return out;
}

/** A candidate as staged: the fields given, set one by one (no list is made per row). */
function toStaged(c: MemberCandidate, hash: string, orgId: number): StagedData {
  const d: StagedData = { n: c.name, h: hash, bd: c.birthDate, g: c.gender, org: orgId };
  if (c.joinedOn !== undefined) d.jo = c.joinedOn;
  if (c.phone !== undefined) d.ph = c.phone;
  if (c.employer !== undefined) d.em = c.employer;
  if (c.frontLine !== undefined) d.fl = c.frontLine;
  if (c.outdoor !== undefined) d.od = c.outdoor;
  if (c.newEmployment !== undefined) d.ne = c.newEmployment;
  if (c.modelWorker !== undefined) d.mw = c.modelWorker;
  if (c.hardship !== undefined) d.hl = c.hardship;
  if (c.hardshipFrom !== undefined) d.hf = c.hardshipFrom;
  if (c.hardshipUntil !== undefined) d.hu = c.hardshipUntil;
  return d;
}
