import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The platform's days and clock times are China's, as the server's (`todayInChina`): a moment is shown, and today is
 * read, in China time whatever zone the browser is set to (a payment made at 00:00 in Beijing is not 16:00 the day
 * before on a machine set to UTC).
 */
const CHINA = 'Asia/Shanghai';
const inChina = (iso?: string) => (iso === undefined ? dayjs() : dayjs(iso)).tz(CHINA);

/** 'YYYY-MM-DD' ↔ the dayjs values antd date pickers hold. */
export const toDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const today = () => inChina().format('YYYY-MM-DD');
/** This year in China: 2026. */
export const thisYear = () => Number(today().slice(0, 4));
/** The day in China of a moment: 2026-10-09. */
export const dayOf = (iso: string) => inChina(iso).format('YYYY-MM-DD');
/**
 * A moment as every page writes it, in China time: 2026-10-09 09:00 (with seconds where order within a minute
 * matters, the audit log); a dash where there is none, and what was given where it is not a moment.
 */
export function formatTime(
  iso: string | null | undefined,
  { seconds = false }: { seconds?: boolean } = {},
): string {
  if (!iso) return '—';
  if (Number.isNaN(new Date(iso).getTime())) return iso;
  return inChina(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}
/** A moment as its day in China (a payment date); a dash where there is none. */
export const formatDay = (iso: string | null | undefined) => formatTime(iso).slice(0, 10);
/** The time of day of a moment: 09:00 (09:00:05 with seconds), in China time like formatTime. */
export const formatClock = (iso: string, { seconds = false }: { seconds?: boolean } = {}) =>
  inChina(iso).format(seconds ? 'HH:mm:ss' : 'HH:mm');
