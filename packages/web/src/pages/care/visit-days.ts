/**
 * The day a campaign's visits may first be logged when that is after today, else null: a visit is dated within the
 * campaign and never in the future, so a campaign that starts tomorrow takes none until its first day.
 */
export function visitsOpenOn(c: { startsOn: string }, today: string): string | null {
  return today < c.startsOn ? c.startsOn : null;
}
