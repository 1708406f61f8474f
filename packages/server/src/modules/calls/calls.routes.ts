import type { FastifyRequest } from 'fastify';
import { FileField, IdParams, Obj, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { callErrors } from './calls.errors.ts';
import {
  CallBody,
  CallDetailSchema,
  CallListSchema,
  CallWorkParams,
  DecideBody,
  DecideResult,
  GallerySchema,
  IdResult,
  MineSchema,
  OrgQuery,
  PublicCallListSchema,
  PublishBody,
  ReviewBody,
  ReviewResult,
  SelfFileQuery,
  SelfWorkBody,
  StaffFileQuery,
  StaffWorkBody,
  StatsQuery,
  StatsSchema,
  SubmitResult,
  WorkListSchema,
  WorkParams,
  WorksQuery,
} from './calls.schemas.ts';
import type { CallsService } from './calls.service.ts';
import type { WorkFile } from './calls.submit.ts';

const tags = ['calls'];
const read = { permission: 'calls.read' } as const;
const manage = { permission: 'calls.manage' } as const;
const review = { permission: 'calls.review' } as const;
const self = { permission: 'self.apply' } as const;
const WorkForm = Obj({ file: FileField });
/** Calls live under the activities' address (issue 26) though they are a module of their own (ADR 63). */
const BASE = '/api/activities/calls';

/** A work's picture or file from a multipart form (field `file`). */
async function readWork(req: FastifyRequest): Promise<WorkFile> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw callErrors.file('请上传作品文件', 'Upload the work');
  return { name: part.filename || 'work', data: await part.toBuffer() };
}

function sendFile(
  reply: { headers: (h: Record<string, string>) => { send: (b: Buffer) => unknown } },
  f: { fileName: string; mime: string; data: Buffer },
  cache: 'private' | 'public',
) {
  const ascii = f.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return reply
    .headers({
      'content-type': f.mime,
      'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      'cache-control': `${cache}, max-age=3600`,
      'x-content-type-options': 'nosniff',
    })
    .send(f.data);
}

export function callsRoutes(app: App, { calls }: { calls: CallsService }): void {
  app.get(
    BASE,
    {
      config: read,
      schema: {
        tags,
        summary:
          "Calls for works organised in a union's subtree or offered to it (default: mine), with its works counted",
        querystring: OrgQuery,
        response: { 200: CallListSchema },
      },
    },
    async (req) => calls.list(actorOf(req), req.query.orgId),
  );
  app.post(
    BASE,
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Open a call for works to my subtree: categories (text, image, file), window, count per worker, gallery',
        body: CallBody,
        response: { 200: IdResult },
      },
    },
    async (req) => calls.create(actorOf(req), req.body),
  );
  app.get(
    `${BASE}/stats`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Works sent in, passed, returned and chosen by category, branch and result over a period',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => calls.stats(actorOf(req), req.query),
  );
  app.get(
    `${BASE}/stats.xlsx`,
    { config: read, schema: { tags, summary: 'The statistics as .xlsx', querystring: StatsQuery } },
    async (req, reply) => {
      const { file, name } = await calls.statsXlsx(actorOf(req), req.query);
      return reply.headers(xlsxHeaders(name)).send(file);
    },
  );
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
  app.get(
    '/api/me/calls',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: 'Calls for works offered to me, with my works',
        response: { 200: MineSchema },
      },
    },
    async (req) => calls.mine(actorOf(req)),
  );
  app.post(
    '/api/me/calls/:id/works',
    {
      config: { ...self, errors: [409] },
      schema: {
        tags,
        summary: 'Send in a text work (or a returned one again, fixed)',
        params: IdParams,
        body: SelfWorkBody,
        response: { 200: SubmitResult },
      },
    },
    async (req) => calls.submitSelf(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/me/calls/:id/works/file',
    {
      config: { ...self, errors: [409], upload: WorkForm },
      schema: {
        tags,
        summary: 'Send in a photo or file work (photos lose their metadata); multipart field "file"',
        params: IdParams,
        querystring: SelfFileQuery,
        response: { 200: SubmitResult },
      },
    },
    async (req) => calls.submitSelf(actorOf(req), req.params.id, req.query, await readWork(req)),
  );
  app.get(
    '/api/me/calls/:id/gallery',
    {
      config: { permission: 'self.apply' },
      schema: {
        tags,
        summary:
          "A published call's gallery of chosen works (members-only galleries: the organiser's members)",
        params: IdParams,
        response: { 200: GallerySchema },
      },
    },
    async (req) => calls.galleryForWorker(actorOf(req), req.params.id),
  );
  app.get(
    '/api/me/calls/works/:workId/file',
    {
      config: { permission: 'self.apply' },
      schema: {
        tags,
        summary: "My work's picture, or a chosen work's in a gallery I may see",
        params: WorkParams,
      },
    },
    async (req, reply) =>
      sendFile(reply, await calls.fileForWorker(actorOf(req), req.params.workId), 'private'),
  );
  app.get(
    '/api/public/calls',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Calls whose gallery is public and published (no sign-in, nothing personal)',
        response: { 200: PublicCallListSchema },
      },
    },
    async () => calls.publicCalls(),
  );
  app.get(
    '/api/public/calls/:id',
    {
      config: { public: true, errors: [404] },
      schema: {
        tags,
        summary: "A public gallery: the chosen works with the author's name as the union publishes it",
        params: IdParams,
        response: { 200: GallerySchema },
      },
    },
    async (req) => calls.publicGallery(req.params.id),
  );
  app.get(
    '/api/public/calls/:id/works/:workId/file',
    {
      config: { public: true, errors: [404] },
      schema: { tags, summary: "A chosen work's picture in a public gallery", params: CallWorkParams },
    },
    async (req, reply) => sendFile(reply, await calls.publicFile(req.params.id, req.params.workId), 'public'),
  );
}
