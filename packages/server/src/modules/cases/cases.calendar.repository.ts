import type { Sql } from '../../db/db.ts';
import type { Label } from '../../vocabulary.ts';
import type { Category } from './cases.types.ts';

/** The working-day calendar's exceptions (`work_calendar`), the after-hours cut-off and the categories (ADR 22). */

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

/** The calendar's exceptions between two dates (inclusive), by day. */
export async function listCalendarExceptions(
  sql: Sql,
  from: string,
  to: string,
): Promise<Map<string, boolean>> {
  const { rows } = await sql.query<{ day: string; working: boolean }>(
    'select day, working from work_calendar where day between $1 and $2',
    [from, to],
  );
  return new Map(rows.map((r) => [r.day, r.working]));
}

/** The after-hours cut-off ('HH:MM'): a request received later counts from the next working day. */
export async function afterHours(sql: Sql): Promise<string> {
  const { rows } = await sql.query<{ afterHours: string }>(
    'select after_hours as "afterHours" from case_settings',
  );
  return rows[0]?.afterHours ?? '17:30';
}

export async function updateAfterHours(sql: Sql, time: string): Promise<void> {
  await sql.query('update case_settings set after_hours = $1', [time]);
}

export async function listCalendar(sql: Sql, year: number): Promise<CalendarDay[]> {
  const { rows } = await sql.query<CalendarDay>(
    `select day, working, name from work_calendar where day between $1 and $2 order by day`,
    [`${year}-01-01`, `${year}-12-31`],
  );
  return rows;
}

export async function findCalendarDay(sql: Sql, day: string): Promise<CalendarDay | undefined> {
  const { rows } = await sql.query<CalendarDay>(
    'select day, working, name from work_calendar where day = $1',
    [day],
  );
  return rows[0];
}

/** Inserts or replaces a day of the calendar. */
export async function upsertCalendarDay(sql: Sql, d: CalendarDay): Promise<void> {
  await sql.query(
    `insert into work_calendar (day, working, name) values ($1, $2, $3)
     on conflict (day) do update set working = excluded.working, name = excluded.name`,
    [d.day, d.working, d.name],
  );
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

const CATEGORY_COLUMNS = `code, name_zh as "nameZh", name_en as "nameEn", ack_days as "ackDays",
  answer_days as "answerDays", active`;

/** The names of the categories of these codes (the retired ones too), for the audit log. */
export async function findCategoryNames(sql: Sql, codes: string[]): Promise<Map<string, Label>> {
  if (!codes.length) return new Map();
  const { rows } = await sql.query<{ code: string; zh: string; en: string }>(
    'select code, name_zh as zh, name_en as en from case_categories where code = any($1)',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, { zh: r.zh, en: r.en }]));
}

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
