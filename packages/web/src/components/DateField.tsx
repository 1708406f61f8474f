import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DayPicker } from './DayPicker.tsx';
import { fromDay, toDay, today } from './dates.ts';

/**
 * The one date control: antd's picker in the locale's format, holding the API's 'YYYY-MM-DD' string
 * (null when cleared). No native date box anywhere. `noFuture`: the day something happened, so no day after today
 * can be picked; `disabled`: shown, not changed.
 */
export function DateField({
  value,
  onChange,
  allowClear = false,
  noFuture = false,
  disabled = false,
  testId,
  style,
  id,
}: {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  allowClear?: boolean;
  noFuture?: boolean;
  disabled?: boolean;
  testId?: string;
  style?: React.CSSProperties;
  /** The input's id, for the label that names it (`Form.Item`'s `htmlFor`). */
  id?: string;
}) {
  return (
    <DayPicker
      id={id}
      style={{ width: '100%', ...style }}
      value={toDay(value) ?? null}
      allowClear={allowClear}
      disabled={disabled}
      disabledDate={noFuture ? afterToday : undefined}
      onChange={(d) => onChange(fromDay(d))}
      data-testid={testId}
    />
  );
}

/** Days after today, which a day that has happened cannot be. */
export const afterToday = (d: Dayjs) => d.isAfter(dayjs(today()), 'day');

/** A moment (date and time to the minute) as an ISO timestamp, with the same picker. */
export function DateTimeField({
  value,
  onChange,
  testId,
  id,
}: {
  value: string | null | undefined;
  onChange: (iso: string | null) => void;
  testId?: string;
  /** The input's id, for the label that names it (`Form.Item`'s `htmlFor`). */
  id?: string;
}) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      style={{ width: '100%' }}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.second(0).millisecond(0).toISOString() : null)}
      data-testid={testId}
    />
  );
}

/**
 * The house date control inside an antd Form.Item (which hands it `value` and `onChange`); `allowClear` where the
 * day may be left empty, `noFuture` where it may not be after today.
 */
export function FormDate({
  value,
  onChange,
  testId,
  allowClear,
  noFuture,
  id,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
  allowClear?: boolean;
  /** No day after today may be picked. */
  noFuture?: boolean;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  return (
    <DateField
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      allowClear={allowClear}
      noFuture={noFuture}
      testId={testId}
    />
  );
}
