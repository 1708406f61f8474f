/**
 * Innovation (seeds 001, 002): workers' innovation studios, their recognition and re-evaluation, their
 * achievements and the public catalogue, front-line problems and the studio alliance, mentoring.
 */

export { type AttachmentsService, createAttachmentsService } from './achievements.attachments.ts';
export { seedAchievements } from './achievements.demo.ts';
export { achievementsRoutes } from './achievements.routes.ts';
export { ACHIEVEMENT_TYPES, type AchievementType } from './achievements.schemas.ts';
export { type AchievementsService, createAchievementsService } from './achievements.service.ts';
export { catalogueRoutes } from './catalogue.routes.ts';
export { type CatalogueService, createCatalogueService } from './catalogue.service.ts';
export const innovationMigrations = new URL('./migrations/', import.meta.url);
