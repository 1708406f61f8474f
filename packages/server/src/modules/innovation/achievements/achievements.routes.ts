import { registerImportRoutes } from '../../../http/register-routes.ts';
import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
import { type AttachmentsService, readAttachment } from './achievements.attachments.ts';
import type { createAchievementImport } from './achievements.import.ts';
import {
  AchievementDetail,
  AchievementImportResult,
  AchievementListSchema,
  AchievementQuery,
  AttachmentForm,
  AttachmentInfo,
  AttachmentParams,
  AttachmentPublicBody,
  ConversionBody,
  CreateAchievementBody,
  PictureParams,
  PublishBody,
  StudioOptionQuery,
  StudioOptions,
  UpdateAchievementBody,
} from './achievements.schemas.ts';
import type { AchievementsService } from './achievements.service.ts';

const tags = ['innovation'];

export function achievementsRoutes(
  app: App,
  {
    achievements,
    attachments,
    register,
  }: {
    achievements: AchievementsService;
    attachments: AttachmentsService;
    register: ReturnType<typeof createAchievementImport>;
  },
) {
  registerImportRoutes(app, {
    path: '/api/innovation/achievements/import',
    listed: {
      key: 'achievements',
      name: { zh: '创新成果台账', en: 'Innovation achievements' },
      module: 'innovation',
    },
    permission: 'innovation.write',
    tags,
    templateFile: '创新成果台账导入模板.xlsx',
    what:
      'an achievements register (one row per achievement line: rows of one achievement may each add a patent and ' +
      'a conversion; the team by name or ID number; each fact counted on its own day)',
    result: AchievementImportResult,
    register,
  });
  app.get(
    '/api/innovation/achievements',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'Achievements (创新成果) of the studios of my subtree, newest first',
        querystring: AchievementQuery,
        response: { 200: AchievementListSchema },
      },
    },
    async (req) => achievements.listAchievements(actorOf(req), req.query),
  );
  app.post(
    '/api/innovation/achievements',
    {
      config: { permission: 'innovation.write', errors: [409] },
      schema: {
        tags,
        summary: "A studio's new achievement (a draft); a patent goes on each team member's records",
        description:
          'The team is listed in order; a patent lists them as its inventors in that order (source innovation), ' +
          'so the patent subsidy sees it. An invention-patent or utility-model achievement needs a patent of ' +
          'that type. A patent number already held by another achievement is refused (409).',
        body: CreateAchievementBody,
        response: { 200: AchievementDetail },
      },
    },
    async (req) => achievements.createAchievement(actorOf(req), req.body),
  );
  app.get(
    '/api/innovation/studio-options',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Active studios of my subtree to hold an achievement, by part of the name (at most 30)',
        querystring: StudioOptionQuery,
        response: { 200: StudioOptions },
      },
    },
    async (req) => achievements.listStudioOptions(actorOf(req), req.query.q),
  );
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
