import { today } from '../../components/dates.ts';

/** The period fields a simulation's year choice needs. */
export interface SimPeriod {
  periodStart: string;
  periodEnd: string;
  periodUnit: string;
}

/** The years a yearly program spans; empty when there is nothing to choose (one year, or not yearly). */
export function simulationYears(p: SimPeriod): number[] {
  if (p.periodUnit !== 'year' || !p.periodStart || !p.periodEnd) return [];
  const from = Number(p.periodStart.slice(0, 4));
  const to = Number(p.periodEnd.slice(0, 4));
  if (!(from < to)) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The year simulated by default: the current one inside the period, else the period's last year. */
export function defaultSimulationYear(years: number[], day = today()): number | undefined {
  const now = Number(day.slice(0, 4));
  return years.includes(now) ? now : years.at(-1);
}

/** The evaluation day for a year: today in the current year, else the year's last day; within the period. */
export function asOfForYear(p: SimPeriod, year: number, day = today()): string {
  const asOf = day.startsWith(`${year}-`) ? day : `${year}-12-31`;
  if (asOf < p.periodStart) return p.periodStart;
  if (asOf > p.periodEnd) return p.periodEnd;
  return asOf;
}
