import { registerImportRoutes } from '../../http/register-routes.ts';
import { Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  CalendarPasteBody,
  CalendarPasteResult,
  CalendarQuery,
  CalendarSchema,
  CaseImportResult,
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
const ok = { ok: true as const };

/** The working calendar, the requests register and the holidays import, the after-hours cut-off and the categories with their deadlines. */
export function casesCalendarRoutes(app: App, { cases }: { cases: CasesService }): void {
  app.get(
    '/api/cases/calendar',
    {
      config: read,
      schema: {
        tags,
        summary: 'The holidays and make-up working days of a year (weekdays work, weekends rest otherwise)',
        querystring: CalendarQuery,
        response: { 200: CalendarSchema },
      },
    },
    async (req) => cases.admin.calendar(actorOf(req), req.query.year),
  );
  app.put(
    '/api/cases/calendar/:day',
    {
      config: { permission: 'cases.calendar' },
      schema: {
        tags,
        summary: 'Mark a weekday as a holiday or a weekend day as a make-up working day',
        params: DayParams,
        body: DayBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      await cases.admin.saveDay(actorOf(req), { day: req.params.day, ...req.body });
      return ok;
    },
  );
  app.delete(
    '/api/cases/calendar/:day',
    {
      config: { permission: 'cases.calendar' },
      schema: { tags, summary: 'Return a day to the weekday rule', params: DayParams, response: { 200: Ok } },
    },
    async (req) => {
      await cases.admin.deleteDay(actorOf(req), req.params.day);
      return ok;
    },
  );
  app.post(
    '/api/cases/calendar/notice',
    {
      config: { permission: 'cases.calendar' },
      schema: {
        tags,
        summary:
          "A year's holidays and make-up working days at once, pasted from the State Council's notice; dryRun " +
          'shows the days and what would change; otherwise the year is replaced (any unreadable sentence: 400, nothing changed)',
        body: CalendarPasteBody,
        response: { 200: CalendarPasteResult },
      },
    },
    async (req) => cases.admin.pasteYear(actorOf(req), req.body),
  );
  registerImportRoutes(app, {
    path: '/api/cases/import',
    listed: { key: 'cases', name: { zh: '诉求台账', en: "Workers' requests" }, module: 'cases' },
    permission: 'cases.handle',
    tags,
    templateFile: '诉求台账导入模板.xlsx',
    what:
      'a requests register: each row a request with the day and time it came in and the days it was accepted, ' +
      'answered, closed',
    result: CaseImportResult,
    register: cases.register,
  });
  registerImportRoutes(app, {
    path: '/api/cases/calendar/import',
    listed: {
      key: 'holidays',
      name: { zh: '节假日安排', en: 'Holidays and make-up working days' },
      module: 'cases',
    },
    permission: 'cases.calendar',
    tags,
    templateFile: '节假日安排导入模板.xlsx',
    what: "a year's holiday calendar (a row per day: 休 a day off, 班 a weekend day worked, its name), replacing that year's",
    result: HolidaysImportResult,
    register: cases.holidays,
  });
  app.get(
    '/api/cases/settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'The after-hours cut-off: a request received later counts from the next working day',
        response: { 200: SettingsSchema },
      },
    },
    async (req) => cases.admin.settings(actorOf(req)),
  );
  app.put(
    '/api/cases/settings',
    {
      config: { permission: 'cases.calendar' },
      schema: {
        tags,
        summary: 'Set the after-hours cut-off',
        body: SettingsSchema,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => cases.admin.saveSettings(actorOf(req), req.body),
  );
  app.get(
    '/api/cases/categories',
    {
      config: read,
      schema: {
        tags,
        summary: 'Request categories and their deadlines in working days',
        response: { 200: CategoryList },
      },
    },
    async (req) => cases.admin.categories(actorOf(req)),
  );
  app.post(
    '/api/cases/categories',
    {
      config: { permission: 'cases.calendar' },
      schema: {
        tags,
        summary: 'Add a request category with its deadlines',
        body: CategoryBody,
        response: { 200: CategoryList },
      },
    },
    async (req) => cases.admin.addCategory(actorOf(req), req.body),
  );
  app.put(
    '/api/cases/categories/:code',
    {
      config: { permission: 'cases.calendar' },
      schema: {
        tags,
        summary:
          'Rename a category, set its deadlines (working days to accept, to answer), retire or restore it',
        params: CategoryParams,
        body: CategoryBody,
        response: { 200: CategoryList },
      },
    },
    async (req) => cases.admin.saveCategory(actorOf(req), req.params.code, req.body),
  );
}
