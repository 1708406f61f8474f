/**
 * Reads a date as clerks type it (2020-03-15, 2020/3/15, 2020.3.15, 2020年3月15日 or 15号, 20200315) or as a
 * spreadsheet shows a date cell (3/15/20, 3/15/2020); a time part is ignored. Returns 'YYYY-MM-DD' or null.
 * A two-digit year is read as the spreadsheet reads it: 00–29 in the 2000s, 30–99 in the 1900s.
 */
export function parseDateText(text: string): string | null {
  // most date cells are written 2020-03-15: read where they stand, and given back as they are when a day
  const iso = isoDateAsIs(text);
  if (iso !== undefined) return iso;
  const parts = dateTextParts(text);
  return parts && isoDate(parts.year, parts.month, parts.day);
}

/**
 * The year, month and day a text is written with in one of the forms parseDateText reads, whether or not they make
 * a day (2020.13.5 is month 13); null when it is not written so. `compact`: written as eight digits (20200315).
 */
export function dateTextParts(
  text: string,
): { year: number; month: number; day: number; compact: boolean } | null {
  const t = text
    .normalize('NFKC')
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  // 3月5日 or, as it is said, 3月5号
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$/.exec(t);
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
