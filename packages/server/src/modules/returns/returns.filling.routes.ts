import type { Static, TSchema } from 'typebox';
import { type RouteParts, type RouteRun, routeMould } from '../../http/route-mould.ts';
import { SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readUpload } from '../../http/upload.ts';
import type { FillingService } from './returns.filling.ts';
import {
  DayBody,
  HistorySchema,
  NotReportedBody,
  RefreshResult,
  SaveBody,
  SaveResult,
  SendBackBody,
  SheetResult,
  StatusResult,
  SubmissionSchema,
  SubmitBody,
  UnionParams,
} from './returns.schemas.ts';
import { createReturnSheets } from './returns.sheet.ts';

const tags = ['returns'];
const fill = { permission: 'returns.fill' } as const;
const review = { permission: 'returns.review' } as const;

/**
 * One union's return: filled on the web or through its sheet, submitted, then accepted, sent back, marked not
 * reported or reopened by the union above; and the history of its values.
 */
export function returnsFillingRoutes(
  app: App,
  { filling, clock }: { filling: FillingService; clock: () => Date },
): void {
  const on = routeMould(app, tags);
  const sheets = createReturnSheets(filling, clock);
  /** A decision on a union's return, answering its status (409 where the return is past that step). */
  const decision = <B extends TSchema>(
    step: string,
    spec: Pick<RouteParts<typeof UnionParams, TSchema, B>, 'summary'> & {
      run: RouteRun<typeof UnionParams, TSchema, B, Static<typeof StatusResult>>;
      config: typeof fill | typeof review;
      body: B;
    },
  ) =>
    on.post(`/api/returns/:id/unions/:orgId/${step}`, {
      ...spec,
      config: { ...spec.config, errors: [409] },
      params: UnionParams,
      response: StatusResult,
      dated: (spec.body as TSchema) === DayBody,
    });

  on.get('/api/returns/:id/unions/:orgId', {
    config: fill,
    summary: "One union's return: values with their source, figures, totals, comments, problems",
    params: UnionParams,
    response: SubmissionSchema,
    run: (actor, { params }) => filling.view(actor, params.id, params.orgId),
  });
  on.put('/api/returns/:id/unions/:orgId/values', {
    config: { ...fill, errors: [409] },
    summary:
      "Save values of my union's return, or of a union I review entering it for them (代录), as a draft (a changed bound figure needs a reason)",
    params: UnionParams,
    body: SaveBody,
    response: SaveResult,
    run: (actor, { params, body }) => filling.save(actor, params.id, params.orgId, body),
  });
  on.workbook('/api/returns/:id/unions/:orgId/sheet.xlsx', {
    config: fill,
    summary: "My union's return as a sheet, pre-filled, to fill offline",
    params: UnionParams,
    run: (actor, { params }) => sheets.download(actor, params.id, params.orgId),
  });
  on.post('/api/returns/:id/unions/:orgId/sheet', {
    config: { ...fill, upload: SheetUploadForm, errors: [409] },
    summary:
      "Upload my union's filled sheet (or a union's I review, entered for them): saved as a draft, all values or none, errors naming row and cell",
    params: UnionParams,
    response: SheetResult,
    run: async (actor, { params, req }) =>
      sheets.upload(actor, params.id, params.orgId, await readUpload(req)),
  });
  on.post('/api/returns/:id/unions/:orgId/refresh', {
    config: { ...fill, errors: [409] },
    summary: 'Read the bound figures again (values the union changed keep their value and reason)',
    params: UnionParams,
    response: RefreshResult,
    run: (actor, { params }) => filling.refresh(actor, params.id, params.orgId),
  });
  decision('submit', {
    config: fill,
    summary:
      "Submit my union's return to the union above, or a union's I review entered for them (代录: a paper return) " +
      '(checked, then locked); receivedOn: the day it was ' +
      'handed in (a paper return of a past day needs history.backdate), which decides on time or late',
    body: SubmitBody,
    run: (actor, { params, body }) => filling.submit(actor, params.id, params.orgId, body.receivedOn),
  });
  decision('accept', {
    config: review,
    summary: 'Accept a submitted return (the union above)',
    body: DayBody,
    run: (actor, { params, body }) => filling.accept(actor, params.id, params.orgId, body.effectiveOn),
  });
  decision('send-back', {
    config: review,
    summary: 'Return a submitted return for changes, with a note and comments per field',
    body: SendBackBody,
    run: (actor, { params, body }) => filling.sendBack(actor, params.id, params.orgId, body),
  });
  decision('not-reported', {
    config: review,
    summary: 'Record that a union below did not report (未报), with the reason',
    body: NotReportedBody,
    run: (actor, { params, body }) => filling.markNotReported(actor, params.id, params.orgId, body),
  });
  decision('reopen', {
    config: review,
    summary: 'Undo 未报: the union may fill its return again',
    body: DayBody,
    run: (actor, { params, body }) => filling.reopen(actor, params.id, params.orgId, body.effectiveOn),
  });
  on.get('/api/returns/:id/unions/:orgId/history', {
    config: fill,
    summary: "Every change of a union's values: who, when, from which source, why",
    params: UnionParams,
    response: HistorySchema,
    run: (actor, { params }) => filling.history(actor, params.id, params.orgId),
  });
}
