/**
 * The learning community (学习): courses and resources, demonstration sites and their licences (with a PDF
 * certificate), worker enrolment and progress on the phone, offline activities, online apprenticeship with
 * masters, statistics through the reporting layer (subjects in learning.counts.ts). Completing a course writes
 * a training record (records module, source 'learning') that training subsidies see.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy, namedByQuery } from '../../shared/record-names.ts';
import { learningRecounter } from './learning.recount.repository.ts';
import { learningRoutes } from './learning.routes.ts';
import { createLearningService } from './learning.service.ts';
import { learningUsage } from './learning.usage.ts';

export { seedLearning } from './learning.demo.ts';
export { LEARNING_ERRORS, type LearningErrorCode } from './learning.errors.ts';
export { learningRoutes } from './learning.routes.ts';
export { createLearningService, type LearningService } from './learning.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'learning',
  auditNames: {
    master: namedByQuery(
      'select m.id, p.name as person from learning_masters m join persons p on p.id = m.person_id where m.id = any($1::bigint[])',
    ),
    licence: namedBy('learning_licences', 'number'),
    course: namedBy('learning_courses', 'title'),
    lesson: namedBy('learning_lessons', 'title'),
    learning_activity: namedBy('learning_activities', 'title'),
    learning_resource: namedBy('learning_resources', 'title'),
    learning_site: namedBy('learning_sites', 'name'),
  },
  todo: { nothingWaits: 'enrolments and sign-ups are taken at once' },
  menuUsage: learningUsage,
  recounter: learningRecounter,
  description:
    'the learning community (学习社区): `learning_courses`, `learning_lessons` (video/document kept in the database, or a link), `learning_resources`, `learning_sites` (demonstration sites at four levels), `learning_licences` (courses and resources for a period and a number of seats; PDF certificate), `learning_enrolments`, `learning_progress`, `learning_activities`, `learning_signups`, `learning_masters`, `learning_requests`; completing a course writes a training record; statistics through reporting (ADR 19)',
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ learning: createLearningService(db, clock) }),
  routes: (app, s) => learningRoutes(app, s),
});
