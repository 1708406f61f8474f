import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readWork, WorkForm, workFileSent } from './calls.files.routes.ts';
import {
  CallDetailSchema,
  DecideBody,
  DecideResult,
  PublishBody,
  ReviewBody,
  ReviewResult,
  StaffFileQuery,
  StaffWorkBody,
  SubmitResult,
  WorkListSchema,
  WorkParams,
  WorksQuery,
} from './calls.schemas.ts';
import type { CallsService } from './calls.service.ts';

const tags = ['calls'];
const read = { permission: 'calls.read' } as const;
const manage = { permission: 'calls.manage' } as const;
const review = { permission: 'calls.review' } as const;
/** Calls live under the activities' address (issue 26) though they are a module of their own (ADR 63). */
const BASE = '/api/activities/calls';

/** One call: the works sent in (by staff, by sheet of files), reviewed, given a result, and publishing the call. */
export function callWorksRoutes(app: App, { calls }: { calls: CallsService }): void {
  const on = routeMould(app, tags);
  on.get(`${BASE}/:id`, {
    config: read,
    summary: 'A call for works',
    params: IdParams,
    response: CallDetailSchema,
    use: calls.get,
  });
  on.get(`${BASE}/:id/works`, {
    config: read,
    summary: "A call's works from my part of its subtree (a branch: its members'), with authors (audited)",
    params: IdParams,
    querystring: WorksQuery,
    response: WorkListSchema,
    use: calls.works,
  });
  on.post(`${BASE}/:id/works`, {
    config: { ...review, errors: [409] },
    summary: 'Send a text work in for a member of my subtree (or a returned one again, fixed)',
    params: IdParams,
    body: StaffWorkBody,
    response: SubmitResult,
    run: async (actor, { params, body }) => {
      const { personId, ...input } = body;
      return calls.submitFor(actor, params.id, personId, input);
    },
  });
  on.post(`${BASE}/:id/works/file`, {
    config: { ...review, errors: [409], upload: WorkForm },
    summary: 'Send a picture or file work in for a member of my subtree; multipart field "file"',
    params: IdParams,
    querystring: StaffFileQuery,
    response: SubmitResult,
    run: async (actor, { params, query, req }) => {
      const { personId, ...input } = query;
      return calls.submitFor(actor, params.id, personId, input, await readWork(req));
    },
  });
  on.post(`${BASE}/works/:workId/review`, {
    config: { ...review, errors: [409] },
    summary: "The branch's review of a work: pass it up to the judging, or return it with a reason",
    params: WorkParams,
    body: ReviewBody,
    response: ReviewResult,
    run: (actor, { params, body }) => calls.review(actor, params.workId, body),
  });
  on.post(`${BASE}/works/:workId/result`, {
    config: { ...manage, errors: [409] },
    summary:
      "The organiser's decision on a passed work: 一等奖 … 入展 or none, with an optional score (the organising union's staff only; 403 for a union above or below that sees the work)",
    params: WorkParams,
    body: DecideBody,
    response: DecideResult,
    run: (actor, { params, body }) => calls.decide(actor, params.workId, body),
  });
  on.file(`${BASE}/works/:workId/file`, {
    config: read,
    summary: "A work's picture or file",
    params: WorkParams,
    run: async (actor, { params }) => workFileSent(await calls.file(actor, params.workId), 'private'),
  });
  on.post(`${BASE}/:id/publish`, {
    config: { ...manage, errors: [409] },
    summary: "Publish the results: the gallery of chosen works opens (the organising union's staff only)",
    params: IdParams,
    body: PublishBody,
    response: Ok,
    use: calls.publish,
  });
}
