/**
 * The mentoring rules of seed 002 (名师带徒): a master (the leader of a studio of city level or above) takes 2 to
 * 4 apprentices a year and holds at least 6 sessions a year with each, confirmed by the apprentice.
 */
export const MIN_APPRENTICES = 2;
export const MAX_APPRENTICES = 4;
export const SESSIONS_A_YEAR = 6;

const daysIn = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;

/**
 * Confirmed sessions a pair should have by `today` in `year`: none before 1 July (no flag in the first half),
 * then 6 pro rata of the days gone, rounded up, so that by the end of the year all 6 are due.
 */
export function expectedSessions(year: number, today: string): number {
  const current = Number(today.slice(0, 4));
  if (year < current) return SESSIONS_A_YEAR;
  if (year > current || today.slice(5) < '07-01') return 0;
  const day = (Date.parse(`${today}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  return Math.min(SESSIONS_A_YEAR, Math.ceil((SESSIONS_A_YEAR * day) / daysIn(year)));
}

export interface MasterFacts {
  accepted: number;
  /** Confirmed sessions of each accepted pair. */
  confirmed: number[];
}

/** The flags of a master's year: fewer than 2 apprentices, pairs behind schedule (from mid-year). */
export function mentoringFlags(facts: MasterFacts, expected: number) {
  return {
    fewApprentices: facts.accepted < MIN_APPRENTICES,
    behindPairs: facts.confirmed.filter((n) => n < expected).length,
  };
}

/** Whether the master's year qualifies for the mentoring subsidy: 2–4 apprentices, each with 6 confirmed sessions. */
export function qualifiesForSubsidy(facts: MasterFacts): boolean {
  return (
    facts.accepted >= MIN_APPRENTICES &&
    facts.accepted <= MAX_APPRENTICES &&
    facts.confirmed.length === facts.accepted &&
    facts.confirmed.every((n) => n >= SESSIONS_A_YEAR)
  );
}
