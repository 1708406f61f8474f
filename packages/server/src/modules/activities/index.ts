/**
 * Workers' activities (职工活动, issue 26): organised for a subtree with places, a waiting list, door codes and a
 * no-show rule; counted by kind in the reporting layer.
 */
import { defineModule } from '../../module-manifest.ts';
import { activitiesRoutes } from './activities.routes.ts';
import { createActivitiesService } from './activities.service.ts';

export { seedActivities } from './activities.demo.ts';
export { activitiesRoutes } from './activities.routes.ts';
export { type ActivitiesService, createActivitiesService } from './activities.service.ts';
export const activitiesMigrations = new URL('./migrations/', import.meta.url);
export { activitiesRecounter } from './activities.recount.repository.ts';
export { activitiesUsage } from './activities.usage.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'activities',
  migrations: activitiesMigrations,
  services: ({ db, clock, ids }) => ({ activities: createActivitiesService(db, clock, ids) }),
  routes: (app, s) => activitiesRoutes(app, s),
  cliRegisters: {
    activities: { zh: '以往活动记录', of: (s) => s.activities.register },
  },
});
