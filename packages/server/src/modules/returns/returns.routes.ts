import { IdParams, SheetUploadForm } from '../../http/schema.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../http/types.ts';
import { readUpload, xlsxHeaders } from '../../http/upload.ts';
import type { FillingService } from './returns.filling.ts';
import { SHIPPED_FORMS } from './returns.forms.ts';
import {
  ConsolidatedSchema,
  DayBody,
  DeadlineQuery,
  DeadlineSchema,
  FiguresSchema,
  FormFromSheetResult,
  HistorySchema,
  IdResult,
  IssueResult,
  ListQuery,
  NotReportedBody,
  PeriodQuery,
  PeriodSchema,
  PreviousQuery,
  PreviousSchema,
  ProgressSchema,
  RefreshResult,
  ReturnBody,
  ReturnListSchema,
  ReturnSchema,
  SaveBody,
  SaveResult,
  SendBackBody,
  SettingsBody,
  SettingsQuery,
  SettingsSchema,
  SheetResult,
  ShippedFormsSchema,
  StatusResult,
  SubmissionSchema,
  SubmitBody,
  UnionParams,
  ViewQuery,
} from './returns.schemas.ts';
import type { ReturnsService } from './returns.service.ts';
import { createReturnSheets, formFromSheet } from './returns.sheet.ts';
import type { ReturnTablesService } from './returns.table.ts';

const tags = ['returns'];
const issue = { permission: 'returns.issue' } as const;
const fill = { permission: 'returns.fill' } as const;
const review = { permission: 'returns.review' } as const;

export function returnsRoutes(
  app: App,
  s: { returns: ReturnsService; filling: FillingService; tables: ReturnTablesService },
): void {
  const sheets = createReturnSheets(s.filling);

  app.get(
    '/api/returns/figures',
    {
      config: issue,
      schema: {
        tags,
        summary: 'The Gonghui figures a field can be bound to, with what each counts and by which date',
        response: { 200: FiguresSchema },
      },
    },
    async () => s.returns.figures(),
  );
  app.get(
    '/api/returns/forms',
    {
      config: issue,
      schema: {
        tags,
        summary:
          'The shipped forms (the annual union statistics survey for grassroots unions and for the levels above)',
        response: { 200: ShippedFormsSchema },
      },
    },
    async () => SHIPPED_FORMS,
  );
  app.get(
    '/api/returns/settings',
    {
      config: issue,
      schema: {
        tags,
        summary:
          "The returns settings that apply at a union: the survey year's first day (set there or above; default 10-01)",
        querystring: SettingsQuery,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => s.returns.settings(actorOf(req), req.query.orgId),
  );
  app.put(
    '/api/returns/settings',
    {
      config: issue,
      schema: {
        tags,
        summary: "Sets the survey year's first day (MM-DD) for a union's subtree",
        body: SettingsBody,
        response: { 200: SettingsSchema },
      },
    },
    async (req) => s.returns.saveSettings(actorOf(req), req.body),
  );
  app.get(
    '/api/returns/period',
    {
      config: issue,
      schema: {
        tags,
        summary: "A period's first and last day at a union (a survey year as the union's setting says)",
        querystring: PeriodQuery,
        response: { 200: PeriodSchema },
      },
    },
    async (req) => s.returns.period(actorOf(req), req.query),
  );
  app.get(
    '/api/returns/deadline',
    {
      config: issue,
      schema: {
        tags,
        summary: 'The day a number of working days from today (the requests calendar), for a deadline',
        querystring: DeadlineQuery,
        response: { 200: DeadlineSchema },
      },
    },
    async (req) => ({ deadline: await s.returns.deadlineIn(req.query.workingDays) }),
  );
  app.post(
    '/api/returns/form-from-sheet',
    {
      config: { ...issue, upload: SheetUploadForm },
      schema: {
        tags,
        summary:
          'A form made from the header row of a sheet a union already uses (.xlsx/.xls/.ods/.csv): each header a field, or a first column of row labels a table',
        response: { 200: FormFromSheetResult },
      },
    },
    async (req) => formFromSheet(await readUpload(req)),
  );
  app.get(
    '/api/returns',
    {
      config: fill,
      schema: {
        tags,
        summary: "Returns issued in my subtree (drafts my union's only) and the returns my union has to fill",
        querystring: ListQuery,
        response: { 200: ReturnListSchema },
      },
    },
    async (req) => s.returns.list(actorOf(req), req.query),
  );
  app.get(
    '/api/returns/previous',
    {
      config: issue,
      schema: {
        tags,
        summary: 'The returns a union issued before (newest first), to copy',
        querystring: PreviousQuery,
        response: { 200: PreviousSchema },
      },
    },
    async (req) => s.returns.previous(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/returns',
    {
      config: issue,
      schema: { tags, summary: 'Create a return as a draft', body: ReturnBody, response: { 200: IdResult } },
    },
    async (req) => s.returns.create(actorOf(req), req.body),
  );
  app.get(
    '/api/returns/:id',
    {
      config: fill,
      schema: {
        tags,
        summary: "A return, for its issuer's subtree and the unions that fill it",
        params: IdParams,
        response: { 200: ReturnSchema },
      },
    },
    async (req) => s.returns.get(actorOf(req), req.params.id),
  );
  app.put(
    '/api/returns/:id',
    {
      config: { ...issue, errors: [409] },
      schema: {
        tags,
        summary: 'Change a draft return',
        params: IdParams,
        body: ReturnBody,
        response: { 200: IdResult },
      },
    },
    async (req) => s.returns.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/returns/:id/copy',
    {
      config: issue,
      schema: {
        tags,
        summary:
          "Next period's draft from this return: the same form and level, the period and title years moved on",
        params: IdParams,
        response: { 200: IdResult },
      },
    },
    async (req) => s.returns.copy(actorOf(req), req.params.id),
  );
  app.post(
    '/api/returns/:id/issue',
    {
      preValidation: noBodyIsEmpty,
      config: { ...issue, errors: [409] },
      schema: {
        tags,
        summary:
          'Issue a draft: a return for every union at the target level (and the unions between, to consolidate), pre-filled',
        params: IdParams,
        body: DayBody,
        response: { 200: IssueResult },
      },
    },
    async (req) => s.returns.issue(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.post(
    '/api/returns/:id/close',
    {
      preValidation: noBodyIsEmpty,
      config: { ...issue, errors: [409] },
      schema: {
        tags,
        summary: 'End collection: nothing more can be submitted',
        params: IdParams,
        body: DayBody,
        response: { 200: IdResult },
      },
    },
    async (req) => s.returns.close(actorOf(req), req.params.id, req.body.effectiveOn),
  );
  app.get(
    '/api/returns/:id/progress',
    {
      config: review,
      schema: {
        tags,
        summary:
          'Completeness and timeliness over the subtree of a union in the return (default: mine, or the issuer)',
        params: IdParams,
        querystring: ViewQuery,
        response: { 200: ProgressSchema },
      },
    },
    async (req) => s.tables.progress(actorOf(req), req.params.id, req.query.orgId),
  );
  app.get(
    '/api/returns/:id/table',
    {
      config: review,
      schema: {
        tags,
        summary:
          'The consolidated table at a union: each union below as a column, the total of the accepted ones, last year, outliers',
        params: IdParams,
        querystring: ViewQuery,
        response: { 200: ConsolidatedSchema },
      },
    },
    async (req) => s.tables.table(actorOf(req), req.params.id, req.query.orgId),
  );
  app.get(
    '/api/returns/:id/table.xlsx',
    {
      config: review,
      schema: {
        tags,
        summary: "The consolidated table as .xlsx in the form's layout",
        params: IdParams,
        querystring: ViewQuery,
      },
    },
    async (req, reply) => {
      const { file, name } = await s.tables.tableXlsx(actorOf(req), req.params.id, req.query.orgId);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.get(
    '/api/returns/:id/unions/:orgId',
    {
      config: fill,
      schema: {
        tags,
        summary: "One union's return: values with their source, figures, totals, comments, problems",
        params: UnionParams,
        response: { 200: SubmissionSchema },
      },
    },
    async (req) => s.filling.view(actorOf(req), req.params.id, req.params.orgId),
  );
  app.put(
    '/api/returns/:id/unions/:orgId/values',
    {
      config: { ...fill, errors: [409] },
      schema: {
        tags,
        summary: "Save values of my union's return as a draft (a changed bound figure needs a reason)",
        params: UnionParams,
        body: SaveBody,
        response: { 200: SaveResult },
      },
    },
    async (req) => s.filling.save(actorOf(req), req.params.id, req.params.orgId, req.body),
  );
  app.get(
    '/api/returns/:id/unions/:orgId/sheet.xlsx',
    {
      config: fill,
      schema: {
        tags,
        summary: "My union's return as a sheet, pre-filled, to fill offline",
        params: UnionParams,
      },
    },
    async (req, reply) => {
      const { file, name } = await sheets.download(actorOf(req), req.params.id, req.params.orgId);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
  app.post(
    '/api/returns/:id/unions/:orgId/sheet',
    {
      config: { ...fill, upload: SheetUploadForm, errors: [409] },
      schema: {
        tags,
        summary:
          "Upload my union's filled sheet: saved as a draft, all values or none, errors naming row and cell",
        params: UnionParams,
        response: { 200: SheetResult },
      },
    },
    async (req) => sheets.upload(actorOf(req), req.params.id, req.params.orgId, await readUpload(req)),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/refresh',
    {
      config: { ...fill, errors: [409] },
      schema: {
        tags,
        summary: 'Read the bound figures again (values the union changed keep their value and reason)',
        params: UnionParams,
        response: { 200: RefreshResult },
      },
    },
    async (req) => s.filling.refresh(actorOf(req), req.params.id, req.params.orgId),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/submit',
    {
      config: { ...fill, errors: [409] },
      schema: {
        tags,
        summary:
          "Submit my union's return to the union above (checked, then locked); receivedOn: the day it was " +
          'handed in (a paper return of a past day needs history.backdate), which decides on time or late',
        params: UnionParams,
        body: SubmitBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => s.filling.submit(actorOf(req), req.params.id, req.params.orgId, req.body.receivedOn),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/accept',
    {
      preValidation: noBodyIsEmpty,
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: 'Accept a submitted return (the union above)',
        params: UnionParams,
        body: DayBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => s.filling.accept(actorOf(req), req.params.id, req.params.orgId, req.body.effectiveOn),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/send-back',
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: 'Return a submitted return for changes, with a note and comments per field',
        params: UnionParams,
        body: SendBackBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => s.filling.sendBack(actorOf(req), req.params.id, req.params.orgId, req.body),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/not-reported',
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: 'Record that a union below did not report (未报), with the reason',
        params: UnionParams,
        body: NotReportedBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => s.filling.markNotReported(actorOf(req), req.params.id, req.params.orgId, req.body),
  );
  app.post(
    '/api/returns/:id/unions/:orgId/reopen',
    {
      preValidation: noBodyIsEmpty,
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: 'Undo 未报: the union may fill its return again',
        params: UnionParams,
        body: DayBody,
        response: { 200: StatusResult },
      },
    },
    async (req) => s.filling.reopen(actorOf(req), req.params.id, req.params.orgId, req.body.effectiveOn),
  );
  app.get(
    '/api/returns/:id/unions/:orgId/history',
    {
      config: fill,
      schema: {
        tags,
        summary: "Every change of a union's values: who, when, from which source, why",
        params: UnionParams,
        response: { 200: HistorySchema },
      },
    },
    async (req) => s.filling.history(actorOf(req), req.params.id, req.params.orgId),
  );
}
