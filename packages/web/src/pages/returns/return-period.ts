import type { NewReturn, ReturnDetail } from './returns-api.ts';

export type PeriodKind = NewReturn['periodKind'];

/** The period a clerk has chosen on the return editor, as one key: kind, year, part and issuing union. */
export function chosenPeriod(kind: PeriodKind, year: number, part: number, orgId: number | null | undefined) {
  return `${kind}|${year}|${part}|${orgId ?? ''}`;
}

/** Which quarter or month a saved return's period is (1 for the kinds that have no parts). */
export function partOf(r: Pick<ReturnDetail, 'periodKind' | 'periodFrom'>): number {
  const month = Number(r.periodFrom.slice(5, 7));
  return r.periodKind === 'quarter' ? Math.ceil(month / 3) : r.periodKind === 'month' ? month : 1;
}

/** The days the server last answered for a chosen period (`chosen` as `chosenPeriod` makes it). */
export interface ReadPeriod {
  chosen: string;
  from: string;
  to: string;
}

/**
 * The first and last day of the period chosen now, or null while they are not known. A range is its own days; a
 * year, survey year, quarter or month is what the server last answered for the same choice, else the saved
 * return's days if it was saved with that choice. Never the days of another choice, and never empty days: a draft
 * saved or issued meanwhile would carry a period the clerk did not choose.
 */
export function knownPeriod(
  kind: PeriodKind,
  chosen: string,
  range: [string, string],
  lastRead: ReadPeriod | null,
  existing: Pick<ReturnDetail, 'periodKind' | 'periodFrom' | 'periodTo' | 'orgId'> | null,
): [string, string] | null {
  if (kind === 'range') return range;
  if (lastRead?.chosen === chosen) return [lastRead.from, lastRead.to];
  if (!existing) return null;
  const saved = chosenPeriod(
    existing.periodKind,
    Number(existing.periodTo.slice(0, 4)),
    partOf(existing),
    existing.orgId,
  );
  return saved === chosen ? [existing.periodFrom, existing.periodTo] : null;
}

/**
 * The level a new return goes to once a shipped form is taken: the form's own (a grassroots survey to grassroots
 * unions), unless the clerk has chosen one already — a 基层以上 survey issued to the districts stays theirs.
 */
export function levelAfterForm(level: number, chosenByClerk: boolean, formLevel: number | undefined): number {
  return chosenByClerk || !formLevel ? level : formLevel;
}

/** The working days from today a new return's deadline is counted at until the clerk picks a day. */
export const DEFAULT_WORKING_DAYS = 10;

/**
 * The deadline the editor shows and saves: the day the clerk picked (null when they cleared it), else the saved
 * return's, else — a new return untouched — the default counted from today (`counted`, null until it is read).
 */
export function shownDeadline(picked: string | null | undefined, counted: string | undefined): string | null {
  return picked === undefined ? (counted ?? null) : picked;
}
