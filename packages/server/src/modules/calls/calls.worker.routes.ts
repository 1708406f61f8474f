import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readWork, sendFile, WorkForm } from './calls.files.routes.ts';
import {
  CallWorkParams,
  GallerySchema,
  MineSchema,
  PublicCallListSchema,
  SelfFileQuery,
  SelfWorkBody,
  SubmitResult,
  WorkParams,
} from './calls.schemas.ts';
import type { CallsService } from './calls.service.ts';

const tags = ['calls'];
const self = { permission: 'self.apply' } as const;

/** The worker (my calls, my works, the gallery) and the public pages of published calls. */
export function callsWorkerRoutes(app: App, { calls }: { calls: CallsService }): void {
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
