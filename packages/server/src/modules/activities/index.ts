/**
 * Workers' activities (职工活动, issue 26): organised for a subtree with places, a waiting list, door codes and a
 * no-show rule; counted by kind in the reporting layer.
 */
export { seedActivities } from './activities.demo.ts';
export { activitiesRoutes } from './activities.routes.ts';
export { type ActivitiesService, createActivitiesService } from './activities.service.ts';
export const activitiesMigrations = new URL('./migrations/', import.meta.url);
export { activitiesRecounter } from './activities.recount.repository.ts';
export { activitiesUsage } from './activities.usage.ts';
