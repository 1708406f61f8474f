import type { TFunction } from 'i18next';

/** The days of a year's calendar a holiday sheet does not list, as its check (预检) answers them. */
interface Replacing {
  year: number;
  removedDays: readonly { day: string; name: string }[];
}

/** The most removed days a note names one by one; the rest are said as more. */
const NAMED = 20;

/**
 * What a clean check of a holiday sheet says before the import (cases.holidays.ts): the sheet replaces the year, so
 * the calendar's days it does not list are removed — how many and which —; nothing when it removes none.
 */
export function holidaySheetNotes(a: Replacing, t: TFunction): string[] {
  if (!a.removedDays.length) return [];
  const days = removedDaysText(a.removedDays, t);
  return [t('case.calendar.sheetReplaces', { year: a.year, count: a.removedDays.length, days })];
}

/** The removed days named one by one (2026-10-08（国庆节）、…), the first NAMED of them and the rest said as more. */
export function removedDaysText(removedDays: Replacing['removedDays'], t: TFunction): string {
  const named = removedDays.slice(0, NAMED).map((d) => t('case.calendar.sheetRemovedDay', d));
  const list = named.join(t('case.calendar.sheetRemovedJoin'));
  return removedDays.length > NAMED ? t('case.calendar.sheetRemovedMore', { days: list }) : list;
}
