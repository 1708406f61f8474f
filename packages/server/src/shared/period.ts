import { invalid } from './errors.ts';

/**
 * The period a statistic answers for (issue 23, ADR 42): flows (signed, paid, received …) are counted over the
 * days [from, to]; states (in force, covered, at a level, verified, open …) as they stood on `asOf`, the period's
 * last day or today when the period has not ended yet.
 */
export interface StatsPeriod {
  from: string;
  to: string;
  asOf: string;
}

/** What a statistics request may say of its period: a day range, or a year, or a range of years. */
export interface PeriodAsked {
  from?: string;
  to?: string;
  year?: number;
  fromYear?: number;
  toYear?: number;
}

/**
 * The period asked for: days win over years; a day range missing its start begins on 1 January of its end's
 * year, one missing its end runs to today; years run from 1 January to 31 December. A start after the end is
 * refused in Chinese and English, naming both days.
 */
export function statsPeriod(q: PeriodAsked, today: string): StatsPeriod {
  const fromYear = q.fromYear ?? q.year;
  const toYear = q.toYear ?? q.year ?? fromYear;
  const to = q.to ?? (toYear !== undefined ? `${toYear}-12-31` : today);
  const from = q.from ?? (fromYear !== undefined && !q.to ? `${fromYear}-01-01` : `${to.slice(0, 4)}-01-01`);
  if (from > to) {
    throw invalid(
      'STATS_PERIOD_INVALID',
      {
        zh: `统计期间的开始日 ${from} 晚于结束日 ${to}`,
        en: `The period starts on ${from}, after its end ${to}`,
      },
      { field: 'from' },
    );
  }
  // Days as 'YYYY-MM-DD' sort as text.
  return { from, to, asOf: [to, today].sort()[0] };
}

/** The years a period touches, first to last: a statistic's 按年度 rows, a year with nothing counted a row of 0s. */
export function periodYears(p: Pick<StatsPeriod, 'from' | 'to'>): number[] {
  const [first, last] = [Number(p.from.slice(0, 4)), Number(p.to.slice(0, 4))];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The period in a sheet's or a title's words: 2020年, 2020—2024年, or 2020-03-01至2020-11-30. */
export function periodText(p: Pick<StatsPeriod, 'from' | 'to'>): string {
  const wholeYears = p.from.endsWith('-01-01') && p.to.endsWith('-12-31');
  if (!wholeYears) return `${p.from}至${p.to}`;
  const [a, b] = [p.from.slice(0, 4), p.to.slice(0, 4)];
  return a === b ? `${a}年` : `${a}—${b}年`;
}
