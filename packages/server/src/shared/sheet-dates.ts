/**
 * Dates in spreadsheet cells: which number formats show a date and how much of the time of day, and a date
 * serial as the text a clerk reads (YYYY-MM-DD, HH:mm, HH:mm:ss) — shared by the fast .xlsx reader and the
 * worker that reads .xls and .ods; and what a date cell that is not a day is told.
 */
import { dateTextParts, daysInMonth, WEEKDAY_NAMES, weekdayOf } from './dates.ts';

/** Built-in date formats that show the time of day too (m/d/yy h:mm). */
export const BUILTIN_MOMENT_IDS = new Set([22]);

export const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/**
 * Built-in formats that show the time of day alone (h:mm AM/PM, h:mm:ss AM/PM, h:mm, h:mm:ss): what Excel gives a
 * cell typed 18:05.
 */
export const BUILTIN_CLOCK_IDS = new Map<number, DateShows>([
  [18, 'clock'],
  [19, 'clockSeconds'],
  [20, 'clock'],
  [21, 'clockSeconds'],
]);

/**
 * What a date format shows: the day, with nothing of the time of day, hours and minutes, or seconds too; or the
 * time of day alone (`clock`, `clockSeconds`), without its day; or the year alone (`yyyy`, `yyyy"年"`).
 */
export type DateShows = 'day' | 'minute' | 'second' | 'clock' | 'clockSeconds' | 'year';

/** What a number format code shows when it is a date format (yyyy-mm-dd hh:mm); null for any other format. */
export function formatShows(code: string): DateShows | null {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const isDate = /[yd]/i.test(bare) || (/m/i.test(bare.replace(/\bAM\/PM\b/gi, '')) && !/[0#?]/.test(bare));
  if (!isDate) return null;
  const seconds = /s/i.test(bare);
  // hours without a year or a day: a time of day (hh:mm), not a moment of 1899-12-30
  if (/h/i.test(bare) && !/[yd]/i.test(bare)) return seconds ? 'clockSeconds' : 'clock';
  // a year with no month, day or time: the year the clerk sees (a 年度 column), not the first of January
  if (!/[mdhs]/i.test(bare)) return 'year';
  return seconds ? 'second' : /h/i.test(bare) ? 'minute' : 'day';
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
 * Any other text is told how to write a day, in the forms parseDateText reads (a date cell is read as its day by
 * every reader), and, when it is written as a day that cannot be (2020.13.5, 2020年2月30日), why.
 */
export function notADay(text: string): { zh: string; en: string } {
  const serial = /^\d{5}$/.test(text) ? serialToDate(Number(text), false) : null;
  if (serial)
    return {
      zh: `「${text}」不是日期：像是未设日期格式的 Excel 日期（${serial}），请将该列设为日期格式或写成 ${serial}`,
      en: `"${text}" is not a date: it looks like an Excel date without its date format (${serial}); format the column as dates or write ${serial}`,
    };
  const parts = dateTextParts(text);
  const wrongWeekday = parts && weekdayRefused(parts);
  if (wrongWeekday) return wrongWeekday;
  const why = impossibleDay(text);
  return {
    zh: `「${text}」不是日期：${why ? `${why.zh}；` : ''}请写成 2020-03-05 这样的年-月-日（也可用 2020/3/5、2020.3.5、2020年3月5日），或设为日期格式的单元格`,
    en: `"${text}" is not a date: ${why ? `${why.en}; ` : ''}write the year, month and day as 2020-03-05 (2020/3/5 and 2020.3.5 are read too), or format the cell as a date`,
  };
}

/**
 * A day written with a day of the week that is not its own (2024-03-05（周三）, a Tuesday): said naming both, for
 * the clerk to see which of the two is wrong. Null when the day is none or no weekday was written.
 */
function weekdayRefused(parts: { year: number; month: number; day: number; weekday?: number }) {
  const { year, month, day, weekday } = parts;
  if (weekday === undefined || impossibleParts(parts, false)) return null;
  const real = weekdayOf(year, month, day);
  if (real === weekday) return null;
  const iso = `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
  return {
    zh: `日期与星期不符：${iso} 是${WEEKDAY_NAMES.zh[real]}，不是${WEEKDAY_NAMES.zh[weekday]}；请核对日期或删去星期`,
    en: `The date and the day of the week disagree: ${iso} is a ${WEEKDAY_NAMES.en[real]}, not a ${WEEKDAY_NAMES.en[weekday]}; check the date or leave the day of the week out`,
  };
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * Why a text written as a day in a form parseDateText reads is none: its year outside what the platform reads, a
 * month or a day the calendar does not have. Null when the text is not written as a day, or is one; and for eight
 * digits whose year is out of reach (12345678 is more likely a number than the year 1234).
 */
function impossibleDay(text: string): { zh: string; en: string } | null {
  const parts = dateTextParts(text);
  return parts && impossibleParts(parts, parts.compact);
}

/** impossibleDay over a text's parts: null when they make a day (or, `compact`, when the year is out of reach). */
function impossibleParts(
  parts: { year: number; month: number; day: number },
  compact: boolean,
): { zh: string; en: string } | null {
  const { year, month, day } = parts;
  if (year < 1900 || year > 2200)
    return compact ? null : { zh: '年份须在1900年至2200年之间', en: 'the year must be from 1900 to 2200' };
  if (month < 1 || month > 12) return { zh: `没有${month}月`, en: `there is no month ${month}` };
  if (day < 1) return { zh: `没有${day}日`, en: `there is no day ${day}` };
  const days = daysInMonth(year, month);
  if (day > days)
    return {
      zh: `${year}年${month}月只有${days}天`,
      en: `${MONTHS[month - 1]} ${year} has only ${days} days`,
    };
  return null;
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
 * format shows it — a moment written as one is never cut to its day, a day shown as a day keeps no hidden hour; a
 * time of day shown alone (18:05) is that time, without the day of its serial.
 */
export function serialToMoment(serial: number, date1904: boolean, shows: DateShows): string {
  if (shows === 'day') return serialToDate(serial, date1904);
  if (shows === 'year') return serialToDate(serial, date1904).slice(0, 4);
  const seconds = Math.min(86_399, Math.round((serial - Math.floor(serial)) * 86_400));
  const two = (n: number) => String(n).padStart(2, '0');
  const hm = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  const time = shows === 'second' || shows === 'clockSeconds' ? `${hm}:${two(seconds % 60)}` : hm;
  return shows === 'clock' || shows === 'clockSeconds' ? time : `${serialToDate(serial, date1904)} ${time}`;
}
