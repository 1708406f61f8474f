/** The period fields a simulation's year choice needs. */
export interface SimPeriod {
  periodStart: string;
  periodEnd: string;
  periodUnit: string;
}

/** Today in China (UTC+8), as 'YYYY-MM-DD'. */
export function todayInChina(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
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
export function defaultSimulationYear(years: number[], today = todayInChina()): number | undefined {
  const now = Number(today.slice(0, 4));
  return years.includes(now) ? now : years.at(-1);
}

/** The evaluation day for a year: today in the current year, else the year's last day; within the period. */
export function asOfForYear(p: SimPeriod, year: number, today = todayInChina()): string {
  const day = today.startsWith(`${year}-`) ? today : `${year}-12-31`;
  if (day < p.periodStart) return p.periodStart;
  if (day > p.periodEnd) return p.periodEnd;
  return day;
}
