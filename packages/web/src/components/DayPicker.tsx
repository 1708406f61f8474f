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
const DAY_FORMATS = [
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
  return (
    <>
      <DatePicker
        key={unread.round}
        {...(plainDays ? { format: DAY_FORMATS } : {})}
        {...(props as DatePickerProps)}
        status={unread.text ? 'error' : props.status}
        onChange={(day, text) => {
          if (unread.text) setUnread((u) => ({ ...u, text: '' }));
          (props.onChange as OneDayProps['onChange'])?.(day as Dayjs | null, text as string);
        }}
        onBlur={(e, info) => {
          const text = (e.target as HTMLInputElement).value?.trim();
          if (plainDays && text && !typedDay(text)) setUnread((u) => ({ text, round: u.round + 1 }));
          props.onBlur?.(e, info);
        }}
        onFocus={(e, info) => {
          const input = e.target as HTMLInputElement;
          if (typeof input.select === 'function') input.select();
          props.onFocus?.(e, info);
        }}
        onKeyDown={(e, preventDefault) => {
          const text = (e.target as HTMLInputElement).value?.trim();
          if (e.key === 'Enter' && plainDays && text && !typedDay(text)) {
            e.preventDefault();
            e.stopPropagation();
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
