import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/**
 * Shown as 2025-10-08; typed also as 2025-10-8, 2025/10/8, 2025.10.8, 20251008, 2025年10月8日 or 10月8日 (this
 * year), with or without leading zeros. The picker reads each format strictly (2025/03/01 is not 'YYYY/M/D'), so
 * both spellings are listed.
 */
export const DAY_FORMATS = [
  'YYYY-MM-DD',
  'YYYY-M-D',
  'YYYY/M/D',
  'YYYY/MM/DD',
  'YYYY.M.D',
  'YYYY.MM.DD',
  'YYYYMMDD',
  'YYYY年M月D日',
  'YYYY年MM月DD日',
  'M月D日',
  'MM月DD日',
];

/** The day typed text names, read as the picker reads it (each format strictly, the first that fits); null if none. */
export function typedDay(text: string): Dayjs | null {
  const day = dayjs(text.trim(), DAY_FORMATS, true);
  return day.isValid() ? day : null;
}

/**
 * The formats the picker itself reads as each key is typed: those a day cannot grow longer out of. antd takes a day
 * the moment the text fits a format and rewrites the box in the format shown, so with 'YYYY/M/D' the 1 of
 * 2025/3/12 became 2025-03-01 and the 2 then made 2025-03-012. A day typed so (2025/3/12, 2025-3-1, 2025.3.1) is
 * read from the box on Enter or on leaving it (`typedToCommit`).
 */
export const PICKER_DAY_FORMATS = DAY_FORMATS.filter((f) => !/[-/.]D$/.test(f));

/**
 * What a box's text asks of the picker when it is left or Enter is pressed: nothing (empty, or read by the picker
 * as typed), a day to take (read by `typedDay` only), or text that names no day (said under the box).
 */
export function typedToCommit(text: string): { day: Dayjs } | { unread: string } | null {
  const trimmed = text.trim();
  if (!trimmed || dayjs(trimmed, PICKER_DAY_FORMATS, true).isValid()) return null;
  const day = typedDay(trimmed);
  return day ? { day } : { unread: trimmed };
}

/** Selects a picker box's text as it is focused, so that what is typed replaces the day held instead of joining it. */
export function selectTyped(target: EventTarget) {
  const input = target as HTMLInputElement;
  if (typeof input.select === 'function') input.select();
}

/**
 * antd's date picker as every day field wants it: clicking into a filled date selects it, so that what is typed
 * replaces the date instead of joining it ("2026-11-232025-10-08"); a day is read in the ways clerks type it;
 * Enter on text that is no date does not submit the form, which would save the date shown before the typing.
 */
type OneDayProps = Omit<DatePickerProps, 'onChange' | 'multiple'> & {
  onChange?: (day: Dayjs | null, text: string) => void;
};

export function DayPicker(props: OneDayProps) {
  const { t } = useTranslation();
  const plainDays = props.picker === undefined && props.format === undefined && !props.showTime;
  // text left in the box that names no day: the picker kept it on screen beside the day it still held, which was
  // saved; it is put back to the day held (a new picker) and said under the box
  const [unread, setUnread] = useState<{ text: string; round: number }>({ text: '', round: 0 });
  // a day read from the box that the picker did not read as typed: taken as if picked
  const take = (day: Dayjs) => {
    if (unread.text) setUnread((u) => ({ ...u, text: '' }));
    if (props.disabledDate?.(day, { type: 'date' }))
      return setUnread((u) => ({ text: day.format('YYYY-MM-DD'), round: u.round + 1 }));
    if (props.value && dayjs.isDayjs(props.value) && props.value.isSame(day, 'day')) return;
    (props.onChange as OneDayProps['onChange'])?.(day, day.format('YYYY-MM-DD'));
  };
  return (
    <>
      <DatePicker
        key={unread.round}
        {...(plainDays ? { format: PICKER_DAY_FORMATS } : {})}
        {...(props as DatePickerProps)}
        status={unread.text ? 'error' : props.status}
        onChange={(day, text) => {
          if (unread.text) setUnread((u) => ({ ...u, text: '' }));
          (props.onChange as OneDayProps['onChange'])?.(day as Dayjs | null, text as string);
        }}
        onBlur={(e, info) => {
          const typed = plainDays ? typedToCommit((e.target as HTMLInputElement).value ?? '') : null;
          if (typed && 'unread' in typed) setUnread((u) => ({ text: typed.unread, round: u.round + 1 }));
          if (typed && 'day' in typed) take(typed.day);
          props.onBlur?.(e, info);
        }}
        onFocus={(e, info) => {
          selectTyped(e.target);
          props.onFocus?.(e, info);
        }}
        onKeyDown={(e, preventDefault) => {
          const typed =
            plainDays && e.key === 'Enter' ? typedToCommit((e.target as HTMLInputElement).value ?? '') : null;
          if (typed) {
            e.preventDefault();
            e.stopPropagation();
            if ('day' in typed) take(typed.day);
          }
          props.onKeyDown?.(e, preventDefault);
        }}
      />
      {unread.text && (
        <div className="ant-form-item-explain-error" role="alert" data-testid="day-unread">
          {t('input.dayUnread', { text: unread.text })}
        </div>
      )}
    </>
  );
}
