/**
 * Achievements and the public catalogue (ADR 15): achievements with their team, conversions, award links and
 * attached files, the achievements register, the catalogue's Chinese search and its contact requests. Uses the
 * module root only.
 */

export { type AttachmentsService, createAttachmentsService } from './achievements.attachments.ts';
export { seedAchievements } from './achievements.demo.ts';
export { createAchievementImport } from './achievements.import.ts';
export {
  reindexStudioAchievements,
  reindexUnionAchievements,
  searchTexts,
  searchVector,
} from './achievements.repository.ts';
export { achievementsRoutes } from './achievements.routes.ts';
export { type AchievementsService, createAchievementsService } from './achievements.service.ts';
export { catalogueRoutes } from './catalogue.routes.ts';
export { type CatalogueService, createCatalogueService } from './catalogue.service.ts';
