import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readWork, sendFile, WorkForm } from './calls.files.routes.ts';
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
  app.get(
    `${BASE}/:id`,
    {
      config: read,
      schema: { tags, summary: 'A call for works', params: IdParams, response: { 200: CallDetailSchema } },
    },
    async (req) => calls.get(actorOf(req), req.params.id),
  );
  app.get(
    `${BASE}/:id/works`,
    {
      config: read,
      schema: {
        tags,
        summary:
          "A call's works from my part of its subtree (a branch: its members'), with authors (audited)",
        params: IdParams,
        querystring: WorksQuery,
        response: { 200: WorkListSchema },
      },
    },
    async (req) => calls.works(actorOf(req), req.params.id, req.query),
  );
  app.post(
    `${BASE}/:id/works`,
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: 'Send a text work in for a member of my subtree (or a returned one again, fixed)',
        params: IdParams,
        body: StaffWorkBody,
        response: { 200: SubmitResult },
      },
    },
    async (req) => {
      const { personId, ...input } = req.body;
      return calls.submitFor(actorOf(req), req.params.id, personId, input);
    },
  );
  app.post(
    `${BASE}/:id/works/file`,
    {
      config: { ...review, errors: [409], upload: WorkForm },
      schema: {
        tags,
        summary: 'Send a picture or file work in for a member of my subtree; multipart field "file"',
        params: IdParams,
        querystring: StaffFileQuery,
        response: { 200: SubmitResult },
      },
    },
    async (req) => {
      const { personId, ...input } = req.query;
      return calls.submitFor(actorOf(req), req.params.id, personId, input, await readWork(req));
    },
  );
  app.post(
    `${BASE}/works/:workId/review`,
    {
      config: { ...review, errors: [409] },
      schema: {
        tags,
        summary: "The branch's review of a work: pass it up to the judging, or return it with a reason",
        params: WorkParams,
        body: ReviewBody,
        response: { 200: ReviewResult },
      },
    },
    async (req) => calls.review(actorOf(req), req.params.workId, req.body),
  );
  app.post(
    `${BASE}/works/:workId/result`,
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary:
          "The organiser's decision on a passed work: 一等奖 … 入展 or none, with an optional score (the organising union's staff only; 403 for a union above or below that sees the work)",
        params: WorkParams,
        body: DecideBody,
        response: { 200: DecideResult },
      },
    },
    async (req) => calls.decide(actorOf(req), req.params.workId, req.body),
  );
  app.get(
    `${BASE}/works/:workId/file`,
    { config: read, schema: { tags, summary: "A work's picture or file", params: WorkParams } },
    async (req, reply) => sendFile(reply, await calls.file(actorOf(req), req.params.workId), 'private'),
  );
  app.post(
    `${BASE}/:id/publish`,
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: "Publish the results: the gallery of chosen works opens (the organising union's staff only)",
        params: IdParams,
        body: PublishBody,
        response: { 200: Ok },
      },
    },
    async (req) => calls.publish(actorOf(req), req.params.id, req.body),
  );
}
