import { recounter } from '../reporting/index.ts';

/**
 * The counselling counts recounted from their rows (ADR 73): each assessment in the worker's union on its day by
 * scale, and a referral for each flagged one; each booking not cancelled in the worker's union on the day of its
 * slot (China time) by mode; each counsellor or volunteer in their union on the day they joined by kind, and their
 * training hours on the training's day; the sessions and people served of the register kept on paper on their month's
 * first day (dim 'register', dim2 the kind).
 */
export const counsellingRecounter = recounter({
  area: 'counselling',
  subjects: {
    'counselling.assessments': { zh: '心理测评人次', en: 'assessments' },
    'counselling.referrals': { zh: '危机转介数', en: 'crisis referrals' },
    'counselling.sessions': { zh: '咨询预约数', en: 'counselling sessions' },
    'counselling.people_served': { zh: '咨询服务人数（台账）', en: 'people served (register)' },
    'counselling.volunteers': { zh: '咨询师与志愿者人数', en: 'counsellors and volunteers' },
    'counselling.training_hours': { zh: '培训学时', en: 'training hours' },
  },
  facts: `select 'counselling.assessments' as subject, a.org_id, a.effective_on as day, a.scale as dim, '' as dim2,
            1 as n, 0 as fen
       from counselling_assessments a
     union all
     select 'counselling.referrals', a.org_id, a.effective_on, a.scale, '', 1, 0
       from counselling_assessments a where a.flagged
     union all
     select 'counselling.sessions', b.org_id, (s.starts_at at time zone 'Asia/Shanghai')::date, b.mode, '', 1, 0
       from counselling_bookings b join counselling_slots s on s.id = b.slot_id where b.status <> 'cancelled'
     union all
     select 'counselling.sessions', k.org_id, k.month, 'register', k.kind, k.sessions, 0
       from counselling_session_counts k
     union all
     select 'counselling.people_served', k.org_id, k.month, k.kind, '', k.people, 0
       from counselling_session_counts k
     union all
     select 'counselling.volunteers', c.org_id, c.joined_on, c.kind, '', 1, 0 from counselling_counsellors c
     union all
     select 'counselling.training_hours', t.org_id, t.effective_on, c.kind, '', t.hours, 0
       from counselling_trainings t join counselling_counsellors c on c.id = t.counsellor_id`,
});
