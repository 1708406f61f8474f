import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
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

/** One achievement: read, edited, published or withdrawn, its conversions and attachments, and its public pictures. */
export function achievementDetailRoutes(
  app: App,
  { achievements, attachments }: { achievements: AchievementsService; attachments: AttachmentsService },
): void {
  app.get(
    '/api/innovation/achievements/:id',
    {
      config: { permission: 'innovation.read' },
      schema: { tags, summary: 'One achievement', params: IdParams, response: { 200: AchievementDetail } },
    },
    async (req) => achievements.getAchievement(actorOf(req), req.params.id),
  );
  app.put(
    '/api/innovation/achievements/:id',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary: 'Edit an achievement (the whole form); patent records and counts follow',
        params: IdParams,
        body: UpdateAchievementBody,
        response: { 200: AchievementDetail },
      },
    },
    async (req) => achievements.updateAchievement(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/innovation/achievements/:id/publish',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary: 'Put the achievement in the public catalogue (counted on `on`, default today)',
        params: IdParams,
        body: PublishBody,
        response: { 200: AchievementDetail },
      },
    },
    async (req) => achievements.publishAchievement(actorOf(req), req.params.id, req.body?.on),
  );
  app.post(
    '/api/innovation/achievements/:id/unpublish',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary: 'Take the achievement out of the public catalogue',
        params: IdParams,
        response: { 200: AchievementDetail },
      },
    },
    async (req) => achievements.unpublishAchievement(actorOf(req), req.params.id),
  );
  app.post(
    '/api/innovation/achievements/:id/conversions',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Record a conversion (成果转化): partner, date, contract value in fen',
        params: IdParams,
        body: ConversionBody,
        response: { 200: AchievementDetail },
      },
    },
    async (req) => achievements.addConversion(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/innovation/achievements/:id/attachments',
    {
      config: { permission: 'innovation.write', upload: AttachmentForm },
      schema: {
        tags,
        summary:
          'Keep a file with the achievement (multipart field "file"; PDF, images, Office, ZIP; ≤ 20 MB)',
        params: IdParams,
        response: { 200: AttachmentInfo },
      },
    },
    async (req) => attachments.addAttachment(actorOf(req), req.params.id, await readAttachment(req)),
  );
  app.get(
    '/api/innovation/achievements/:id/attachments/:attachmentId',
    {
      config: { permission: 'innovation.read' },
      schema: { tags, summary: 'Download a file kept with the achievement', params: AttachmentParams },
    },
    async (req, reply) => {
      const f = await attachments.getAttachment(actorOf(req), req.params.id, req.params.attachmentId);
      return reply
        .header('content-type', f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(f.data);
    },
  );
  app.put(
    '/api/innovation/achievements/:id/attachments/:attachmentId/public',
    {
      config: { permission: 'innovation.write', errors: [404] },
      schema: {
        tags,
        summary: 'Show a picture of the achievement in the public catalogue, or take it back (pictures only)',
        params: AttachmentParams,
        body: AttachmentPublicBody,
        response: { 200: AttachmentInfo },
      },
    },
    async (req) =>
      attachments.setAttachmentPublic(actorOf(req), req.params.id, req.params.attachmentId, req.body.public),
  );
  app.get(
    '/api/public/achievements/:id/pictures/:pictureId',
    {
      config: { public: true, errors: [404] },
      schema: {
        tags: ['catalogue'],
        summary: 'A picture staff made public, of a published achievement (no metadata, no file name)',
        params: PictureParams,
      },
    },
    async (req, reply) => {
      const p = await attachments.getPublicPicture(req.params.id, req.params.pictureId);
      const ext = p.mime === 'image/png' ? 'png' : 'jpg';
      return reply
        .header('content-type', p.mime)
        .header(
          'content-disposition',
          `inline; filename="achievement-${req.params.id}-${req.params.pictureId}.${ext}"`,
        )
        .header('cache-control', 'public, max-age=300')
        .send(p.bytes);
    },
  );
}
