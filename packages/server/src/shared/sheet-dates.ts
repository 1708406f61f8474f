/**
 * Dates in spreadsheet cells: which number formats show a date and how much of the time of day, and a date
 * serial as the text a clerk reads (YYYY-MM-DD, HH:mm, HH:mm:ss) — shared by the fast .xlsx reader and the
 * worker that reads .xls and .ods.
 */
/** Built-in date formats that show the time of day too (m/d/yy h:mm). */
export const BUILTIN_MOMENT_IDS = new Set([22]);

export const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** What a date format shows of the time of day: nothing, hours and minutes, or seconds too. */
export type DateShows = 'day' | 'minute' | 'second';

/** What a number format code shows when it is a date format (yyyy-mm-dd hh:mm); null for any other format. */
export function formatShows(code: string): DateShows | null {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const isDate = /[yd]/i.test(bare) || (/m/i.test(bare.replace(/\bAM\/PM\b/gi, '')) && !/[0#?]/.test(bare));
  if (!isDate) return null;
  return /s/i.test(bare) ? 'second' : /h/i.test(bare) ? 'minute' : 'day';
}

/**
 * A date serial as YYYY-MM-DD. In the 1900 system Excel counts a 29 February 1900 that never was (serial
 * 60), so serials before it are one day later than a plain count from 1899-12-30 gives.
 */
export function serialToDate(serial: number, date1904: boolean): string {
  const day = Math.floor(serial);
  if (!date1904 && day === 60) return '1900-02-29';
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return civilDay(epoch / 86_400_000 + day) ?? new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What a date cell that is not a day is told. A plain number of five digits in a date column is almost always a
 * date whose cell lost its date format (Excel then shows the serial, 45292 for 2024-01-01): it is refused like any
 * other text — the platform never keeps a day the clerk did not see — but the message names the day it would be.
 * Any other text is told `otherwise` (by default, that it is not a date).
 */
export function notADay(
  text: string,
  otherwise: { zh: string; en: string } = { zh: `「${text}」不是日期`, en: `"${text}" is not a date` },
): { zh: string; en: string } {
  const serial = /^\d{5}$/.test(text) ? serialToDate(Number(text), false) : null;
  return serial
    ? {
        zh: `「${text}」不是日期：像是未设日期格式的 Excel 日期（${serial}），请将该列设为日期格式或写成 ${serial}`,
        en: `"${text}" is not a date: it looks like an Excel date without its date format (${serial}); format the column as dates or write ${serial}`,
      }
    : otherwise;
}

/** '01' … '31': a month's or a day's two digits. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The day `days` after 1970-01-01 as YYYY-MM-DD, counted by the proleptic Gregorian calendar as Date does, without
 * a Date and its ISO text (a register's date cells are read by the thousand); null for a year outside 1000–9999,
 * which the caller writes as Date does. The civil-from-days count of H. Hinnant's date algorithms.
 */
function civilDay(days: number): string | null {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (!(y >= 1000 && y <= 9999)) return null;
  return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

/**
 * A date cell's serial as the text its format shows: YYYY-MM-DD, then the time of day (HH:mm, HH:mm:ss) when the
 * format shows it — a moment written as one is never cut to its day, a day shown as a day keeps no hidden hour.
 */
export function serialToMoment(serial: number, date1904: boolean, shows: DateShows): string {
  const day = serialToDate(serial, date1904);
  if (shows === 'day') return day;
  const seconds = Math.min(86_399, Math.round((serial - Math.floor(serial)) * 86_400));
  const two = (n: number) => String(n).padStart(2, '0');
  const hm = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return shows === 'second' ? `${day} ${hm}:${two(seconds % 60)}` : `${day} ${hm}`;
}
