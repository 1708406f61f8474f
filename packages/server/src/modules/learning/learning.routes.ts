import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { learningCourseRoutes } from './learning.courses.routes.ts';
import { CreateMasterBody, MasterList, MasterSchema, StatsQuery, StatsSchema } from './learning.schemas.ts';
import type { LearningService } from './learning.service.ts';
import { learningSiteRoutes } from './learning.sites.routes.ts';
import { meLearningRoutes } from './me.routes.ts';
import { statsWorkbook } from './stats.service.ts';

const tags = ['learning'];
const read = { permission: 'learning.read' } as const;
const write = { permission: 'learning.write' } as const;

/** Staff: courses and resources, sites and licences, activities, masters, statistics; and the worker pages. */
export function learningRoutes(app: App, { learning }: { learning: LearningService }): void {
  const { apprenticeship } = learning;
  learningCourseRoutes(app, { learning });
  learningSiteRoutes(app, { learning });
  app.get(
    '/api/learning/masters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Masters (劳模/工匠) designated in my subtree',
        response: { 200: MasterList },
      },
    },
    async (req) => apprenticeship.listMasters(actorOf(req)),
  );
  app.post(
    '/api/learning/masters',
    {
      config: write,
      schema: {
        tags,
        summary: 'Designate a member as a master who answers workers online',
        body: CreateMasterBody,
        response: { 200: MasterSchema },
      },
    },
    async (req) => apprenticeship.designateMaster(actorOf(req), req.body),
  );
  app.get(
    '/api/learning/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Enrolments, completions and hours of a year or a range of days by course, site and union',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => learning.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/learning/stats.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The statistics as an .xlsx workbook', querystring: StatsQuery },
    },
    async (req, reply) => {
      const stats = await learning.stats(actorOf(req), req.query);
      return reply
        .headers(xlsxHeaders(`学习社区统计-${stats.from}至${stats.to}.xlsx`))
        .send(statsWorkbook(stats));
    },
  );
  meLearningRoutes(app, learning);
}
