import { routeMould } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import { type AttachmentsService, readAttachment } from './achievements.attachments.ts';
import {
  AchievementDetail,
  AttachmentForm,
  AttachmentInfo,
  AttachmentParams,
  AttachmentPublicBody,
  ConversionBody,
  PictureParams,
  PublishBody,
  UpdateAchievementBody,
} from './achievements.schemas.ts';
import type { AchievementsService } from './achievements.service.ts';

const tags = ['innovation'];
const read = { permission: 'innovation.read' } as const;
const write = { permission: 'innovation.write' } as const;

/** One achievement: read, edited, published or withdrawn, its conversions and attachments, and its public pictures. */
export function achievementDetailRoutes(
  app: App,
  { achievements, attachments }: { achievements: AchievementsService; attachments: AttachmentsService },
): void {
  const on = routeMould(app, tags);
  on.get('/api/innovation/achievements/:id', {
    config: read,
    summary: 'One achievement',
    params: IdParams,
    response: AchievementDetail,
    use: achievements.getAchievement,
  });
  on.put('/api/innovation/achievements/:id', {
    config: { ...write, errors: [409] },
    summary: 'Edit an achievement (the whole form); patent records and counts follow',
    params: IdParams,
    body: UpdateAchievementBody,
    response: AchievementDetail,
    use: achievements.updateAchievement,
  });
  const achievement = on.record('/api/innovation/achievements/:id', {
    config: { ...write, errors: [409] },
    response: AchievementDetail,
  });
  achievement.post('/publish', {
    summary: 'Put the achievement in the public catalogue (counted on `on`, default today)',
    body: PublishBody,
    run: (actor, { params, body }) => achievements.publishAchievement(actor, params.id, body?.on),
  });
  achievement.post('/unpublish', {
    summary: 'Take the achievement out of the public catalogue',
    use: achievements.unpublishAchievement,
  });
  on.post('/api/innovation/achievements/:id/conversions', {
    config: write,
    summary: 'Record a conversion (成果转化): partner, date, contract value in fen',
    params: IdParams,
    body: ConversionBody,
    response: AchievementDetail,
    use: achievements.addConversion,
  });
  on.post('/api/innovation/achievements/:id/attachments', {
    config: { ...write, upload: AttachmentForm },
    summary: 'Keep a file with the achievement (multipart field "file"; PDF, images, Office, ZIP; ≤ 20 MB)',
    params: IdParams,
    response: AttachmentInfo,
    run: async (actor, { params, req }) =>
      attachments.addAttachment(actor, params.id, await readAttachment(req)),
  });
  on.file('/api/innovation/achievements/:id/attachments/:attachmentId', {
    config: read,
    summary: 'Download a file kept with the achievement',
    params: AttachmentParams,
    run: async (actor, { params }) => {
      const f = await attachments.getAttachment(actor, params.id, params.attachmentId);
      return {
        headers: {
          'content-type': f.mime,
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
          'cache-control': 'private, no-store',
        },
        data: f.data,
      };
    },
  });
  on.put('/api/innovation/achievements/:id/attachments/:attachmentId/public', {
    config: { ...write, errors: [404] },
    summary: 'Show a picture of the achievement in the public catalogue, or take it back (pictures only)',
    params: AttachmentParams,
    body: AttachmentPublicBody,
    response: AttachmentInfo,
    run: (actor, { params, body }) =>
      attachments.setAttachmentPublic(actor, params.id, params.attachmentId, body.public),
  });
  const catalogue = routeMould(app, ['catalogue']);
  catalogue.open.file('/api/public/achievements/:id/pictures/:pictureId', {
    config: { public: true, errors: [404] },
    summary: 'A picture staff made public, of a published achievement (no metadata, no file name)',
    params: PictureParams,
    run: async ({ params }) => {
      const p = await attachments.getPublicPicture(params.id, params.pictureId);
      const ext = p.mime === 'image/png' ? 'png' : 'jpg';
      return {
        headers: {
          'content-type': p.mime,
          'content-disposition': `inline; filename="achievement-${params.id}-${params.pictureId}.${ext}"`,
          'cache-control': 'public, max-age=300',
        },
        data: p.bytes,
      };
    },
  });
}
