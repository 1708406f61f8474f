import { routeMould } from '../../http/route-mould.ts';
import { SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
import { SHIPPED_FORMS } from './returns.forms.ts';
import {
  DeadlineQuery,
  DeadlineSchema,
  FiguresSchema,
  FormFromSheetResult,
  PeriodQuery,
  PeriodSchema,
  SettingsBody,
  SettingsQuery,
  SettingsSchema,
  ShippedFormsSchema,
} from './returns.schemas.ts';
import type { ReturnsService } from './returns.service.ts';
import { formFromSheet } from './returns.sheet.ts';

const tags = ['returns'];
const issue = { permission: 'returns.issue' } as const;

/** What an issuer sets a return up with: the figures, the shipped forms, the settings, its period and deadline. */
export function returnsSetupRoutes(app: App, { returns }: { returns: ReturnsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/returns/figures', {
    config: issue,
    summary: 'The Gonghui figures a field can be bound to, with what each counts and by which date',
    response: FiguresSchema,
    run: async () => returns.figures(),
  });
  on.get('/api/returns/forms', {
    config: issue,
    summary:
      'The shipped forms (the annual union statistics survey for grassroots unions and for the levels above)',
    response: ShippedFormsSchema,
    run: async () => SHIPPED_FORMS,
  });
  on.get('/api/returns/settings', {
    config: issue,
    summary:
      "The returns settings that apply at a union: the survey year's first day (set there or above; default 10-01)",
    querystring: SettingsQuery,
    response: SettingsSchema,
    run: (actor, { query }) => returns.settings(actor, query.orgId),
  });
  on.put('/api/returns/settings', {
    config: issue,
    summary: "Sets the survey year's first day (MM-DD) for a union's subtree",
    body: SettingsBody,
    response: SettingsSchema,
    run: (actor, { body }) => returns.saveSettings(actor, body),
  });
  on.get('/api/returns/period', {
    config: issue,
    summary: "A period's first and last day at a union (a survey year as the union's setting says)",
    querystring: PeriodQuery,
    response: PeriodSchema,
    use: returns.period,
  });
  on.get('/api/returns/deadline', {
    config: issue,
    summary: 'The day a number of working days from today (the requests calendar), for a deadline',
    querystring: DeadlineQuery,
    response: DeadlineSchema,
    run: async (_actor, { query }) => ({ deadline: await returns.deadlineIn(query.workingDays) }),
  });
  on.post('/api/returns/form-from-sheet', {
    config: { ...issue, upload: SheetUploadForm },
    summary:
      'A form made from the header row of a sheet a union already uses (.xlsx/.xls/.ods/.csv): each header a field, or a first column of row labels a table',
    response: FormFromSheetResult,
    run: async (_actor, { req }) => formFromSheet(await readUpload(req)),
  });
}
