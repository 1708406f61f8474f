import { parseDateText } from './dates.ts';
import type { Bilingual } from './errors.ts';
import { parseYuan } from './money.ts';
import type { CellShape, CellValue, RegisterColumn } from './register-sheet.ts';
import { notADay, serialToMoment } from './sheet-dates.ts';
import { normaliseHeader } from './spreadsheet.ts';
import { normaliseText, wholeNumberText } from './text.ts';

/** A register's cells read by their column's kind: a value, or the cell's problem in both languages (register-sheet.ts reads the rows). */

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

/** What reading a column needs once per file, not per cell: today, and the choices by their normalised names. */
export interface ColumnReading {
  today: string;
  choices: Map<string, string>;
  /** A code's shape (an ID number, a phone …): its cells read without full-width forms and spaces. */
  shape?: CellShape;
}

/** A text column's shape: as declared, else an ID number or a phone by its header (every register's such columns). */
export function shapeOf(c: RegisterColumn): CellShape | undefined {
  if (c.kind !== 'text') return undefined;
  if (c.shape) return c.shape;
  if (/身份证|证件号码/.test(c.header)) return 'idNumber';
  if (/手机|电话/.test(c.header)) return 'phone';
  return undefined;
}

/** White space of every width, the ideographic space (U+3000) among it. */
const ANY_SPACE = /[\s\u3000]+/g;

/** A code's cell as the clerk means it: full-width digits, letters and signs made ordinary (NFKC), no space left. */
export const codeText = (raw: string) => raw.normalize('NFKC').replace(ANY_SPACE, '');

/** A mobile phone as typed: a code (codeText) without dashes or brackets, and without a +86 before its 11 digits. */
export const phoneText = (raw: string) =>
  codeText(raw)
    .replace(/[-–—()]/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');

/** A code Excel turned into a number and showed in scientific notation (1.10113E+17): its last digits lost. */
export const CODE_AS_NUMBER = /^\d(\.\d+)?E\+?\d+$/i;

/** The ID number as a refusal names it. */
export const ID_NUMBER_WORD: Bilingual = { zh: '身份证号', en: 'ID number' };

/**
 * Why a code Excel stored as a number cannot be read, and how to keep it (the one wording of every import): `what`
 * names the code (身份证号, 统一社会信用代码).
 */
export const digitsLost = (what: Bilingual): Bilingual => ({
  zh: `Excel 把${what.zh}存成了数字（科学计数法，如 1.10114E+17），末几位已丢失，无法还原：请把该列设为“文本”格式后重新填写完整的${what.zh}，或在${what.zh}前加英文单引号（'）`,
  en: `Excel stored the ${what.en} as a number (scientific notation, as 1.10114E+17) and its last digits are lost for good: format the column as Text and type the whole ${what.en} again, or put an apostrophe (') before it`,
});

/**
 * A code of 16 digits or more (a credit code, a licence number) Excel turned into a number and showed in scientific
 * notation (9.11101E+17): past 2^53 its last digits are lost from the file, as an ID number's are. `what` names the
 * code (统一社会信用代码); an ID number (`ID_NUMBER_WORD`) is refused at any exponent, being all digits. Null for any
 * other text.
 */
export function codeLostAsNumber(
  text: string,
  what: Bilingual = { zh: '代码', en: 'code' },
): Bilingual | null {
  if (!CODE_AS_NUMBER.test(text)) return null;
  if (what !== ID_NUMBER_WORD && Number(text.split(/e\+?/i)[1]) < 15) return null;
  const why = digitsLost(what);
  return { zh: `「${text}」：${why.zh}`, en: `"${text}": ${why.en}` };
}

const choiceKey = (text: string) => normaliseHeader(normaliseText(text));

export function readingOf(c: RegisterColumn, today: string): ColumnReading {
  const choices = new Map<string, string>();
  for (const o of c.choices ?? []) {
    for (const name of [o.value, o.zh, o.en, ...(o.aliases ?? [])]) {
      const key = choiceKey(name);
      if (!choices.has(key)) choices.set(key, o.value);
    }
  }
  const shape = shapeOf(c);
  return shape ? { today, choices, shape } : { today, choices };
}

const formulaWithoutResult = (text: string): Bilingual => ({
  zh: `「${text}」是公式，文件中没有它的计算结果（文件不是用 Excel 或 WPS 保存的）；请用 Excel 或 WPS 打开文件、保存后重新上传，或把公式换成数值`,
  en: `"${text}" is a formula saved without its result (the file was not saved by Excel or WPS); open the file in Excel or WPS, save it and upload it again, or replace the formula by its value`,
});

/**
 * The time of day a fraction of a day stands for (0.7535 → 18:05), as the reader reads a cell formatted as a time
 * (`serialToMoment`): what a cell of a time column shows unformatted.
 */
function excelTimeOf(text: string): string | null {
  if (!/^0?\.\d+$/.test(text)) return null;
  const time = serialToMoment(Number(text), false, 'clock');
  return time === '00:00' ? null : time;
}

/**
 * A day typed as text with slashes, year last (5/3/2024): month first in America, day first in Europe, and in China
 * neither — a clerk writes the year first. When both of the first two numbers could be the month, the cell is refused
 * naming both readings, never read one way silently; 2024/5/3, 13/5/2024 and a date cell are read as before.
 */
function ambiguousSlashDay(text: string): Bilingual | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.normalize('NFKC'));
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a === b || a < 1 || b < 1 || a > 12 || b > 12) return null;
  const year = m[3].length === 2 ? Number(m[3]) + (Number(m[3]) <= 29 ? 2000 : 1900) : Number(m[3]);
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    zh: `「${text}」日期不明确：可能是${year}年${a}月${b}日，也可能是${year}年${b}月${a}日；请写成年-月-日，如 ${iso(b, a)}（或 ${iso(a, b)}），或设为日期格式的单元格`,
    en: `"${text}" is an unclear date: it may be ${iso(a, b)} (month first) or ${iso(b, a)} (day first); write the year, month and day as ${iso(b, a)} (or ${iso(a, b)}), or format the cell as a date`,
  };
}

/** A cell's problem, told from a value (text, a number, a boolean or null) by its class: a cell read makes no object. */
export class CellProblem {
  constructor(readonly problem: Bilingual) {}
}
const problem = (p: Bilingual) => new CellProblem(p);

export function parseCell(c: RegisterColumn, raw: string, reading: ColumnReading): CellValue | CellProblem {
  const text = reading.shape ? codeText(raw) : raw.trim();
  if (!text) {
    return c.required
      ? problem({ zh: `「${c.header}」必填`, en: `"${c.en}" is required` })
      : c.kind === 'yesno'
        ? false
        : null;
  }
  // a formula the file holds without its result (xlsx-cells.ts): read as nothing, it would pass for a value left out
  if (text.startsWith('=')) return problem(formulaWithoutResult(text));
  switch (c.kind) {
    case 'text':
      if (reading.shape === 'idNumber' || reading.shape === 'code') {
        const lost = codeLostAsNumber(text, reading.shape === 'idNumber' ? ID_NUMBER_WORD : undefined);
        if (lost) return problem(lost);
      }
      return text.length > (c.max ?? 4000)
        ? problem({ zh: `不能超过${c.max ?? 4000}字`, en: `at most ${c.max ?? 4000} characters` })
        : text;
    case 'date': {
      const unclear = ambiguousSlashDay(text);
      if (unclear) return problem(unclear);
      const day = parseDateText(text);
      if (!day) return problem(notADay(text));
      const why = c.notAhead ? { zh: `：${c.notAhead.zh}`, en: `: ${c.notAhead.en}` } : { zh: '', en: '' };
      if (!c.future && day > reading.today)
        return problem({ zh: `${day} 晚于今天${why.zh}`, en: `${day} is after today${why.en}` });
      return day;
    }
    case 'time': {
      // a moment (2025-03-03 18:05:00, as the requests list exports 收到时间) gives its time of day
      const m = /^(\d{1,2})[:：点时](\d{1,2})?(?:[:：分](\d{1,2})?秒?)?分?$/.exec(
        text.normalize('NFKC').replace(/^\d{4}-\d{2}-\d{2}[ T]/, ''),
      );
      const h = m ? Number(m[1]) : Number.NaN;
      const min = m ? Number(m[2] ?? 0) : Number.NaN;
      const sec = m?.[3] === undefined ? null : Number(m[3]);
      if (!(h >= 0 && h <= 23 && min >= 0 && min <= 59 && (sec === null || sec <= 59))) {
        const serial = excelTimeOf(text);
        if (serial)
          return problem({
            zh: `「${text}」不是时间：像是未设时间格式的 Excel 时间（${serial}），请将该列设为时间格式或写成 ${serial}`,
            en: `"${text}" is not a time: it looks like an Excel time without its time format (${serial}); format the column as times or write ${serial}`,
          });
        return problem({ zh: `「${text}」不是时间（如 18:05）`, en: `"${text}" is not a time (e.g. 18:05)` });
      }
      // HH:MM as typed; HH:MM:SS when the seconds were written (a cut-off is compared to the second).
      const two = (n: number) => String(n).padStart(2, '0');
      return `${two(h)}:${two(min)}${sec === null ? '' : `:${two(sec)}`}`;
    }
    case 'int': {
      const n = Number(wholeNumberText(text));
      if (Number.isInteger(n) && n >= 0) return n;
      return problem(
        n < 0
          ? { zh: `${c.header}不能为负数：${text}`, en: `The ${c.en} cannot be negative: ${text}` }
          : { zh: `${c.header}须为整数：${text}`, en: `The ${c.en} must be a whole number: ${text}` },
      );
    }
    case 'money': {
      const fen = parseYuan(text);
      if (fen !== null) return fen;
      const plain = text
        .normalize('NFKC')
        .replace(/[,\s¥￥]/g, '')
        .replace(/元整?$/, '');
      if (/^-\d/.test(plain))
        return problem({
          zh: `${c.header}不能为负数：${text}`,
          en: `The ${c.en} cannot be negative: ${text}`,
        });
      if (/^\d+\.\d{3,}$/.test(plain)) {
        return problem({
          zh: `${c.header}最多保留两位小数（精确到分）：${text}`,
          en: `The ${c.en} has at most two decimals (to the fen): ${text}`,
        });
      }
      // in 万 (ten thousand yuan) six decimals reach the fen: 1.2345678万 is 12,345.678 yuan
      if (/^\d+\.\d{7,}万$/.test(plain)) {
        return problem({
          zh: `${c.header}最多精确到分：以元计最多两位小数，以万元计最多六位小数；「${text}」超出了分`,
          en: `The ${c.en} goes to the fen at most: two decimals in yuan, six in 万 (ten thousand yuan); "${text}" goes beyond the fen`,
        });
      }
      const comma = text.normalize('NFKC').includes(',') && /^\d+(\.\d+)?万?$/.test(plain);
      return problem({
        zh: `「${text}」不是金额（元）：${comma ? '逗号只用于千位分隔（如 1,200.50），小数请用小数点' : '请写成 3000、1,200.50 或 3.5万 这样的金额'}`,
        en: `"${text}" is not an amount in yuan: ${comma ? 'a comma only separates thousands (1,200.50); write decimals with a point' : 'write it as 3000, 1,200.50 or 3.5万'}`,
      });
    }
    case 'yesno': {
      const key = normaliseText(text).toLowerCase();
      if (YES.has(key)) return true;
      if (NO.has(key)) return false;
      return problem({ zh: `「${text}」请填写 是 或 否`, en: `"${text}": write 是 (yes) or 否 (no)` });
    }
    case 'choice': {
      const hit = reading.choices.get(choiceKey(text));
      return hit !== undefined
        ? hit
        : problem({
            zh: `「${text}」不是可选的值（${(c.choices ?? []).map((o) => o.zh).join('、')}）`,
            en: `"${text}" is not one of: ${acceptedInEnglish(c.choices ?? [])}`,
          });
    }
  }
}

/**
 * The values a choice cell accepts, for an English reader: each as the sheet must hold it (its Chinese, the one
 * place an English message quotes Chinese: the cell's own text) with its meaning, `心理咨询师 (counsellor)`; an
 * English word alone would be refused in the cell again (trial 44, finding 9).
 */
export function acceptedInEnglish(choices: readonly { zh: string; en: string }[]): string {
  return choices.map((o) => (o.en === o.zh ? o.zh : `${o.zh} (${o.en})`)).join(', ');
}

/**
 * A figure (an amount, a count) in a cell merged down several rows (xlsx-merges.ts): each row's, or the rows'
 * together? It is refused, never read one way; any other cell merged down is the value it shows on each row. Null
 * for a column of another kind.
 */
export function mergedFigure(c: RegisterColumn): CellProblem | null {
  if (c.kind !== 'money' && c.kind !== 'int') return null;
  return problem({
    zh: `「${c.header}」是跨多行合并的单元格，无法判断是每行各为该数还是这几行合计；请取消合并，在每行填写本行的数`,
    en: `"${c.en}" is a cell merged over several rows: whether each row has this figure or the rows share it cannot be told; unmerge it and fill in each row's own figure`,
  });
}

/** Whether every cell of a row is blank (a loop: every row of a register passes here). */
export function isBlankRow(cells: string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]?.trim()) return false;
  return true;
}
