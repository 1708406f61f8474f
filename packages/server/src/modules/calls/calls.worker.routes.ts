import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readWork, WorkForm, workFileSent } from './calls.files.routes.ts';
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
  const on = routeMould(app, tags);
  on.get('/api/me/calls', {
    config: { permission: 'self.read' },
    summary: 'Calls for works offered to me, with my works',
    response: MineSchema,
    use: calls.mine,
  });
  on.post('/api/me/calls/:id/works', {
    config: { ...self, errors: [409] },
    summary: 'Send in a text work (or a returned one again, fixed)',
    params: IdParams,
    body: SelfWorkBody,
    response: SubmitResult,
    use: calls.submitSelf,
  });
  on.post('/api/me/calls/:id/works/file', {
    config: { ...self, errors: [409], upload: WorkForm },
    summary: 'Send in a photo or file work (photos lose their metadata); multipart field "file"',
    params: IdParams,
    querystring: SelfFileQuery,
    response: SubmitResult,
    run: async (actor, { params, query, req }) =>
      calls.submitSelf(actor, params.id, query, await readWork(req)),
  });
  on.get('/api/me/calls/:id/gallery', {
    config: { permission: 'self.apply' },
    summary: "A published call's gallery of chosen works (members-only galleries: the organiser's members)",
    params: IdParams,
    response: GallerySchema,
    use: calls.galleryForWorker,
  });
  on.file('/api/me/calls/works/:workId/file', {
    config: { permission: 'self.apply' },
    summary: "My work's picture, or a chosen work's in a gallery I may see",
    params: WorkParams,
    run: async (actor, { params }) =>
      workFileSent(await calls.fileForWorker(actor, params.workId), 'private'),
  });
  on.open.get('/api/public/calls', {
    config: { public: true },
    summary: 'Calls whose gallery is public and published (no sign-in, nothing personal)',
    response: PublicCallListSchema,
    run: () => calls.publicCalls(),
  });
  on.open.get('/api/public/calls/:id', {
    config: { public: true, errors: [404] },
    summary: "A public gallery: the chosen works with the author's name as the union publishes it",
    params: IdParams,
    response: GallerySchema,
    run: ({ params }) => calls.publicGallery(params.id),
  });
  on.open.file('/api/public/calls/:id/works/:workId/file', {
    config: { public: true, errors: [404] },
    summary: "A chosen work's picture in a public gallery",
    params: CallWorkParams,
    run: async ({ params }) => workFileSent(await calls.publicFile(params.id, params.workId), 'public'),
  });
}
