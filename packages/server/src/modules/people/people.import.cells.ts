import { parseDateText } from '../../shared/dates.ts';
import { phoneText } from '../../shared/register-sheet.cells.ts';
import { notADay } from '../../shared/sheet-dates.ts';

/**
 * How each cell of the member sheet is read, as clerks write them: yes or no, a date, a phone, a model worker's
 * level, a hardship level, a gender. Each answers the value or why the cell cannot be read, in both languages.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; zh: string; en: string };

const fail = (code: string, zh: string, en: string): { ok: false; code: string; zh: string; en: string } => ({
  ok: false,
  code,
  zh,
  en,
});

const YES = new Set(['是', '是的', 'y', 'yes', '1', '√', '✓', '✔', 'true', '对', '有']);
const NO = new Set(['否', '不是', 'n', 'no', '0', '×', '✗', '✘', 'x', 'false', '无', '没有']);

/** The answers every row's yes/no cells share: nothing is made per cell. */
const IS_YES: Parsed<boolean> = Object.freeze({ ok: true, value: true });
const IS_NO: Parsed<boolean> = Object.freeze({ ok: true, value: false });

export function parseYesNo(text: string): Parsed<boolean> {
  // 是 and 否 as typed, found before the text is trimmed and lower-cased into a new one
  if (YES.has(text)) return IS_YES;
  if (NO.has(text)) return IS_NO;
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return IS_YES;
  if (NO.has(t)) return IS_NO;
  return fail(
    'YES_NO_INVALID',
    `“${text}”不是有效的是/否值，请填“是”或“否”`,
    `"${text}" is not a yes/no value; use 是 or 否 (Y/N, 1/0)`,
  );
}

/** A date cell; see parseDateText for the spellings accepted. */
export function parseDate(text: string): Parsed<string> {
  const iso = parseDateText(text);
  if (!iso) {
    const { zh, en } = notADay(text);
    return fail('DATE_INVALID', zh, en);
  }
  return { ok: true, value: iso };
}

const PLAIN_PHONE = /^1[3-9]\d{9}$/;

/** An 11-digit mainland mobile number; spaces, dashes and a +86 prefix are tolerated. */
export function parsePhone(text: string): Parsed<string> {
  // a number typed plainly, as most are, is the value itself
  if (PLAIN_PHONE.test(text)) return { ok: true, value: text };
  // Full-width digits (１３８…) and brackets read as ordinary ones.
  const t = phoneText(text);
  if (/^1[3-9]\d{9}$/.test(t)) return { ok: true, value: t };
  return fail(
    'PHONE_INVALID',
    `手机号“${text}”格式错误，应为11位手机号`,
    `Phone number "${text}" is malformed; 11 digits starting with 1 expected`,
  );
}

/** The words a clerk writes for "none" in a level's cell. */
const NONE = { 无: null, 否: null, none: null } as const;

/**
 * A cell read as one of `table`'s words (trimmed, in any case), or refused with `code` and the words `refusal`
 * gives for the cell as written.
 */
const parseWord =
  <T>(table: Record<string, T>, code: string, refusal: (text: string) => readonly [zh: string, en: string]) =>
  (text: string): Parsed<T> => {
    const t = text.trim().toLowerCase();
    if (t in table) return { ok: true, value: table[t] };
    return fail(code, ...refusal(text));
  };

const MODEL_WORKER: Record<string, 'national' | 'city' | 'district' | null> = {
  全国: 'national',
  全国级: 'national',
  国家级: 'national',
  全国劳模: 'national',
  全国劳动模范: 'national',
  national: 'national',
  市级: 'city',
  市: 'city',
  北京市: 'city',
  省部级: 'city',
  市级劳模: 'city',
  北京市劳动模范: 'city',
  city: 'city',
  区级: 'district',
  区: 'district',
  区县级: 'district',
  区级劳模: 'district',
  district: 'district',
  ...NONE,
};

export const parseModelWorker = parseWord(MODEL_WORKER, 'MODEL_WORKER_INVALID', (text) => [
  `劳模级别“${text}”无效，应为全国、市级、区级或无`,
  `Model-worker level "${text}" is not one of national (全国), city (市级), district (区级) or none (无)`,
]);

const HARDSHIP: Record<string, 'relative' | 'general' | 'deep' | null> = {
  相对困难: 'relative',
  相对困难职工: 'relative',
  relative: 'relative',
  一般困难: 'general',
  一般困难职工: 'general',
  general: 'general',
  深度困难: 'deep',
  深度困难职工: 'deep',
  deep: 'deep',
  ...NONE,
};

export const parseHardship = parseWord(HARDSHIP, 'HARDSHIP_INVALID', (text) => [
  `困难职工类别“${text}”无效，应为相对困难、一般困难、深度困难或无`,
  `Hardship category "${text}" is not one of relative (相对困难), general (一般困难), deep (深度困难) or none (无)`,
]);

export function parseGender(text: string): Parsed<'male' | 'female'> {
  const t = text.trim().toLowerCase();
  if (['男', 'male', 'm', '男性'].includes(t)) return { ok: true, value: 'male' };
  if (['女', 'female', 'f', '女性'].includes(t)) return { ok: true, value: 'female' };
  return fail(
    'GENDER_INVALID',
    `性别“${text}”无效，应为男或女`,
    `Sex "${text}" is not 男 (male) or 女 (female)`,
  );
}
