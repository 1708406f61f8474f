import { recounter } from '../reporting/index.ts';

const DAY = (at: string) => `(${at} at time zone 'Asia/Shanghai')::date`;

/**
 * The activities' counts recounted from their rows (ADR 73), dim the activity's kind: each activity (a cancelled
 * one too) in its union on the day of its first session, each sign-up (cancelled or waiting too) in the worker's union on the day
 * signed, each check-in in the worker's union at check-in on the
 * day of its session, an activity kept as totals (the activities register) its counted sign-ups on their day and
 * its attendance on its session's day in the organiser's union, and each mutual interest of a 联谊 (a pair, once) in the activity's union on the day the
 * second of the two marks was made (China time).
 */
export const activitiesRecounter = recounter({
  area: 'activities',
  subjects: {
    'activities.held': { zh: '举办活动数', en: 'activities held' },
    'activities.signups': { zh: '报名人次', en: 'sign-ups' },
    'activities.attendance': { zh: '参加人次', en: 'attendances' },
    'activities.pairs': { zh: '联谊牵手对数', en: 'mutual pairs' },
  },
  facts: `select 'activities.held' as subject, a.org_id, ${DAY('min(s.starts_at)')} as day, a.kind as dim, '' as dim2,
            1 as n, 0 as fen
       from activities a join activity_sessions s on s.activity_id = a.id
      group by a.id, a.org_id, a.kind
     union all
     select 'activities.signups', g.org_id, g.signed_on, a.kind, '', 1, 0
       from activity_signups g join activities a on a.id = g.activity_id
     union all
     select 'activities.signups', a.org_id, a.recorded_signed_on, a.kind, '', a.recorded_signups, 0
       from activities a where a.recorded_signups is not null
     union all
     select 'activities.attendance', a.org_id, ${DAY('s.starts_at')}, a.kind, '', a.recorded_attendance, 0
       from activities a join activity_sessions s on s.activity_id = a.id where a.recorded_attendance is not null
     union all
     select 'activities.attendance', t.org_id, ${DAY('s.starts_at')}, a.kind, '', 1, 0
       from activity_attendance t join activity_sessions s on s.id = t.session_id
       join activities a on a.id = s.activity_id
     union all
     select 'activities.pairs', a.org_id, ${DAY('greatest(i.created_at, j.created_at)')}, a.kind, '', 1, 0
       from activity_interests i
       join activity_interests j
         on j.activity_id = i.activity_id and j.from_person = i.to_person and j.to_person = i.from_person
       join activities a on a.id = i.activity_id
      where i.from_person < i.to_person`,
});

/** The recount alone, as the tests compare it with the kept counts. */
export const recountActivityCounts = activitiesRecounter.recount;
