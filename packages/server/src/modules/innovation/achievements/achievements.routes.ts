import { registerImportRoutes } from '../../../http/register-routes.ts';
import { type App, actorOf } from '../../../http/types.ts';
import type { AttachmentsService } from './achievements.attachments.ts';
import { achievementDetailRoutes } from './achievements.detail.routes.ts';
import type { createAchievementImport } from './achievements.import.ts';
import {
  AchievementDetail,
  AchievementImportResult,
  AchievementListSchema,
  AchievementQuery,
  CreateAchievementBody,
  StudioOptionQuery,
  StudioOptions,
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
  achievementDetailRoutes(app, { achievements, attachments });
}
