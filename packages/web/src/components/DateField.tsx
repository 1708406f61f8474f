import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { fromDay, toDay } from './dates.ts';

dayjs.extend(customParseFormat);

/**
 * The one date control: antd's picker in the locale's format, holding the API's 'YYYY-MM-DD' string
 * (null when cleared). No native date box anywhere.
 */
export function DateField({
  value,
  onChange,
  allowClear = false,
  testId,
  style,
}: {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  allowClear?: boolean;
  testId?: string;
  style?: React.CSSProperties;
}) {
  return (
    <DatePicker
      style={{ width: '100%', ...style }}
      value={toDay(value) ?? null}
      allowClear={allowClear}
      format={DAY_FORMATS}
      onChange={(d) => onChange(fromDay(d))}
      onFocus={selectAll}
      onKeyDown={holdUnreadEnter}
      data-testid={testId}
    />
  );
}

/** Shown as 2025-10-08; typed also as 2025/10/8, 2025.10.8 or 20251008. */
const DAY_FORMATS = ['YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD'];

/** Clicking into a filled date selects it, so that what is typed replaces the date instead of joining it. */
const selectAll = (e: React.FocusEvent<HTMLElement>) => {
  const input = e.target as HTMLInputElement;
  if (typeof input.select === 'function') input.select();
};

/**
 * Enter on a date that cannot be read does not submit the form: the form would save the date shown before the
 * typing (often today's), which is not what the clerk typed.
 */
const holdUnreadEnter = (e: React.KeyboardEvent<HTMLElement>) => {
  if (e.key !== 'Enter') return;
  const text = (e.target as HTMLInputElement).value?.trim();
  if (text && !dayjs(text, DAY_FORMATS, true).isValid()) {
    e.preventDefault();
    e.stopPropagation();
  }
};

/** A moment (date and time to the minute) as an ISO timestamp, with the same picker. */
export function DateTimeField({
  value,
  onChange,
  testId,
}: {
  value: string | null | undefined;
  onChange: (iso: string | null) => void;
  testId?: string;
}) {
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      style={{ width: '100%' }}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.second(0).millisecond(0).toISOString() : null)}
      data-testid={testId}
    />
  );
}
