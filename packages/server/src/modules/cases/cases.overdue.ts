import { dayAfter } from '../../shared/dates.ts';

/** A request's days as recorded: what its being overdue on a day follows from. */
export interface OverdueDays {
  ackDue: string;
  answerDue: string;
  acceptedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
}

/**
 * The days a request stood overdue, by the rule the statistics "as of" a day read from the recorded steps
 * (`casesOnDay`): from the day after its answer deadline, or after its acceptance deadline when it was not accepted
 * by then, until the day it was answered or closed (not included). Null when it never was. The count kept per day
 * (`cases.overdue`) takes +1 on `from` and −1 on `until`, so the statistics asked without a day give the same.
 */
export function overduePeriod(c: OverdueDays): { from: string; until: string | null } | null {
  const ackMissed = c.acceptedOn === null || c.acceptedOn > c.ackDue;
  const due = ackMissed && c.ackDue < c.answerDue ? c.ackDue : c.answerDue;
  const from = dayAfter(due);
  const ends = [c.answeredOn, c.closedOn].filter((d): d is string => d !== null).sort();
  const until = ends[0] ?? null;
  if (until !== null && until <= from) return null;
  return { from, until };
}
