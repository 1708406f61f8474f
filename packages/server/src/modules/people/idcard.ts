import { daysInMonth } from '../../shared/dates.ts';
import { maskIdNumbersIn } from '../../shared/id-mask.ts';
import { CODE_AS_NUMBER, digitsLost, ID_NUMBER_WORD } from '../../shared/register-sheet.cells.ts';

/** Resident ID-card number (居民身份证号码), GB 11643-1999: 18 characters, ISO 7064 MOD 11-2 check. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'
    .split(' ')
    .map(Number),
);

export type IdNumberProblem = 'masked' | 'length' | 'format' | 'region' | 'birth_date' | 'check_digit';

export const ID_PROBLEM_TEXT: Record<IdNumberProblem, { zh: string; en: string }> = {
  masked: {
    zh: '身份证号已打码（部分数字为*），无法确定是哪一位；请填写完整身份证号',
    en: 'The ID number is masked (some digits shown as *), so the person cannot be known; type the whole number',
  },
  length: { zh: '身份证号应为18位', en: 'ID number must have 18 characters' },
  format: { zh: '身份证号只能是17位数字加数字或X', en: 'ID number must be 17 digits then a digit or X' },
  region: { zh: '身份证号地区码无效', en: 'ID number has an invalid region code' },
  birth_date: { zh: '身份证号中的出生日期无效', en: 'ID number holds an invalid birth date' },
  check_digit: { zh: '身份证号校验位错误', en: 'ID number check digit is wrong' },
};

/**
 * An 18-digit number Excel kept as a number: a floating-point number of 15 significant digits, shown in scientific
 * notation (1.10114E+17); the digits past the 15th are gone from the file. Told in every import's one wording.
 */
export const ID_AS_NUMBER = CODE_AS_NUMBER;
export const ID_AS_NUMBER_TEXT = digitsLost(ID_NUMBER_WORD);

/** A 15-digit ID number of the first generation (before 1999), which the register does not take. */
const OLD_ID_TEXT = {
  zh: '这是15位的旧身份证号，请填写18位的二代身份证号',
  en: 'this is an old 15-digit ID number; give the 18-digit one of the second-generation card',
};

export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** An ID number already as normaliseIdNumber makes it, as nearly every cell is: 18 of 0-9 and X. */
function isPlainIdNumber(raw: string): boolean {
  if (raw.length !== 18) return false;
  for (let i = 0; i < 18; i++) {
    const c = raw.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 88) return false;
  }
  return true;
}

/** Two digits of `s` at `at` as a number. */
const twoDigits = (s: string, at: number) => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;

export interface ParsedIdNumber {
  number: string;
  birthDate: string;
  gender: 'male' | 'female';
}

/**
 * An ID number as typed: full-width digits and letters (１１０１…Ｘ) made ordinary, spaces and the ideographic
 * space removed (1101 0519 4912 3100 2X), a leading apostrophe and invisible characters dropped, x upper-cased.
 */
export function normaliseIdNumber(raw: string): string {
  // read for every row of a member sheet: a number typed plainly is given back as it is, no text made
  if (isPlainIdNumber(raw)) return raw;
  // the apostrophe a system writes before the number for Excel to keep it text ('110105…) and the invisible
  // characters a number copied from a web page brings are no part of it
  return raw
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]/g, '')
    .replace(/^['‘’`]/, '')
    .toUpperCase();
}

/**
 * Normalises (normaliseIdNumber) and validates; returns the derived birth date and sex, or the problem. A birth
 * day after `today` (YYYY-MM-DD, China) cannot be.
 */
export function parseIdNumber(
  raw: string,
  today: string,
): { ok: true; value: ParsedIdNumber } | { ok: false; problem: IdNumberProblem } {
  const number = normaliseIdNumber(raw);
  // what a masked export holds (110105********002X): not a typing mistake, and no check can recover it
  if (number.includes('*')) return { ok: false, problem: 'masked' };
  if (number.length !== 18) return { ok: false, problem: 'length' };
  // read for every row of a register: checked where the characters stand, with no regular expression, Date or
  // slice but the birth day's text
  if (!isDigits17ThenDigitOrX(number)) return { ok: false, problem: 'format' };
  if (!PROVINCES.has(twoDigits(number, 0))) return { ok: false, problem: 'region' };
  const y = twoDigits(number, 6) * 100 + twoDigits(number, 8);
  const m = twoDigits(number, 10);
  const d = twoDigits(number, 12);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
    return { ok: false, problem: 'birth_date' };
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, problem: 'birth_date' };
  // idCheckDigit reads the first 17 characters only
  if (idCheckDigit(number) !== number[17]) return { ok: false, problem: 'check_digit' };
  return {
    ok: true,
    value: { number, birthDate, gender: (number.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female' },
  };
}

/**
 * A cell's text as a refusal names it: runs of white space as one space, at most 40 characters, a run of digits
 * that may be an ID number masked (whatever the width of its digits): a refusal never shows one whole.
 */
function asTyped(raw: string): string {
  const text = maskIdNumbersIn(raw.replace(/\s+/g, ' ').trim());
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * What a register tells a clerk about an ID number it refuses (the one mould of every register's refusal): the
 * cell as typed with its digits masked (110113********1238), 「…」, and what is wrong with it (ID_PROBLEM_TEXT), in Chinese and English. `raw` is the text
 * parseIdNumber refused with this `today`, parsed again to know why (a refusal is rare, and a site that kept only
 * a null hash keeps no more); `shown`, the text to name when the cell holds more than the number (a name before
 * it). A blank cell is asked for.
 */
export function idNumberRefusal(raw: string, today: string, shown = raw): { zh: string; en: string } {
  const cell = asTyped(shown);
  if (!cell) return { zh: '请填写身份证号', en: 'Give the ID number' };
  const parsed = parseIdNumber(raw, today);
  if (parsed.ok) throw new Error('idNumberRefusal: the ID number is not refused');
  const why = ID_AS_NUMBER.test(raw.trim())
    ? ID_AS_NUMBER_TEXT
    : /^\d{15}$/.test(normaliseIdNumber(raw))
      ? OLD_ID_TEXT
      : ID_PROBLEM_TEXT[parsed.problem];
  return { zh: `「${cell}」：${why.zh}`, en: `"${cell}": ${why.en}` };
}

/** 17 digits, then a digit or X (of a text of 18 characters). */
function isDigits17ThenDigitOrX(number: string): boolean {
  for (let i = 0; i < 17; i++) {
    const c = number.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const last = number.charCodeAt(17);
  return (last >= 48 && last <= 57) || last === 88;
}

/**
 * Whether a masked number as an export shows it (110105********1234, or with other characters hidden) agrees
 * with `number` wherever it shows a character; at least four must be shown.
 */
export function maskedIdAgrees(raw: string, number: string): boolean {
  const text = normaliseIdNumber(raw);
  if (text.length !== number.length) return false;
  let shown = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '*') continue;
    if (text[i] !== number[i]) return false;
    shown++;
  }
  return shown >= 4;
}

/** 110105********1234: region code and last four stay visible (of the number as typed, normalised first). */
export function maskIdNumber(number: string): string {
  const n = normaliseIdNumber(number);
  return `${n.slice(0, 6)}********${n.slice(14)}`;
}
