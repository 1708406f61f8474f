import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ComponentProps, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_FORMATS, PICKER_DAY_FORMATS, selectTyped } from './DayPicker.tsx';

const withMinutes = (formats: string[]) => formats.flatMap((f) => [`${f} HH:mm`, `${f} H:mm`]);

/** The formats a range box reads (the first is how it shows a value): days, or days with a time to the minute. */
export const rangeFormats = (withTime: boolean) => (withTime ? withMinutes(DAY_FORMATS) : DAY_FORMATS);

/** The formats the picker reads as each key is typed: those a day cannot grow longer out of (`PICKER_DAY_FORMATS`). */
const pickerFormats = (withTime: boolean) =>
  withTime ? withMinutes(PICKER_DAY_FORMATS) : PICKER_DAY_FORMATS;

/** What one box of a range names (2025/3/1, 2025年3月1日, with a time 2025/3/1 9:30); null if none. */
export function typedRangeEnd(text: string, withTime = false): Dayjs | null {
  const day = dayjs(text.trim(), rangeFormats(withTime), true);
  return day.isValid() ? day : null;
}

/** What a box's text asks when it is left or Enter is pressed: nothing, a day to take, or text that names no day. */
export function typedRangeCommit(text: string, withTime = false): { day: Dayjs } | { unread: string } | null {
  const trimmed = text.trim();
  if (!trimmed || dayjs(trimmed, pickerFormats(withTime), true).isValid()) return null;
  const day = typedRangeEnd(trimmed, withTime);
  return day ? { day } : { unread: trimmed };
}

type Range = [Dayjs | null, Dayjs | null] | null;
type RangeProps = Omit<
  ComponentProps<typeof DatePicker.RangePicker>,
  'format' | 'showTime' | 'value' | 'onChange'
> & {
  value?: Range;
  onChange?: (range: Range) => void;
  /** A time to the minute on each end (an activity's session), not whole days. */
  withTime?: boolean;
};

/** Which box of a range an input is: 0 the start, 1 the end. */
const boxOf = (input: HTMLElement) =>
  [...(input.closest('.ant-picker-range')?.querySelectorAll('input') ?? [])].indexOf(
    input as HTMLInputElement,
  ) === 1
    ? 1
    : 0;

/**
 * antd's range picker as every range of days wants it, the single-day `DayPicker`'s rules on both boxes: each box
 * reads a day as clerks type it (2025/3/1, 2025.3.1, 2025年3月1日 …); clicking into a filled box selects it; text that
 * names no day is not thrown away in silence (the picker emptied both boxes, and the form then said only "please
 * choose"): the range held is kept and the text is said under the boxes; Enter on such text does not submit.
 */
export function DayRangePicker({ withTime = false, value, onChange, ...props }: RangeProps) {
  const { t } = useTranslation();
  const [unread, setUnread] = useState<{ text: string; round: number }>({ text: '', round: 0 });
  const read = (input: HTMLElement) => {
    const typed = typedRangeCommit((input as HTMLInputElement).value ?? '', withTime);
    if (!typed) {
      if (unread.text) setUnread((u) => ({ ...u, text: '' }));
      return false;
    }
    if ('unread' in typed) setUnread((u) => ({ text: typed.unread, round: u.round + 1 }));
    else {
      if (unread.text) setUnread((u) => ({ ...u, text: '' }));
      const range: [Dayjs | null, Dayjs | null] = [value?.[0] ?? null, value?.[1] ?? null];
      range[boxOf(input)] = typed.day;
      onChange?.(range);
    }
    return true;
  };
  return (
    <>
      <DatePicker.RangePicker
        key={unread.round}
        format={pickerFormats(withTime)}
        {...(withTime ? { showTime: { format: 'HH:mm' } } : {})}
        {...props}
        value={value}
        status={unread.text ? 'error' : props.status}
        onChange={(range) => {
          if (unread.text) setUnread((u) => ({ ...u, text: '' }));
          onChange?.(range);
        }}
        onBlur={(e, info) => {
          read(e.target);
          props.onBlur?.(e, info);
        }}
        onFocus={(e, info) => {
          selectTyped(e.target);
          props.onFocus?.(e, info);
        }}
        onKeyDown={(e, preventDefault) => {
          if (e.key === 'Enter' && read(e.target as HTMLElement)) {
            e.preventDefault();
            e.stopPropagation();
          }
          props.onKeyDown?.(e, preventDefault);
        }}
      />
      {unread.text && (
        <div className="ant-form-item-explain-error" role="alert" data-testid="day-unread">
          {t(withTime ? 'input.momentUnread' : 'input.dayUnread', { text: unread.text })}
        </div>
      )}
    </>
  );
}
