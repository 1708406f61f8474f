import { routeMould } from '../../http/route-mould.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import { statsFileName } from '../../shared/figures-sheet.ts';
import { periodText } from '../../shared/period.ts';
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
  const on = routeMould(app, tags);
  on.get('/api/learning/masters', {
    config: read,
    summary: 'Masters (劳模/工匠) designated in my subtree',
    response: MasterList,
    use: apprenticeship.listMasters,
  });
  on.post('/api/learning/masters', {
    config: write,
    summary: 'Designate a member as a master who answers workers online',
    body: CreateMasterBody,
    response: MasterSchema,
    use: apprenticeship.designateMaster,
  });
  statisticsRoutes(app, {
    tags,
    path: '/api/learning/stats',
    permission: read.permission,
    summary: 'Enrolments, completions and hours of a year or a range of days by course, site and union',
    xlsxSummary: 'The statistics as an .xlsx workbook',
    query: StatsQuery,
    result: StatsSchema,
    stats: learning.stats,
    xlsx: async (actor, query) => {
      const stats = await learning.stats(actor, query);
      return {
        buffer: statsWorkbook(stats),
        fileName: statsFileName(stats.orgName, '学习社区统计', periodText(stats)),
      };
    },
  });
  meLearningRoutes(app, learning);
}
