import { registerRouteGroup } from '../../../http/register-routes.ts';
import { routeMould } from '../../../http/route-mould.ts';
import type { App } from '../../../http/types.ts';
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
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    list: {
      path: '/api/innovation/achievements',
      permission: 'innovation.read',
      summary: 'Achievements (创新成果) of the studios of my subtree, newest first',
      query: AchievementQuery,
      result: AchievementListSchema,
      run: achievements.listAchievements,
    },
    import: {
      path: '/api/innovation/achievements/import',
      listed: {
        key: 'achievements',
        module: 'innovation',
      },
      permission: 'innovation.write',
      what:
        'an achievements register (one row per achievement line: rows of one achievement may each add a patent and ' +
        'a conversion; the team by name or ID number; each fact counted on its own day)',
      result: AchievementImportResult,
      register,
    },
  });
  on.post('/api/innovation/achievements', {
    config: { permission: 'innovation.write', errors: [409] },
    summary: "A studio's new achievement (a draft); a patent goes on each team member's records",
    description:
      'The team is listed in order; a patent lists them as its inventors in that order (source innovation), ' +
      'so the patent subsidy sees it. An invention-patent or utility-model achievement needs a patent of ' +
      'that type. A patent number already held by another achievement is refused (409).',
    body: CreateAchievementBody,
    response: AchievementDetail,
    use: achievements.createAchievement,
  });
  on.get('/api/innovation/studio-options', {
    config: { permission: 'innovation.write' },
    summary: 'Active studios of my subtree to hold an achievement, by part of the name (at most 30)',
    querystring: StudioOptionQuery,
    response: StudioOptions,
    run: (actor, { query }) => achievements.listStudioOptions(actor, query.q),
  });
  achievementDetailRoutes(app, { achievements, attachments });
}
