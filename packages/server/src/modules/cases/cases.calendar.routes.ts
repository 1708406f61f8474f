import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  CalendarPasteBody,
  CalendarPasteResult,
  CalendarQuery,
  CalendarSchema,
  CategoryBody,
  CategoryList,
  CategoryParams,
  DayBody,
  DayParams,
  HolidaysImportResult,
  SettingsSchema,
} from './cases.schemas.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
const read = { permission: 'cases.read' } as const;
const calendar = { permission: 'cases.calendar' } as const;
const ok = { ok: true as const };

/** The working calendar, the holidays import, the after-hours cut-off and the categories with their deadlines. */
export function casesCalendarRoutes(app: App, { cases }: { cases: CasesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/cases/calendar', {
    config: read,
    summary: 'The holidays and make-up working days of a year (weekdays work, weekends rest otherwise)',
    querystring: CalendarQuery,
    response: CalendarSchema,
    run: (actor, { query }) => cases.admin.calendar(actor, query.year),
  });
  on.put('/api/cases/calendar/:day', {
    config: calendar,
    summary: 'Mark a weekday as a holiday or a weekend day as a make-up working day',
    params: DayParams,
    body: DayBody,
    response: Ok,
    run: async (actor, { params, body }) => {
      await cases.admin.saveDay(actor, { day: params.day, ...body });
      return ok;
    },
  });
  on.delete('/api/cases/calendar/:day', {
    config: calendar,
    summary: 'Return a day to the weekday rule',
    params: DayParams,
    response: Ok,
    run: async (actor, { params }) => {
      await cases.admin.deleteDay(actor, params.day);
      return ok;
    },
  });
  on.post('/api/cases/calendar/notice', {
    config: calendar,
    summary:
      "A year's holidays and make-up working days at once, pasted from the State Council's notice; dryRun " +
      'shows the days and what would change; otherwise the year is replaced (any unreadable sentence: 400, nothing changed)',
    body: CalendarPasteBody,
    response: CalendarPasteResult,
    run: (actor, { body }) => cases.admin.pasteYear(actor, body),
  });
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/cases/calendar/import',
      listed: {
        key: 'holidays',
        module: 'cases',
      },
      permission: 'cases.calendar',
      what: "a year's holiday calendar (a row per day: 休 a day off, 班 a weekend day worked, its name), replacing that year's",
      result: HolidaysImportResult,
      register: cases.holidays,
    },
  });
  on.get('/api/cases/settings', {
    config: read,
    summary: 'The after-hours cut-off: a request received later counts from the next working day',
    response: SettingsSchema,
    run: (actor) => cases.admin.settings(actor),
  });
  on.put('/api/cases/settings', {
    config: calendar,
    summary: 'Set the after-hours cut-off',
    body: SettingsSchema,
    response: SettingsSchema,
    run: (actor, { body }) => cases.admin.saveSettings(actor, body),
  });
  on.get('/api/cases/categories', {
    config: read,
    summary: 'Request categories and their deadlines in working days',
    response: CategoryList,
    run: (actor) => cases.admin.categories(actor),
  });
  on.post('/api/cases/categories', {
    config: calendar,
    summary: 'Add a request category with its deadlines',
    body: CategoryBody,
    response: CategoryList,
    run: (actor, { body }) => cases.admin.addCategory(actor, body),
  });
  on.put('/api/cases/categories/:code', {
    config: calendar,
    summary: 'Rename a category, set its deadlines (working days to accept, to answer), retire or restore it',
    params: CategoryParams,
    body: CategoryBody,
    response: CategoryList,
    run: (actor, { params, body }) => cases.admin.saveCategory(actor, params.code, body),
  });
}
