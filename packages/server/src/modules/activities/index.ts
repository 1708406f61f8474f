/**
 * Workers' activities (职工活动, issue 26): organised for a subtree with places, a waiting list, door codes and a
 * no-show rule; counted by kind in the reporting layer.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { seedActivities } from './activities.demo.ts';
import { activitiesRecounter } from './activities.recount.repository.ts';
import { activitiesRoutes } from './activities.routes.ts';
import { createActivitiesService } from './activities.service.ts';
import { activitiesUsage } from './activities.usage.ts';

export { seedActivities } from './activities.demo.ts';
export { activitiesRoutes } from './activities.routes.ts';
export { type ActivitiesService, createActivitiesService } from './activities.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'activities',
  auditNames: { activity: namedBy('activities', 'title') },
  todo: {
    nothingWaits: 'a sign-up is confirmed or put on the waiting list at once; nothing waits for a decision',
  },
  demo: async ({ db }) => seedActivities(db),
  menuUsage: activitiesUsage,
  recounter: activitiesRecounter,
  description:
    "`activities`, `activity_sessions`, `activity_signups`, `activity_attendance`, `activity_quotas`, `activity_interests`, `activity_photos` — workers' activities (职工活动, ADR 56; past activities brought in with their sign-ups and attendance, or as totals in `recorded_signups`/`recorded_attendance` where no list was kept — register `activities`, ADR 41): organised for a subtree with sessions, places (optionally split among the unions below, each quota a guarded counter like the total), a sign-up window, an optional rule (programs' rule builder, compiled to SQL by `compileRule`) and a no-show rule; sign-ups by the worker, by staff (a list, or a sheet through the shared register import), each one statement that checks, takes a place or a waiting place, counts and audits (`activities.signup.ts`; the places a guarded counter `taken < places`, the flash-claims method), the rest waiting in order per pool and promoted with a message when someone cancels; check-in by the door code or its QR, or by scanning the member card (card's `cardHolder`); walk-ins; 联谊 interest marks revealed only when mutual, the roster the organiser's alone; photos afterwards; roster and statistics (by kind and by union, a range of days) as .xlsx; counts `activities.held`, `.signups`, `.attendance`, `.pairs` by kind through `reporting`; `npm run bench:activities`",
  dependencyNotes: { programs: 'rules' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock, ids }) => ({ activities: createActivitiesService(db, clock, ids) }),
  routes: (app, s) => activitiesRoutes(app, s),
  cliRegisters: {
    activities: {
      zh: '以往活动记录',
      doc: '以往活动台账, `/api/activities/import`: one row per participant — 活动名称, 主办工会, 活动类型, 举办日期, the person, 报名日期, 是否参加; an activity kept as totals is one row with 报名人数 and 参加人数',
      of: (s) => s.activities.register,
    },
  },
});
