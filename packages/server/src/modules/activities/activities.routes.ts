import type { App } from '../../http/types.ts';
import { activitiesListRoutes } from './activities.list.routes.ts';
import { activityRosterRoutes } from './activities.roster.routes.ts';
import type { ActivitiesService } from './activities.service.ts';
import { activitiesWorkerRoutes } from './activities.worker.routes.ts';

export function activitiesRoutes(app: App, { activities }: { activities: ActivitiesService }): void {
  activitiesListRoutes(app, { activities });
  activityRosterRoutes(app, { activities });
  activitiesWorkerRoutes(app, { activities });
}
