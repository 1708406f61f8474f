import dayjs, { type Dayjs } from 'dayjs';

/** 'YYYY-MM-DD' ↔ the dayjs values antd date pickers hold. */
export const toDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const today = () => dayjs().format('YYYY-MM-DD');
/** A moment as every page writes it, in local time: 2026-10-09 09:00 (with seconds where order within a minute matters, the audit log). */
export const formatTime = (iso: string, { seconds = false }: { seconds?: boolean } = {}) =>
  dayjs(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
/** The time of day of a moment: 09:00 (09:00:05 with seconds), in local time like formatTime. */
export const formatClock = (iso: string, { seconds = false }: { seconds?: boolean } = {}) =>
  dayjs(iso).format(seconds ? 'HH:mm:ss' : 'HH:mm');
