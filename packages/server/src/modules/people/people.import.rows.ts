import type { RowError } from '../jobs/index.ts';
import { ID_AS_NUMBER, ID_AS_NUMBER_TEXT, idNumberRefusal, parseIdNumber } from './idcard.ts';
import {
  ACCOUNT_KINDS,
  type AccountKind,
  accountInvalid,
  isMaskedAccount,
  normaliseAccountNumber,
  parseAccountNumber,
} from './people.accounts.ts';
import {
  type Parsed,
  parseDate,
  parseGender,
  parseHardship,
  parseModelWorker,
  parsePhone,
  parseYesNo,
} from './people.import.cells.ts';
import { columnDef, type MemberColumn } from './people.import.columns.ts';
import type { HardshipLevel, ModelWorkerLevel } from './people.types.ts';

/**
 * One sheet row read into a member. An optional field is absent when its cell was blank ("leave it as
 * it is" for a person already registered); null means the clerk wrote 无 ("none").
 */
export interface MemberCandidate {
  rowNo: number;
  name: string;
  idNumber: string;
  /** The ID number as the cell shows it (masked in a masked export): what a row error may repeat. */
  idCell: string;
  birthDate: string;
  gender: 'male' | 'female';
  /** Union name from the sheet; null when blank (the import's default union applies). */
  unionName: string | null;
  phone?: string | null;
  employer?: string | null;
  joinedOn?: string;
  frontLine?: boolean;
  outdoor?: boolean;
  newEmployment?: boolean;
  modelWorker?: ModelWorkerLevel | null;
  hardship?: HardshipLevel | null;
  hardshipFrom?: string | null;
  hardshipUntil?: string | null;
  /** A whole bank account or 京卡 number; null clears it. */
  bankAccount?: string | null;
  jingka?: string | null;
  /** Account numbers the row shows masked: unchanged if they are the member's own masks (checked on look-up). */
  maskedAccounts?: Partial<Record<AccountKind, string>>;
}

export type ColumnIndex = Partial<Record<MemberColumn, number>>;

/** The longest text a column takes: as a list, read for every row without making one. */
const MAX_TEXT: readonly [MemberColumn, number][] = [
  ['name', 50],
  ['employer', 100],
  ['union', 100],
];

/** The fields a cleared cell clears in a row with its row key (an exported row); yes/no fields stay. */
const CLEARABLE = [
  'phone',
  'employer',
  'modelWorker',
  'hardship',
  'hardshipFrom',
  'hardshipUntil',
  'bankAccount',
  'jingka',
] as const;

export interface RowOptions {
  /** The row carries its row key (行标识): a cleared cell of a column the sheet has clears that field. */
  keyed?: boolean;
  /** The ID number of the member the row key names, read instead of the cell (which shows it masked). */
  idNumber?: string;
  /** What is wrong with the ID cell, found by the caller (a masked number without a good row key). */
  idError?: { code: string; zh: string; en: string };
}

/** One row's cells by column, and the problems found in them. A class, so reading a row makes no closures. */
class RowCells {
  readonly errors: RowError[] = [];
  constructor(
    private readonly cells: string[],
    private readonly index: ColumnIndex,
    private readonly headers: string[],
  ) {}

  columnName(key: MemberColumn) {
    const i = this.index[key];
    return i === undefined ? columnDef(key).zh : this.headers[i] || columnDef(key).zh;
  }

  cell(key: MemberColumn) {
    const i = this.index[key];
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  has(key: MemberColumn) {
    return this.index[key] !== undefined;
  }

  problem(key: MemberColumn, code: string, zh: string, en: string) {
    this.errors.push({
      column: this.columnName(key),
      value: this.cell(key),
      code,
      messageZh: zh,
      messageEn: en,
    });
  }

  /** The cell parsed, undefined when blank or unreadable (then a problem is recorded). */
  read<T>(key: MemberColumn, parse: (t: string) => Parsed<T>): T | undefined {
    const text = this.cell(key);
    if (!text) return undefined;
    const r = parse(text);
    if (r.ok) return r.value;
    this.problem(key, r.code, r.zh, r.en);
    return undefined;
  }

  required(key: MemberColumn) {
    const text = this.cell(key);
    if (!text) {
      const col = this.columnName(key);
      this.problem(key, 'REQUIRED', `${col}不能为空`, `${col} (${columnDef(key).en}) is required`);
    }
    return text;
  }
}

/**
 * Reads one row. Every problem is reported, not just the first, so a clerk fixes a row in one pass. The
 * candidate is returned whenever the ID number could be read, even with other errors, so that checks
 * across rows (duplicates, unions) still see it; a row with any error is never imported.
 */
export function parseMemberRow(
  rowNo: number,
  cells: string[],
  index: ColumnIndex,
  headers: string[],
  today: string,
  options: RowOptions = {},
): { candidate: MemberCandidate | null; errors: RowError[]; unionName: string | null } {
  const row = new RowCells(cells, index, headers);
  const { errors } = row;
  for (const [key, max] of MAX_TEXT) {
    if (row.cell(key).length > max) {
      row.problem(
        key,
        'TEXT_TOO_LONG',
        `${row.columnName(key)}最多${max}个字`,
        `${row.columnName(key)} is longer than ${max} characters`,
      );
    }
  }

  const name = row.required('name');
  const idText = row.required('idNumber');
  let id: { number: string; birthDate: string; gender: 'male' | 'female' } | undefined;
  if (idText && options.idError) {
    row.problem('idNumber', options.idError.code, options.idError.zh, options.idError.en);
  } else if (idText && options.idNumber) {
    // the member named by the row key: their number was checked when they were registered
    const parsed = parseIdNumber(options.idNumber, today);
    if (parsed.ok) id = parsed.value;
  } else if (idText) {
    if (ID_AS_NUMBER.test(idText)) {
      row.problem('idNumber', 'ID_NUMBER_AS_NUMBER', ID_AS_NUMBER_TEXT.zh, ID_AS_NUMBER_TEXT.en);
    } else {
      const parsed = parseIdNumber(idText, today);
      if (parsed.ok) id = parsed.value;
      else {
        const text = idNumberRefusal(idText, today);
        row.problem('idNumber', 'ID_NUMBER_INVALID', text.zh, text.en);
      }
    }
  }
  const gender = row.read('gender', parseGender);
  if (id && gender && gender !== id.gender) {
    row.problem(
      'gender',
      'GENDER_MISMATCH',
      `性别“${row.cell('gender')}”与身份证号不符（身份证号为${id.gender === 'male' ? '男' : '女'}性）`,
      `Sex "${row.cell('gender')}" does not match the ID number (which says ${id.gender})`,
    );
  }
  const birthDate = row.read('birthDate', parseDate);
  if (id && birthDate && birthDate !== id.birthDate) {
    row.problem(
      'birthDate',
      'BIRTH_DATE_MISMATCH',
      `出生日期${birthDate}与身份证号中的${id.birthDate}不符`,
      `Birth date ${birthDate} does not match ${id.birthDate} in the ID number`,
    );
  }
  const phone = row.read('phone', parsePhone);
  const joinedOn = row.read('joinedOn', parseDate);
  if (joinedOn && joinedOn > today) {
    row.problem(
      'joinedOn',
      'DATE_IN_FUTURE',
      `入会日期${joinedOn}晚于今天`,
      `Join date ${joinedOn} is in the future`,
    );
  } else if (joinedOn && id && joinedOn < id.birthDate) {
    row.problem(
      'joinedOn',
      'JOINED_BEFORE_BIRTH',
      `入会日期${joinedOn}早于出生日期`,
      `Join date ${joinedOn} is before the birth date`,
    );
  }
  const frontLine = row.read('frontLine', parseYesNo);
  const outdoor = row.read('outdoor', parseYesNo);
  const newEmployment = row.read('newEmployment', parseYesNo);
  const modelWorker = row.read('modelWorker', parseModelWorker);
  const hardship = row.read('hardship', parseHardship);
  let hardshipFrom: string | null | undefined = row.read('hardshipFrom', parseDate);
  let hardshipUntil: string | null | undefined = row.read('hardshipUntil', parseDate);
  if (hardshipFrom && hardshipUntil && hardshipUntil < hardshipFrom) {
    row.problem(
      'hardshipUntil',
      'HARDSHIP_DATES_INVALID',
      `困难截止日期${hardshipUntil}早于认定日期${hardshipFrom}`,
      `Hardship status ends (${hardshipUntil}) before it was recognised (${hardshipFrom})`,
    );
  }
  if (hardship === null) {
    hardshipFrom ??= null;
    hardshipUntil ??= null;
  }
  // made only for a row with an account number: most rows have none
  let accounts: Partial<Record<AccountKind, string>> | undefined;
  let maskedAccounts: Partial<Record<AccountKind, string>> | undefined;
  for (const kind of ACCOUNT_KINDS) {
    const text = row.cell(kind);
    if (!text) continue;
    if (isMaskedAccount(text)) {
      maskedAccounts ??= {};
      maskedAccounts[kind] = normaliseAccountNumber(text);
      continue;
    }
    const number = parseAccountNumber(text);
    if (number) {
      accounts ??= {};
      accounts[kind] = number;
    } else {
      const message = accountInvalid(kind, text);
      row.problem(kind, 'ACCOUNT_NUMBER_INVALID', message.zh, message.en);
    }
  }
  const unionName = row.cell('union') || null;
  if (!id) return { candidate: null, errors, unionName };

  const candidate: MemberCandidate = {
    rowNo,
    name,
    idNumber: id.number,
    idCell: idText,
    birthDate: id.birthDate,
    gender: id.gender,
    unionName,
  };
  // the fields given, set one by one: no object or list is made for them (a million rows pass through here)
  const employer = row.cell('employer') || undefined;
  if (phone !== undefined) candidate.phone = phone;
  if (employer !== undefined) candidate.employer = employer;
  if (joinedOn !== undefined) candidate.joinedOn = joinedOn;
  if (frontLine !== undefined) candidate.frontLine = frontLine;
  if (outdoor !== undefined) candidate.outdoor = outdoor;
  if (newEmployment !== undefined) candidate.newEmployment = newEmployment;
  if (modelWorker !== undefined) candidate.modelWorker = modelWorker;
  if (hardship !== undefined) candidate.hardship = hardship;
  if (hardshipFrom !== undefined) candidate.hardshipFrom = hardshipFrom;
  if (hardshipUntil !== undefined) candidate.hardshipUntil = hardshipUntil;
  if (accounts?.bankAccount !== undefined) candidate.bankAccount = accounts.bankAccount;
  if (accounts?.jingka !== undefined) candidate.jingka = accounts.jingka;
  if (maskedAccounts) candidate.maskedAccounts = maskedAccounts;
  if (options.keyed) {
    // an exported row shows every field: a cell the clerk cleared means "none", not "leave it"
    for (const key of CLEARABLE) {
      if (row.has(key) && !row.cell(key) && candidate[key] === undefined) candidate[key] = null;
    }
  }
  return { candidate, errors, unionName };
}
