/**
 * Reads a date as clerks type it (2020-03-15, 2020/3/15, 2020.3.15, 2020年3月15日 or 15号, 20200315) or as a
 * spreadsheet shows a date cell (3/15/20, 3/15/2020); a time part is ignored (2020-03-15 18:05, and ISO's
 * 2020-03-15T00:00:00 without a zone), and a day of the week after it (2020年03月15日 星期日, 2020-03-15（周日）) is
 * held to the day: a wrong one makes no day. Returns 'YYYY-MM-DD' or null.
 * A two-digit year is read as the spreadsheet reads it: 00–29 in the 2000s, 30–99 in the 1900s.
 */
export function parseDateText(text: string): string | null {
  // most date cells are written 2020-03-15: read where they stand, and given back as they are when a day
  const iso = isoDateAsIs(text);
  if (iso !== undefined) return iso;
  const parts = dateTextParts(text);
  const day = parts && isoDate(parts.year, parts.month, parts.day);
  // a day written with its day of the week is that day only when the two agree
  if (day && parts.weekday !== undefined && weekdayOf(parts.year, parts.month, parts.day) !== parts.weekday)
    return null;
  return day;
}

/** The day of the week a text names after a day, by its last character (星期二, 周二, 礼拜天): Sunday 0. */
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** A weekday written after a day, in brackets or not (2024年03月05日 星期二, 2024-03-05（周二）), once NFKC. */
const WEEKDAY_AFTER = /\s*(?:\((?:星期|周|礼拜)([一二三四五六日天])\)|(?:星期|周|礼拜)([一二三四五六日天]))$/;
/**
 * A time of day after a day, which a day's column does not keep: after a space (2024-03-05 18:05), or after the T of
 * ISO 8601 without a zone (2024-03-05T00:00:00, 2024-03-05T18:05:30.000). A time with a zone (…Z, …+08:00) may be
 * of another day in China, and is no day.
 */
const TIME_AFTER = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/** The names of the days of the week, Sunday first. */
export const WEEKDAY_NAMES = {
  zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** The day of the week of a day of the Gregorian calendar (month 1–12): Sunday 0. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The year, month and day a text is written with in one of the forms parseDateText reads, whether or not they make
 * a day (2020.13.5 is month 13); null when it is not written so. `compact`: written as eight digits (20200315).
 * `weekday`: the day of the week written after it (Sunday 0), which parseDateText holds the day to.
 */
export function dateTextParts(
  text: string,
): { year: number; month: number; day: number; compact: boolean; weekday?: number } | null {
  let t = text.normalize('NFKC').trim();
  let weekday: number | undefined;
  const named = WEEKDAY_AFTER.exec(t);
  if (named) {
    weekday = WEEKDAYS[named[1] ?? named[2]];
    t = t.slice(0, named.index);
  }
  t = t.replace(TIME_AFTER, '');
  const parts = datePartsOf(t);
  return parts && weekday !== undefined ? { ...parts, weekday } : parts;
}

function datePartsOf(t: string): { year: number; month: number; day: number; compact: boolean } | null {
  // 3月5日 or, as it is said, 3月5号; spaced or not around 年, 月 and 日 (2024 年 1 月 20 日)
  let m = /^(\d{4})(?:[-/.]|\s*年\s*)(\d{1,2})(?:[-/.]|\s*月\s*)(\d{1,2})(?:\s*[日号])?$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), compact: false };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), compact: true };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3].length === 2) year += year <= 29 ? 2000 : 1900;
  return { year, month: Number(m[1]), day: Number(m[2]), compact: false };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of month `month` (1–12) of `year`, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * A text written YYYY-MM-DD: itself when it is a day from 1900 to 2200 (what isoDate would make of it), null
 * when it is not a day; undefined when it is not written so.
 */
function isoDateAsIs(t: string): string | null | undefined {
  if (t.length !== 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c;
    else if (i < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return t;
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day of `now` in China (UTC+8), as 'YYYY-MM-DD'; today is `todayInChina(clock())`. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A moment as every export writes it, in China time: '2026-10-09 09:00', with the seconds where order within a
 * minute matters (the audit log).
 */
export function momentInChina(at: Date | string, { seconds = false }: { seconds?: boolean } = {}): string {
  const iso = new Date(new Date(at).getTime() + 8 * 3600_000).toISOString();
  return iso.slice(0, seconds ? 19 : 16).replace('T', ' ');
}

/** The last day of the month `date` falls in: states are kept by month, so they are told as of a month's end. */
export function monthEnd(date: string): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}

/** A day written YYYY-MM-DD plus `n` days (calendar arithmetic; `n` may be negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The day after a day written YYYY-MM-DD. */
export const dayAfter = (day: string): string => addDays(day, 1);

/** The day before a day written YYYY-MM-DD. */
export const dayBefore = (day: string): string => addDays(day, -1);

/** Whole days from one day to a later one, both written YYYY-MM-DD (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
