import { Button, Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField.tsx';
import { useListParams } from './useListParams.ts';
import { type ReportingArea, useStatsYear } from './useStatsYear.ts';

/** A statistics period as the API takes it: a year, or days (flows over [from, to], states on `to`). */
export interface PeriodQuery {
  year?: number;
  from?: string;
  to?: string;
}

/** The period as query-string parameters, for an export link. */
export const periodParams = (q: PeriodQuery) =>
  Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/**
 * The period of a statistics page, kept in the address (issue 23): a year (the newest with figures by default) or
 * a range of days — 从 a day 至 a day, either end alone — whose states are read as they stood on the end day.
 * `ready` once the year is known or a day is given.
 */
export function useStatsPeriod(area: ReportingArea, orgId: number | undefined) {
  const { t } = useTranslation();
  const [params, set, setMany] = useListParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const days = !!(from || to);
  const { year, options } = useStatsYear(
    area,
    orgId,
    params.get('year') ? Number(params.get('year')) : undefined,
  );
  const query = useMemo<PeriodQuery>(
    () => (from || to ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : { year }),
    [from, to, year],
  );
  const control = (
    <Flex gap={8} wrap align="center" data-testid="stats-period">
      <span>{t('period.year')}</span>
      <Select
        style={{ width: 110 }}
        value={days ? undefined : year}
        placeholder={t('period.byDays')}
        onChange={(v) => set('year', String(v))}
        options={options.map((y) => ({ value: y, label: String(y) }))}
        disabled={days}
        data-testid="stats-year"
      />
      <span>{t('period.from')}</span>
      <DateField
        style={{ width: 150 }}
        value={from ?? null}
        onChange={(v) => set('from', v ?? undefined)}
        allowClear
        testId="stats-from"
      />
      <span>{t('period.to')}</span>
      <DateField
        style={{ width: 150 }}
        value={to ?? null}
        onChange={(v) => set('to', v ?? undefined)}
        allowClear
        testId="stats-to"
      />
      {days && (
        <Button
          type="link"
          onClick={() => setMany({ from: undefined, to: undefined })}
          data-testid="stats-by-year"
        >
          {t('period.backToYear')}
        </Button>
      )}
    </Flex>
  );
  return { query, ready: days || year !== undefined, control };
}

/** What a page's figures count, and by which day: "统计期间 2020-01-01 至 2020-12-31 · 状态截至 2020-12-31". */
export function PeriodNote({ from, to, asOf }: { from: string; to: string; asOf: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="stats-period-note">
      {t('period.note', { from, to, asOf })}
    </Typography.Text>
  );
}
