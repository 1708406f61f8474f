import type { Sql } from '../../db/db.ts';
import { addDays } from '../../shared/dates.ts';
import {
  afterHours,
  type CalendarDay,
  findCalendarDay,
  findCategory,
  listCalendarExceptions,
  listCategories,
  updateAfterHours,
  upsertCalendarDay,
} from './cases.calendar.repository.ts';
import type { Category } from './cases.types.ts';

/**
 * The working-day calendar (ADR 0022): Monday to Friday are working days, weekends rest days, except the days
 * listed in `work_calendar` — public holidays (not working) and 调休 make-up days (working, on a weekend).
 */

const isWeekend = (date: string) => {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
};

/** Whether `date` is a working day under the rule and the calendar's exceptions. */
function working(date: string, marked: Map<string, boolean>): boolean {
  return marked.get(date) ?? !isWeekend(date);
}

/**
 * The `n`-th working day after `from` (`from` itself does not count): a request filed on Friday with one working
 * day to acknowledge is due on Monday, unless Monday is a holiday.
 */
export async function addWorkingDays(sql: Sql, from: string, n: number): Promise<string> {
  // Ample room: the longest run of rest days in a Chinese year is nine (春节), so n working days fit in
  // 2n + 30 calendar days.
  const marked = await listCalendarExceptions(sql, addDays(from, 1), addDays(from, 2 * n + 30));
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (working(day, marked)) left -= 1;
  }
  return day;
}

/** Seconds since midnight of a time of day written 'HH:MM' or 'HH:MM:SS' (a time without seconds is at :00). */
export function secondsOfDay(time: string): number {
  const [h, m, s = '0'] = time.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

/**
 * Whether a request received at `time` came after the cut-off, to the second: with the cut-off at 17:30, 17:30:00
 * is in time and 17:30:01 is after hours. No time told: in time (the day counts).
 */
export const isAfterHours = (time: string | null | undefined, cutOff: string) =>
  time != null && secondsOfDay(time) > secondsOfDay(cutOff);

export async function setAfterHours(sql: Sql, time: string): Promise<string> {
  const before = await afterHours(sql);
  await updateAfterHours(sql, time);
  return before;
}

/**
 * The working day a request's deadlines count from: the day it came in, or the next working day when it came on
 * a rest day or (with a time) after the cut-off, compared to the second.
 */
export async function countedFrom(sql: Sql, on: string, time?: string | null): Promise<string> {
  const marked = await listCalendarExceptions(sql, on, on);
  const late = isAfterHours(time, await afterHours(sql));
  return working(on, marked) && !late ? on : addWorkingDays(sql, on, 1);
}

/**
 * The deadlines of a request of `category` received on `on` (at `time`, when told): to acknowledge and to answer,
 * in working days after the day they count from.
 */
export async function deadlinesOf(sql: Sql, category: Category, on: string, time?: string | null) {
  const c = await findCategory(sql, category);
  if (!c) return null;
  const from = await countedFrom(sql, on, time);
  return {
    countedFrom: from,
    ackDue: await addWorkingDays(sql, from, c.ackDays),
    answerDue: await addWorkingDays(sql, from, c.answerDays),
  };
}

/**
 * deadlinesOf for many requests at once (a register brought in): the calendar between `from` and a year past `to`,
 * the categories and the cut-off read once, the deadlines then computed in memory by the same rules — the working
 * days of the range listed once, so the n-th working day after a day is a look-up, not a walk.
 */
export async function deadlineCalculator(sql: Sql, from: string, to: string) {
  const last = addDays(to, 400);
  const marked = await listCalendarExceptions(sql, from, last);
  const categories = new Map((await listCategories(sql)).map((c) => [c.code, c]));
  const cutOff = await afterHours(sql);
  const walk = (start: string, n: number) => {
    let day = start;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (working(day, marked)) left -= 1;
    }
    return day;
  };
  // The working days of the range in order, and for each day of the range the first of them after it.
  const workingDays: string[] = [];
  const firstAfter = new Map<string, number>();
  let pending: string[] = [];
  for (let day = from; day <= last; day = addDays(day, 1)) {
    if (working(day, marked)) {
      for (const p of pending) firstAfter.set(p, workingDays.length);
      pending = [];
      workingDays.push(day);
    }
    pending.push(day);
  }
  const addWorking = (start: string, n: number) => {
    if (n <= 0) return start;
    const i = firstAfter.get(start);
    return (i === undefined ? undefined : workingDays[i + n - 1]) ?? walk(start, n);
  };
  return (category: Category, on: string, time?: string | null) => {
    const c = categories.get(category);
    if (!c) return null;
    const late = isAfterHours(time, cutOff);
    const countedFrom = working(on, marked) && !late ? on : addWorking(on, 1);
    return {
      countedFrom,
      ackDue: addWorking(countedFrom, c.ackDays),
      answerDue: addWorking(countedFrom, c.answerDays),
    };
  };
}

/** Marks a day as a holiday or a make-up working day (or renames it); returns the row as it was before. */
export async function saveCalendarDay(sql: Sql, d: CalendarDay): Promise<CalendarDay | undefined> {
  const before = await findCalendarDay(sql, d.day);
  await upsertCalendarDay(sql, d);
  return before;
}

/**
 * What replacing a year's calendar by `days` does to the days on record (`before`): the days added, those whose kind
 * or name changes, and the days on record that `days` does not list, which go (by day). The sheet import and the
 * pasted notice say it alike before the clerk replaces the year.
 */
export function replacingYear(before: ReadonlyMap<string, CalendarDay>, days: readonly CalendarDay[]) {
  const listed = new Set(days.map((d) => d.day));
  return {
    added: days.filter((d) => !before.has(d.day)).length,
    changed: days.filter((d) => {
      const b = before.get(d.day);
      return b && (b.working !== d.working || b.name !== d.name);
    }).length,
    removedDays: [...before.values()]
      .filter((d) => !listed.has(d.day))
      .sort((a, b) => a.day.localeCompare(b.day)),
  };
}
