import dayjs, { type Dayjs } from 'dayjs';

/** 'YYYY-MM-DD' ↔ the dayjs values antd date pickers hold. */
export const toDay = (s: string | null | undefined): Dayjs | undefined => (s ? dayjs(s) : undefined);
export const fromDay = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
export const today = () => dayjs().format('YYYY-MM-DD');
/** A timestamp for tables, in local time. */
export const formatTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
