import { Button, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { afterToday } from './DateField.tsx';
import { DayPicker } from './DayPicker.tsx';
import { dayOf } from './dates.ts';

/**
 * The "补录历史 / record a past date" control of a decision: a link that opens a day field. No day means today;
 * a chosen day is the day the decision happened, which statistics count it on. Shown only to a role that may
 * record a past date (history.backdate); the server checks the day against what the decision follows.
 */
export function PastDay({
  value,
  onChange,
  testId = 'past-day',
  id,
}: {
  value: string | null;
  onChange: (day: string | null) => void;
  testId?: string;
  /**
   * The id a label points at: the link's while the day is not asked for (the label opens it), the day's after.
   */
  id?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState(value !== null);
  if (!can('history.backdate')) return null;
  if (!open) {
    return (
      <Button
        id={id}
        type="link"
        size="small"
        style={{ paddingInline: 0, alignSelf: 'flex-start' }}
        onClick={() => setOpen(true)}
        data-testid={`${testId}-open`}
      >
        {t('past.open')}
      </Button>
    );
  }
  return (
    <Flex vertical gap={4} data-testid={`${testId}-field`}>
      <Typography.Text>{t('past.label')}</Typography.Text>
      <Flex gap={8} align="center">
        <DayPicker
          id={id}
          value={value ? dayjs(value) : null}
          disabledDate={afterToday}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
          data-testid={testId}
        />
        <Button
          type="link"
          size="small"
          onClick={() => {
            onChange(null);
            setOpen(false);
          }}
        >
          {t('past.clear')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('past.hint')}
      </Typography.Text>
    </Flex>
  );
}

/** A decision's day, and the day it was entered when that was later ("2020-06-15（2026-11-23 补录）"). */
export function dayWithEntry(
  t: (k: string, o?: Record<string, unknown>) => string,
  effectiveOn: string,
  enteredAt: string,
): string | null {
  const entered = dayOf(enteredAt);
  return entered > effectiveOn ? t('past.entered', { day: effectiveOn, entered }) : null;
}
