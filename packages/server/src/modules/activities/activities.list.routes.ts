import type { FastifyRequest } from 'fastify';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { invalid } from '../../shared/errors.ts';
import {
  ActivitiesImportResult,
  ActivityBody,
  ActivityListQuery,
  ActivityListSchema,
  IdResult,
  PhotoForm,
  PhotoParams,
  StatsQuery,
  StatsSchema,
} from './activities.schemas.ts';
import type { ActivitiesService } from './activities.service.ts';

/** The photo part of a multipart upload (its content is checked by what it is, not by its name). */
async function readPhoto(req: FastifyRequest): Promise<Buffer> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file')
    throw invalid(
      'ACTIVITY_PHOTO_MISSING',
      { zh: '请选择要上传的照片', en: 'Choose a photo to upload' },
      { field: 'file' },
    );
  return part.toBuffer();
}
const image = (mime: string) => ({ 'content-type': mime, 'cache-control': 'private, no-store' });
const tags = ['activities'];
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;
const self = { permission: 'self.apply' } as const;

/** Activities of a subtree: listed, created, brought in from the register of past ones, their statistics and photos. */
export function activitiesListRoutes(app: App, { activities }: { activities: ActivitiesService }): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/activities',
      permission: read.permission,
      summary: "A page of the activities organised in a union's subtree (default: mine), newest first",
      query: ActivityListQuery,
      result: ActivityListSchema,
      run: activities.list,
    },
    import: {
      path: '/api/activities/import',
      listed: {
        key: 'activities',
        module: 'activities',
      },
      permission: manage.permission,
      what: 'a register of past activities (a row per participant: activity, organising union, day, person, signed up on, attended; or a row of counts where no list was kept)',
      result: ActivitiesImportResult,
      register: activities.register,
    },
    stats: {
      path: '/api/activities/stats',
      permission: read.permission,
      summary: 'Activities, sign-ups and person-times by kind over a period',
      xlsxSummary: 'The statistics by kind and by union as .xlsx',
      query: StatsQuery,
      result: StatsSchema,
      stats: activities.stats,
      xlsx: (actor, query) => activities.statsXlsx(actor, query),
    },
  });
  on.post('/api/activities', {
    config: manage,
    summary:
      'Organise an activity for my subtree: sessions, places, sign-up window, fee, who may sign up, a no-show rule',
    body: ActivityBody,
    response: IdResult,
    use: activities.create,
  });
  on.post('/api/activities/:id/photos', {
    config: { ...manage, upload: PhotoForm, errors: [409] },
    summary:
      'Add a photo to a finished activity (JPEG or PNG, 2 MB at most; location and other metadata removed)',
    params: IdParams,
    response: IdResult,
    run: async (actor, { params, req }) => activities.addPhoto(actor, params.id, await readPhoto(req)),
  });
  on.file('/api/activities/:id/photos/:photoId', {
    config: read,
    summary: 'A photo of an activity',
    params: PhotoParams,
    run: async (actor, { params }) => {
      const p = await activities.photo(actor, params.id, params.photoId);
      return { headers: image(p.mime), data: p.bytes };
    },
  });
  on.file('/api/me/activities/:id/photos/:photoId', {
    config: self,
    summary: 'A photo of an activity offered to me',
    params: PhotoParams,
    run: async (actor, { params }) => {
      const p = await activities.myPhoto(actor, params.id, params.photoId);
      return { headers: image(p.mime), data: p.bytes };
    },
  });
}
