import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import {
  type CalendarDay,
  deleteCalendarDay,
  findCategory,
  listCalendar,
  listCategories,
  saveCalendarDay,
  saveCategoryDeadlines,
} from './cases.calendar.ts';
import { caseErrors } from './cases.errors.ts';

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

    async categories(actor: Actor) {
      requireAccess(actor, 'cases.read');
      return listCategories(db);
    },

    async saveCategory(actor: Actor, code: string, days: { ackDays: number; answerDays: number }) {
      requireAccess(actor, 'cases.calendar');
      if (days.answerDays < days.ackDays) throw caseErrors.deadlines();
      await db.tx(async (sql) => {
        const before = await findCategory(sql, code);
        if (!before) throw caseErrors.category();
        await saveCategoryDeadlines(sql, code, days);
        await recordAudit(sql, actor, {
          action: 'case.category.save',
          entity: 'case',
          before: { code, ackDays: before.ackDays, answerDays: before.answerDays },
          after: { code, ...days },
        });
      });
      return listCategories(db);
    },
  };
}
