import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { createActivitiesService } from './activities.service.ts';
import { createApprenticeshipService } from './apprenticeship.service.ts';
import { createCoursesService } from './courses.service.ts';
import { createEnrolmentService } from './enrolment.service.ts';
import { createSitesService } from './sites.service.ts';

/** The learning module's use cases, one service per area. */
export function createLearningService(db: Db, clock: Clock) {
  return {
    courses: createCoursesService(db),
    sites: createSitesService(db, clock),
    enrolment: createEnrolmentService(db, clock),
    activities: createActivitiesService(db, clock),
    apprenticeship: createApprenticeshipService(db),
  };
}

export type LearningService = ReturnType<typeof createLearningService>;
