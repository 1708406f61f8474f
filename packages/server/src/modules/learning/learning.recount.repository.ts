import { recounter } from '../reporting/index.ts';
import { LEARNING_SUBJECTS as S } from './learning.counts.ts';

/**
 * The learning counts recounted from their rows (ADR 73), in the worker's union at enrolment (sign-up): each
 * enrolment on its day, each completion and its course's minutes on the day of completion (dim the course, dim2
 * the licence's site), the minutes of each attended sign-up on the day its activity was held (dim the activity).
 */
export const learningRecounter = recounter({
  area: 'learning',
  subjects: {
    [S.enrolments]: { zh: '报名人次', en: 'enrolments' },
    [S.completions]: { zh: '完成课程人次', en: 'courses completed' },
    [S.courseMinutes]: { zh: '课程学习分钟数', en: 'minutes of courses completed' },
    [S.activityMinutes]: { zh: '线下活动学习分钟数', en: 'minutes of activities attended' },
  },
  facts: `select '${S.enrolments}' as subject, e.org_id, e.enrolled_on as day, e.course_id::text as dim,
            li.site_id::text as dim2, 1 as n, 0 as fen
       from learning_enrolments e join learning_licences li on li.id = e.licence_id
     union all
     select '${S.completions}', e.org_id, e.completed_on, e.course_id::text, li.site_id::text, 1, 0
       from learning_enrolments e join learning_licences li on li.id = e.licence_id where e.completed_on is not null
     union all
     select '${S.courseMinutes}', e.org_id, e.completed_on, e.course_id::text, li.site_id::text, c.minutes, 0
       from learning_enrolments e join learning_licences li on li.id = e.licence_id
       join learning_courses c on c.id = e.course_id where e.completed_on is not null
     union all
     select '${S.activityMinutes}', g.org_id, a.held_on, a.id::text, '', a.minutes, 0
       from learning_signups g join learning_activities a on a.id = g.activity_id where g.attended`,
});
