import { Type } from 'typebox';
import { inlineFile, routeMould } from '../../../http/route-mould.ts';
import { EffectiveOn, EvidenceForm, IdParams } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import {
  ApplicationDetailSchema,
  ApplicationListSchema,
  ApplicationQuery,
  ApplicationSchema,
  AttachJsonBody,
  BulkBody,
  BulkResultSchema,
  FileInfoSchema,
  FileParams,
  ReviewBody,
} from './applications.schemas.ts';
import type { ApplicationUseCases } from './applications.use-cases.ts';
import { decodeFiles, readMultipart } from './evidence-upload.ts';

const tags = ['applications'];

/** Staff and reviewers: the queue, the detail with its explanation and history, and the review actions. */
export function applicationsRoutes(app: App, { programs }: { programs: ApplicationUseCases }): void {
  const on = routeMould(app, tags);
  on.get('/api/applications', {
    config: { permission: 'programs.read' },
    summary: 'Applications in my subtree; with mine=1 only those awaiting my union at their current step',
    querystring: ApplicationQuery,
    response: ApplicationListSchema,
    use: programs.applications,
  });
  on.get('/api/applications/:id', {
    config: { permission: 'programs.read' },
    summary: 'An application with its eligibility explanation, evidence list and history',
    params: IdParams,
    response: ApplicationDetailSchema,
    use: programs.application,
  });
  on.file('/api/applications/:id/files/:fileId', {
    config: { permission: 'programs.read' },
    summary: 'One evidence file',
    params: FileParams,
    run: async (actor, { params }) => {
      const f = await programs.applicationFile(actor, params.id, params.fileId);
      return inlineFile(f);
    },
  });
  on.post('/api/applications/:id/files', {
    config: { permission: 'applications.submit', upload: EvidenceForm({}) },
    summary:
      'Attach evidence: multipart (the field name of each file is its evidence key) or JSON {files:[{key, name, mime, dataBase64}]}',
    params: IdParams,
    jsonOrMultipart: true,
    body: AttachJsonBody,
    response: Type.Array(FileInfoSchema),
    run: async (actor, { params, body, req }) => {
      const files = req.isMultipart() ? (await readMultipart(req)).files : decodeFiles(body.files);
      return programs.attachFiles(actor, params.id, files);
    },
  });
  const review = on.record('/api/applications/:id', {
    config: { permission: 'applications.review', errors: [409] },
    response: ApplicationSchema,
  });
  for (const [action, summary] of [
    [
      'approve',
      'Approve at my step: on to the next level, or final (ledger entitlement, quota and budget in one ' +
        'transaction). The final approval needs every required material attached or waived (waivers), ' +
        'else 409 APPLICATION_MATERIALS_MISSING naming them',
    ],
    ['reject', 'Reject with a reason'],
    ['return', 'Return for correction with a reason (the applicant can resubmit)'],
  ] as const) {
    review.post(`/${action}`, {
      summary,
      body: Type.Optional(ReviewBody),
      run: (actor, { params, body }) => programs.review(actor, params.id, action, body ?? {}),
    });
  }
  on.post('/api/applications/:id/resubmit', {
    config: { permission: 'applications.submit' },
    summary: 'Resubmit a returned application on the applicant’s behalf (JSON {note?})',
    params: IdParams,
    body: Type.Optional(
      Type.Object(
        { note: Type.Optional(Type.String({ maxLength: 1000 })), effectiveOn: EffectiveOn },
        { additionalProperties: false },
      ),
    ),
    response: ApplicationSchema,
    run: (actor, { params, body }) =>
      programs.resubmit(actor, params.id, {
        note: body?.note,
        effectiveOn: body?.effectiveOn,
      }),
  });
  on.post('/api/applications/bulk', {
    config: { permission: 'applications.review' },
    summary:
      'Approve, reject or return many; each id is decided in its own transaction, so one refusal does not undo the others',
    body: BulkBody,
    response: BulkResultSchema,
    use: programs.reviewBulk,
  });
}
