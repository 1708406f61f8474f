import { Button, Flex, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField.tsx';
import { thisYear } from './dates.ts';
import { NumberInput } from './NumberInput.tsx';
import { useListParams } from './useListParams.ts';
import { type ReportingArea, useStatsYear } from './useStatsYear.ts';

/** A period's end (从 / 至): its word and the day, cleared to leave that end open; the day kept in the address. */
export function PeriodBound({
  bound,
  value,
  set,
  testId,
}: {
  bound: 'from' | 'to';
  value: string | undefined;
  set: (key: 'from' | 'to', value: string | undefined) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span>{t(`period.${bound}`)}</span>
      <DateField
        style={{ width: 150 }}
        value={value ?? null}
        onChange={(v) => set(bound, v ?? undefined)}
        allowClear
        testId={testId}
      />
    </>
  );
}

/** A statistics period as the API takes it: a year, a range of years, or days (flows over [from, to], states on `to`). */
export type PeriodQuery = {
  year?: number;
  fromYear?: number;
  toYear?: number;
  from?: string;
  to?: string;
};

/**
 * The period as a range of days, for an API that counts over days: a year is its first to its last day; a range
 * of days with one end alone runs to the end (or from the start) of that end's year; empty while the year is unknown.
 */
export function periodDays(q: PeriodQuery): { from: string; to: string } {
  const fromYear = q.year ?? q.fromYear;
  const toYear = q.year ?? q.toYear;
  if (fromYear !== undefined && toYear !== undefined)
    return { from: `${fromYear}-01-01`, to: `${toYear}-12-31` };
  const from = q.from ?? (q.to ? `${q.to.slice(0, 4)}-01-01` : '');
  const to = q.to ?? (q.from ? `${q.from.slice(0, 4)}-12-31` : '');
  return { from, to };
}

/** The period as query-string parameters, for an export link. */
export const periodParams = (q: object) =>
  Object.entries(q)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

const yearIn = (v: string | null) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : undefined;
};

/**
 * The years a page of a range of years shows: those asked, else `length` years ending on the newest year with figures
 * (a single year's page opens on it too), so a union that brought 2014–2020 in sees those years, not 2020–2026.
 */
export function yearSpan(
  asked: { fromYear?: number; toYear?: number },
  newest: number,
  length: number,
): { fromYear: number; toYear: number } {
  const toYear = asked.toYear ?? newest;
  return { fromYear: asked.fromYear ?? toYear - length + 1, toYear };
}

/**
 * The period of a statistics page, kept in the address (issue 23): a year (the newest with figures by default) —
 * or, with `yearRange`, a range of years ending on that year — or a range of days, 从 a day 至 a day (either end
 * alone), whose states are read as they stood on the end day. `ready` once the year is known or a day is given.
 */
export function useStatsPeriod(
  area: ReportingArea,
  orgId: number | undefined,
  opts: { yearRange?: number } = {},
) {
  const { t } = useTranslation();
  const [params, set, setMany] = useListParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const days = !!(from || to);
  const { year, options } = useStatsYear(area, orgId, yearIn(params.get('year')));
  const askedTo = yearIn(params.get('toYear'));
  const { fromYear, toYear } = yearSpan(
    { fromYear: yearIn(params.get('fromYear')), toYear: askedTo },
    year ?? thisYear(),
    opts.yearRange ?? 1,
  );
  const range = opts.yearRange !== undefined;
  const query = useMemo<PeriodQuery>(
    () =>
      from || to
        ? { ...(from ? { from } : {}), ...(to ? { to } : {}) }
        : range
          ? { fromYear, toYear }
          : { year },
    [from, to, year, range, fromYear, toYear],
  );
  const yearInput = (key: 'fromYear' | 'toYear', value: number) => (
    <NumberInput
      min={2000}
      max={2100}
      value={days ? undefined : value}
      disabled={days}
      onChange={(v) => v && v >= 2000 && set(key, String(v))}
      testId={`stats-${key}`}
      aria-label={t(`period.${key}`)}
    />
  );
  const control = (
    <Flex gap={8} wrap align="center" data-testid="stats-period">
      <span>{t(range ? 'period.years' : 'period.year')}</span>
      {range ? (
        <>
          {yearInput('fromYear', fromYear)}
          <span>—</span>
          {yearInput('toYear', toYear)}
        </>
      ) : (
        <Select
          style={{ width: 110 }}
          value={days ? undefined : year}
          placeholder={t('period.byDays')}
          aria-label={t('period.year')}
          onChange={(v) => set('year', String(v))}
          options={options.map((y) => ({ value: y, label: String(y) }))}
          disabled={days}
          data-testid="stats-year"
        />
      )}
      <Flex gap={8} align="center">
        <PeriodBound bound="from" value={from} set={set} testId="stats-from" />
      </Flex>
      <Flex gap={8} align="center">
        <PeriodBound bound="to" value={to} set={set} testId="stats-to" />
      </Flex>
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
  return { query, ready: days || (range && askedTo !== undefined) || year !== undefined, control };
}

/**
 * What a page's figures count, and by which day: "统计期间 2020-01-01 至 2020-12-31 · 状态截至 2020-12-31"; a page
 * counting only what happened (no states) says the period alone, and while the period runs the day it is counted
 * to ("统计期间 2026-01-01 至 2026-12-31 · 计至 2026-06-30"). `union`, on a page with no union picker, names
 * whose figures they are first ("通州区总工会 · 统计期间 …").
 */
export function PeriodNote({
  from,
  to,
  asOf,
  states = true,
  union,
}: {
  from: string;
  to: string;
  asOf: string;
  states?: boolean;
  union?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="stats-period-note">
      {union ? `${union} · ` : ''}
      {t(states ? 'period.note' : asOf < to ? 'period.flowsAsOf' : 'period.flows', { from, to, asOf })}
    </Typography.Text>
  );
}
