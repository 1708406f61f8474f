import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { registerImportRoutes } from '../../http/register-routes.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { readAttachments } from './cases.attachments.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import {
  AcceptBody,
  AssignBody,
  CalendarPasteBody,
  CalendarPasteResult,
  CalendarQuery,
  CalendarSchema,
  CaseDetail,
  CaseExportQuery,
  CaseImportResult,
  CaseList,
  CaseQuery,
  CategoryBody,
  CategoryList,
  CategoryParams,
  DayBody,
  DayParams,
  EnterBody,
  EscalationRunBody,
  EscalationRunResult,
  FileOwnBody,
  FileParams,
  HolidaysImportResult,
  MyCaseDetail,
  MyCaseList,
  NoteBody,
  OfferedCategories,
  RateBody,
  ReopenBody,
  SettingsSchema,
  StatsQuery,
  StatsSchema,
  TextBody,
  TransferBody,
  WorkerTextBody,
} from './cases.schemas.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
const read = { permission: 'cases.read' } as const;
const handle = { permission: 'cases.handle' } as const;
// The worker's routes, like the other phone pages: self.apply (the administrator holds it too, with no person).
const self = { permission: 'self.apply' } as const;
const ok = { ok: true as const };

export function casesRoutes(
  app: App,
  { db, cases, testRoutes = false }: { db: Db; cases: CasesService; testRoutes?: boolean },
): void {
  meCasesRoutes(app, cases);
  app.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        summary: 'Requests handled in or filed with the unions of my subtree (each read is audited)',
        querystring: CaseQuery,
        response: { 200: CaseList },
      },
    },
    async (req) => cases.list(actorOf(req), req.query),
  );
  app.get(
    '/api/cases.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'The requests list as filtered, as .xlsx (every matching request; audited)',
        querystring: CaseExportQuery,
      },
    },
    async (req, reply) => {
      const { buffer, fileName } = await cases.exportList(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
  app.post(
    '/api/cases',
    {
      config: handle,
      schema: {
        tags,
        summary:
          'Enter a request taken by phone, at a reception day or a meeting, naming the channel and worker',
        body: EnterBody,
        response: { 200: CaseDetail },
      },
    },
    async (req) => cases.enter(actorOf(req), req.body),
  );
  app.get(
    '/api/cases/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Requests of a union subtree over a period: by channel, category and union, on time, rating',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => cases.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/cases/stats.xlsx',
    { config: read, schema: { tags, summary: 'The same statistics as .xlsx', querystring: StatsQuery } },
    async (req, reply) => {
      const { buffer, fileName } = await cases.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(fileName)).send(buffer);
    },
  );
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
  app.get(
    '/api/cases/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One request with its timeline (the worker is named to the handling chain only; audited)',
        params: IdParams,
        response: { 200: CaseDetail },
      },
    },
    async (req) => cases.get(actorOf(req), req.params.id),
  );
  app.get(
    '/api/cases/:id/files/:fileId',
    { config: read, schema: { tags, summary: 'A file attached to a request (audited)', params: FileParams } },
    async (req, reply) => {
      const f = await cases.file(actorOf(req), req.params.id, req.params.fileId);
      const ascii = f.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .headers({
          'content-type': f.mime,
          'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
        })
        .send(f.data);
    },
  );
  const decision = (
    url: string,
    summary: string,
    body: typeof NoteBody | typeof TextBody | typeof AssignBody | typeof TransferBody | typeof AcceptBody,
    run: (req: { params: { id: number }; body: unknown }, actor: ReturnType<typeof actorOf>) => Promise<void>,
  ) =>
    app.post(
      url,
      {
        config: handle,
        schema: {
          tags,
          summary,
          params: IdParams,
          body: body === AcceptBody ? Type.Optional(body) : body,
          response: { 200: CaseDetail },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await run(req as { params: { id: number }; body: unknown }, actor);
        return cases.get(actor, (req.params as { id: number }).id);
      },
    );
  type Dated = { effectiveOn?: string };
  decision(
    '/api/cases/:id/accept',
    'Accept a request (on effectiveOn, default today)',
    AcceptBody,
    (req, a) => cases.accept(a, req.params.id, (req.body as Dated | undefined)?.effectiveOn),
  );
  decision(
    '/api/cases/:id/assign',
    'Assign a handler (a staff account of the handling union)',
    AssignBody,
    (req, a) => {
      const b = req.body as { userId: number } & Dated;
      return cases.assign(a, req.params.id, b.userId, b.effectiveOn);
    },
  );
  decision('/api/cases/:id/transfer', 'Transfer to another union of my subtree', TransferBody, (req, a) => {
    const b = req.body as { orgId: number; note?: string | null } & Dated;
    return cases.transfer(a, req.params.id, b.orgId, b.note, b.effectiveOn);
  });
  decision('/api/cases/:id/escalate', 'Escalate to the union above', NoteBody, (req, a) =>
    cases.escalate(
      a,
      req.params.id,
      (req.body as { note?: string | null }).note,
      (req.body as Dated).effectiveOn,
    ),
  );
  decision('/api/cases/:id/reply', 'Answer the worker (they see it)', TextBody, (req, a) =>
    cases.reply(a, req.params.id, (req.body as { text: string }).text, (req.body as Dated).effectiveOn),
  );
  decision('/api/cases/:id/close', 'Close a request', NoteBody, (req, a) =>
    cases.close(
      a,
      req.params.id,
      (req.body as { note?: string | null }).note,
      (req.body as Dated).effectiveOn,
    ),
  );
  if (testRoutes) {
    // Mounted only for the browser journeys (GONGHUI_TEST_ROUTES=1): the deadline sweep as if run at `now`.
    app.post(
      '/api/test/cases/escalate',
      {
        config: { permission: 'cases.calendar' },
        schema: {
          tags,
          summary: 'Test only: run the deadline sweep at a given time',
          body: EscalationRunBody,
          response: { 200: EscalationRunResult },
        },
      },
      async (req) => ({ escalated: await escalateOverdueCases(db, new Date(req.body.now)) }),
    );
  }
}

/** The worker's phone pages: file, list, read the timeline, add to it, rate, reopen. */
function meCasesRoutes(app: App, cases: CasesService): void {
  app.get(
    '/api/me/cases/categories',
    {
      config: self,
      schema: {
        tags,
        summary: 'The categories I may file a request under',
        response: { 200: OfferedCategories },
      },
    },
    async (req) => cases.admin.offered(actorOf(req)),
  );
  app.post(
    '/api/me/cases',
    {
      config: self,
      schema: {
        tags,
        summary: 'File a request with my grassroots union (optionally anonymous; attachments as base64)',
        body: FileOwnBody,
        response: { 200: MyCaseDetail },
      },
    },
    async (req) => {
      const { files, ...rest } = req.body;
      return cases.worker.file(actorOf(req), { ...rest, files: readAttachments(files) });
    },
  );
  app.get(
    '/api/me/cases',
    {
      config: self,
      schema: { tags, summary: 'My requests, anonymous ones included', response: { 200: MyCaseList } },
    },
    async (req) => cases.worker.list(actorOf(req)),
  );
  app.get(
    '/api/me/cases/:id',
    {
      config: self,
      schema: {
        tags,
        summary: 'My request and its timeline',
        params: IdParams,
        response: { 200: MyCaseDetail },
      },
    },
    async (req) => cases.worker.get(actorOf(req), req.params.id),
  );
  const mine = (
    url: string,
    summary: string,
    body: typeof WorkerTextBody | typeof RateBody | typeof ReopenBody,
    run: (actor: ReturnType<typeof actorOf>, id: number, body: never) => Promise<void>,
  ) =>
    app.post(
      url,
      { config: self, schema: { tags, summary, params: IdParams, body, response: { 200: MyCaseDetail } } },
      async (req) => {
        const actor = actorOf(req);
        const id = (req.params as { id: number }).id;
        await run(actor, id, req.body as never);
        return cases.worker.get(actor, id);
      },
    );
  mine('/api/me/cases/:id/reply', 'Add to my request', WorkerTextBody, (a, id, b: { text: string }) =>
    cases.worker.reply(a, id, b.text),
  );
  mine(
    '/api/me/cases/:id/rate',
    'Rate the answer 1–5 (once; closes an answered request)',
    RateBody,
    (a, id, b: { rating: number; comment?: string | null }) => cases.worker.rate(a, id, b),
  );
  mine(
    '/api/me/cases/:id/reopen',
    'Reopen my answered request once, before rating it',
    ReopenBody,
    (a, id, b: { reason: string }) => cases.worker.reopen(a, id, b.reason),
  );
}
