import { dayBefore } from '../../shared/dates.ts';
import type { PeriodKind } from './returns.repository.ts';

/**
 * The days a period names (ADR 47). A survey year (统计年报) is named by the year it ends in and begins on the
 * day its union's setting says (`return_settings`, by default 10-01: 1 October of the year before to 30 September).
 */
export const DEFAULT_SURVEY_YEAR_START = '10-01';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A start day 'MM-DD' that every year has (29 February is not one). */
export function validYearStart(mmdd: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(mmdd);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(2025, month);
}

/** The first and last day of a period: a year, a survey year, a quarter (part 1–4) or a month (part 1–12). */
export function periodOf(
  kind: Exclude<PeriodKind, 'range'>,
  year: number,
  part = 1,
  surveyYearStart = DEFAULT_SURVEY_YEAR_START,
): { from: string; to: string } {
  if (kind === 'survey_year') {
    if (surveyYearStart === '01-01') return { from: `${year}-01-01`, to: `${year}-12-31` };
    return { from: `${year - 1}-${surveyYearStart}`, to: dayBefore(`${year}-${surveyYearStart}`) };
  }
  if (kind === 'quarter')
    return {
      from: `${year}-${pad(part * 3 - 2)}-01`,
      to: `${year}-${pad(part * 3)}-${lastDay(year, part * 3)}`,
    };
  if (kind === 'month')
    return { from: `${year}-${pad(part)}-01`, to: `${year}-${pad(part)}-${lastDay(year, part)}` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
