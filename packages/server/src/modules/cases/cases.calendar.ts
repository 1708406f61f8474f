import type { Sql } from '../../db/db.ts';
import type { Category } from './cases.types.ts';

/**
 * The working-day calendar (ADR 0022): Monday to Friday are working days, weekends rest days, except the days
 * listed in `work_calendar` — public holidays (not working) and 调休 make-up days (working, on a weekend).
 */

export interface CalendarDay {
  day: string;
  working: boolean;
  name: string;
}

export interface CategoryRow {
  code: Category;
  nameZh: string;
  nameEn: string;
  ackDays: number;
  answerDays: number;
  /** Offered for new requests; a retired category stays on the requests filed under it. */
  active: boolean;
}

/** What the federation sets of a category: its names, deadlines and whether it is offered. */
export interface CategoryFields {
  nameZh: string;
  nameEn: string;
  ackDays: number;
  answerDays: number;
  active: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (date: string) => {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd === 0 || wd === 6;
};

/** The calendar's exceptions between two dates (inclusive), by day. */
async function exceptions(sql: Sql, from: string, to: string): Promise<Map<string, boolean>> {
  const { rows } = await sql.query<{ day: string; working: boolean }>(
    'select day, working from work_calendar where day between $1 and $2',
    [from, to],
  );
  return new Map(rows.map((r) => [r.day, r.working]));
}

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
  const marked = await exceptions(sql, addDays(from, 1), addDays(from, 2 * n + 30));
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (working(day, marked)) left -= 1;
  }
  return day;
}

/** The after-hours cut-off ('HH:MM'): a request received later counts from the next working day. */
export async function afterHours(sql: Sql): Promise<string> {
  const { rows } = await sql.query<{ afterHours: string }>(
    'select after_hours as "afterHours" from case_settings',
  );
  return rows[0]?.afterHours ?? '17:30';
}

export async function setAfterHours(sql: Sql, time: string): Promise<string> {
  const before = await afterHours(sql);
  await sql.query('update case_settings set after_hours = $1', [time]);
  return before;
}

/**
 * The working day a request's deadlines count from: the day it came in, or the next working day when it came on
 * a rest day or (with a time) after the cut-off.
 */
export async function countedFrom(sql: Sql, on: string, time?: string | null): Promise<string> {
  const marked = await exceptions(sql, on, on);
  const late = time != null && time > (await afterHours(sql));
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
 * the categories and the cut-off read once, the deadlines then computed in memory by the same rules.
 */
export async function deadlineCalculator(sql: Sql, from: string, to: string) {
  const marked = await exceptions(sql, from, addDays(to, 400));
  const categories = new Map((await listCategories(sql)).map((c) => [c.code, c]));
  const cutOff = await afterHours(sql);
  const addWorking = (start: string, n: number) => {
    let day = start;
    for (let left = n; left > 0; ) {
      day = addDays(day, 1);
      if (working(day, marked)) left -= 1;
    }
    return day;
  };
  return (category: Category, on: string, time?: string | null) => {
    const c = categories.get(category);
    if (!c) return null;
    const late = time != null && time > cutOff;
    const countedFrom = working(on, marked) && !late ? on : addWorking(on, 1);
    return {
      countedFrom,
      ackDue: addWorking(countedFrom, c.ackDays),
      answerDue: addWorking(countedFrom, c.answerDays),
    };
  };
}

export async function listCalendar(sql: Sql, year: number): Promise<CalendarDay[]> {
  const { rows } = await sql.query<CalendarDay>(
    `select day, working, name from work_calendar where day between $1 and $2 order by day`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  return rows;
}

/** Marks a day as a holiday or a make-up working day (or renames it); returns the row as it was before. */
export async function saveCalendarDay(sql: Sql, d: CalendarDay): Promise<CalendarDay | undefined> {
  const before = await findCalendarDay(sql, d.day);
  await sql.query(
    `insert into work_calendar (day, working, name) values ($1, $2, $3)
     on conflict (day) do update set working = excluded.working, name = excluded.name`,
    [d.day, d.working, d.name],
  );
  return before;
}

/** Replaces a year's exceptions with `days` (in the caller's transaction). */
export async function replaceCalendarYear(sql: Sql, year: number, days: CalendarDay[]): Promise<void> {
  await sql.query('delete from work_calendar where day between $1 and $2', [
    `${year}-01-01`,
    `${year}-12-31`,
  ]);
  if (!days.length) return;
  await sql.query(
    `insert into work_calendar (day, working, name)
     select * from unnest($1::date[], $2::boolean[], $3::text[])`,
    [days.map((d) => d.day), days.map((d) => d.working), days.map((d) => d.name)],
  );
}

export async function deleteCalendarDay(sql: Sql, day: string): Promise<CalendarDay | undefined> {
  const { rows } = await sql.query<CalendarDay>(
    'delete from work_calendar where day = $1 returning day, working, name',
    [day],
  );
  return rows[0];
}

async function findCalendarDay(sql: Sql, day: string): Promise<CalendarDay | undefined> {
  const { rows } = await sql.query<CalendarDay>(
    'select day, working, name from work_calendar where day = $1',
    [day],
  );
  return rows[0];
}

const CATEGORY_COLUMNS = `code, name_zh as "nameZh", name_en as "nameEn", ack_days as "ackDays",
  answer_days as "answerDays", active`;

/** Every category, the retired ones included, in the federation's order. */
export async function listCategories(sql: Sql): Promise<CategoryRow[]> {
  const { rows } = await sql.query<CategoryRow>(
    `select ${CATEGORY_COLUMNS} from case_categories order by position, code`,
  );
  return rows;
}

export async function findCategory(sql: Sql, code: string): Promise<CategoryRow | undefined> {
  const { rows } = await sql.query<CategoryRow>(
    `select ${CATEGORY_COLUMNS} from case_categories where code = $1`,
    [code],
  );
  return rows[0];
}

/** The category named `name` in either language, compared without case and surrounding spaces. */
export async function findCategoryByName(
  sql: Sql,
  name: string,
  except?: string,
): Promise<CategoryRow | undefined> {
  const { rows } = await sql.query<CategoryRow>(
    `select ${CATEGORY_COLUMNS} from case_categories
      where (lower(btrim(name_zh)) = lower(btrim($1)) or lower(btrim(name_en)) = lower(btrim($1)))
        and code is distinct from $2
      limit 1`,
    [name, except ?? null],
  );
  return rows[0];
}

/** Adds a category after the others (before 其他 when it is last); its code is made here, never shown. */
export async function insertCategory(sql: Sql, f: CategoryFields): Promise<string> {
  const { rows } = await sql.query<{ code: string }>(
    `insert into case_categories (code, name_zh, name_en, ack_days, answer_days, active, position)
     select 'c' || (count(*) + 1) || '_' || substr(md5(random()::text), 1, 6), $1, $2, $3, $4, $5,
            coalesce(max(position) filter (where code <> 'other'), 0) + 1
       from case_categories
     returning code`,
    [f.nameZh, f.nameEn, f.ackDays, f.answerDays, f.active],
  );
  return rows[0].code;
}

export async function updateCategory(sql: Sql, code: string, f: CategoryFields): Promise<void> {
  await sql.query(
    `update case_categories set name_zh = $2, name_en = $3, ack_days = $4, answer_days = $5, active = $6
      where code = $1`,
    [code, f.nameZh, f.nameEn, f.ackDays, f.answerDays, f.active],
  );
}
