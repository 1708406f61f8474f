import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import { createActivitiesService } from './activities.service.ts';
import { createApprenticeshipService } from './apprenticeship.service.ts';
import { createCoursesService } from './courses.service.ts';
import { createEnrolmentService } from './enrolment.service.ts';
import { createSitesService } from './sites.service.ts';
import { learningStats } from './stats.service.ts';

/** The learning module's use cases, one service per area. */
export function createLearningService(db: Db, clock: Clock) {
  return {
    courses: createCoursesService(db),
    sites: createSitesService(db, clock),
    enrolment: createEnrolmentService(db, clock),
    activities: createActivitiesService(db, clock),
    apprenticeship: createApprenticeshipService(db),
    /** The learning statistics over a period, as of the service's day. */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      learningStats(db, actor, q, todayInChina(clock())),
  };
}

export type LearningService = ReturnType<typeof createLearningService>;
