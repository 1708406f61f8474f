import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import {
  afterHours,
  type CalendarDay,
  type CategoryFields,
  deleteCalendarDay,
  findCategory,
  findCategoryByName,
  insertCategory,
  listCalendar,
  listCategories,
  replaceCalendarYear,
  updateCategory,
} from './cases.calendar.repository.ts';
import { replacingYear, saveCalendarDay, setAfterHours } from './cases.calendar.ts';
import { caseErrors } from './cases.errors.ts';
import { parseHolidayNotice } from './cases.notice.ts';

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * The administrators' settings: the working-day calendar (holidays and make-up working days, shipped for 2025
 * and 2026) and each category's deadlines. Changes apply to deadlines computed afterwards.
 */
export function createCaseAdmin(db: Db) {
  return {
    async calendar(actor: Actor, year: number) {
      requireAccess(actor, 'cases.read');
      return { year, days: await listCalendar(db, year) };
    },

    async saveDay(actor: Actor, d: CalendarDay) {
      requireAccess(actor, 'cases.calendar');
      // A holiday on a weekend or a make-up day on a weekday would change nothing: refuse it as a mistake.
      if (d.working !== isWeekend(d.day)) throw caseErrors.calendarYear();
      const name = d.name.trim();
      await db.tx(async (sql) => {
        const before = await saveCalendarDay(sql, { ...d, name });
        await recordAudit(sql, actor, {
          action: 'case.calendar.save',
          entity: 'case',
          before: before ?? undefined,
          after: { ...d, name },
        });
      });
    },

    async deleteDay(actor: Actor, day: string) {
      requireAccess(actor, 'cases.calendar');
      await db.tx(async (sql) => {
        const before = await deleteCalendarDay(sql, day);
        if (!before) throw caseErrors.dayNotFound();
        await recordAudit(sql, actor, { action: 'case.calendar.delete', entity: 'case', before });
      });
    },

    /**
     * A year's calendar at once, from the State Council's notice as pasted: the dry run (预检) shows the days and
     * what would change; otherwise the year's days are replaced in one transaction. Any sentence that cannot be
     * read refuses the whole text, naming it.
     */
    async pasteYear(actor: Actor, input: { year: number; text: string; dryRun?: boolean }) {
      requireAccess(actor, 'cases.calendar');
      const { days, problems } = parseHolidayNotice(input.year, input.text);
      if (problems.length) throw caseErrors.notice(problems);
      const outside = days.find((d) => !d.day.startsWith(String(input.year)));
      if (outside)
        throw caseErrors.notice([
          { zh: `${outside.day} 不在 ${input.year} 年`, en: `${outside.day} is not in ${input.year}` },
        ]);
      return db.tx(async (sql) => {
        const before = new Map((await listCalendar(sql, input.year)).map((d) => [d.day, d]));
        const { added, changed, removedDays } = replacingYear(before, days);
        const removed = removedDays.length;
        const dryRun = input.dryRun === true;
        if (!dryRun) {
          await replaceCalendarYear(sql, input.year, days);
          await recordAudit(sql, actor, {
            action: 'case.calendar.import',
            entity: 'case',
            after: { year: input.year, days: days.length, added, changed, removed },
          });
        }
        return { year: input.year, dryRun, days, added, changed, removed, removedDays };
      });
    },

    async settings(actor: Actor) {
      requireAccess(actor, 'cases.read');
      return { afterHours: await afterHours(db) };
    },

    async saveSettings(actor: Actor, input: { afterHours: string }) {
      requireAccess(actor, 'cases.calendar');
      return db.tx(async (sql) => {
        const before = await setAfterHours(sql, input.afterHours);
        await recordAudit(sql, actor, {
          action: 'case.settings.save',
          entity: 'case',
          before: { afterHours: before },
          after: { afterHours: input.afterHours },
        });
        return { afterHours: input.afterHours };
      });
    },

    async categories(actor: Actor) {
      requireAccess(actor, 'cases.read');
      return listCategories(db);
    },

    /** The categories a worker may file a request under (the retired ones left out). */
    async offered(actor: Actor) {
      requireAccess(actor, 'self.apply');
      return (await listCategories(db))
        .filter((c) => c.active)
        .map((c) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn }));
    },

    /** Adds a category, offered at once for new requests. */
    async addCategory(actor: Actor, input: CategoryFields) {
      requireAccess(actor, 'cases.calendar');
      const fields = await checkCategory(db, input);
      await db.tx(async (sql) => {
        const code = await insertCategory(sql, fields);
        await recordAudit(sql, actor, {
          action: 'case.category.add',
          entity: 'case',
          after: { code, ...fields },
        });
      });
      return listCategories(db);
    },

    /** Renames a category, sets its deadlines (applied to requests filed afterwards), retires or restores it. */
    async saveCategory(actor: Actor, code: string, input: CategoryFields) {
      requireAccess(actor, 'cases.calendar');
      await db.tx(async (sql) => {
        const before = await findCategory(sql, code);
        if (!before) throw caseErrors.category();
        const fields = await checkCategory(sql, input, code);
        if (!fields.active && before.active) {
          const offered = (await listCategories(sql)).filter((c) => c.active && c.code !== code);
          if (offered.length === 0) throw caseErrors.lastCategory();
        }
        await updateCategory(sql, code, fields);
        await recordAudit(sql, actor, {
          action: 'case.category.save',
          entity: 'case',
          before: { ...before },
          after: { code, ...fields },
        });
      });
      return listCategories(db);
    },
  };
}

/** A category's fields as saved: names trimmed and not another category's, deadlines in order. */
async function checkCategory(sql: Sql, input: CategoryFields, code?: string): Promise<CategoryFields> {
  const fields = { ...input, nameZh: input.nameZh.trim(), nameEn: input.nameEn.trim() };
  if (!fields.nameZh) throw caseErrors.categoryName('nameZh');
  if (!fields.nameEn) throw caseErrors.categoryName('nameEn');
  if (fields.answerDays < fields.ackDays) throw caseErrors.deadlines();
  for (const [field, name] of [
    ['nameZh', fields.nameZh],
    ['nameEn', fields.nameEn],
  ] as const) {
    const other = await findCategoryByName(sql, name, code);
    if (other) throw caseErrors.categoryTaken(field, name);
  }
  return fields;
}
