import { recounter } from '../reporting/index.ts';

/** The China day of a step: its event's moment (the effective day's start when recorded after the fact, ADR 40). */
const DAY = (at: string) => `(${at} at time zone 'Asia/Shanghai')::date`;

/**
 * The requests' counts recounted from their rows and recorded steps (ADR 22, 73), all in the union the request was
 * filed with: each request on the day it came in (dim the channel, dim2 the category); its first answer on that
 * answer's day, on time or late as judged then; its rating on the day rated (dim the rating); open (a state) from
 * the day it came in, out on each closing and in again on a reopening of a closed request; overdue (a state) from
 * the first missed deadline of a run of them (each recorded as an escalation by the deadline sweep) until the next
 * answer or closing, taken out on that day or, were it earlier, the day it became overdue.
 */
export const casesRecounter = recounter({
  area: 'cases',
  subjects: {
    'cases.filed': { zh: '收到诉求数', en: 'requests received' },
    'cases.answered': { zh: '已答复数（按时/超时）', en: 'requests answered (on time / late)' },
    'cases.rated': { zh: '评价数', en: 'answers rated' },
    'cases.open': { zh: '未办结诉求数', en: 'requests open' },
    'cases.overdue': { zh: '逾期诉求数', en: 'requests overdue' },
  },
  facts: `with steps as (
       select e.case_id, e.id, e.kind, ${DAY('e.at')} as day,
              lag(e.kind) over (partition by e.case_id order by e.id) as before
         from case_events e where e.kind in ('closed', 'reopened')),
     marks as (
       select e.case_id, e.id, ${DAY('e.at')} as day, e.kind in ('auto_escalated', 'overdue') as missed,
              coalesce(sum(case when e.kind in ('replied', 'closed') then 1 else 0 end)
                over (partition by e.case_id order by e.id rows between unbounded preceding and 1 preceding), 0) as run
         from case_events e where e.kind in ('auto_escalated', 'overdue', 'replied', 'closed')),
     runs as (
       select case_id, run, (array_agg(day order by id))[1] as since
         from marks where missed group by case_id, run),
     ends as (
       select m.case_id, m.run, (array_agg(m.day order by m.id))[1] as day
         from marks m where not m.missed group by m.case_id, m.run)
     select 'cases.filed' as subject, c.filed_org_id as org_id, c.filed_on as day, c.channel as dim,
            c.category as dim2, 1 as n, 0 as fen
       from cases c
     union all
     select 'cases.answered', c.filed_org_id, ${DAY('e.at')}, case when c.on_time then 'on_time' else 'late' end, '', 1, 0
       from cases c join lateral (select e.at from case_events e where e.case_id = c.id and e.kind = 'replied'
                                   order by e.id limit 1) e on true
     union all
     select 'cases.rated', c.filed_org_id, ${DAY('e.at')}, c.rating::text, '', 1, 0
       from cases c join lateral (select e.at from case_events e where e.case_id = c.id and e.kind = 'rated'
                                   order by e.id limit 1) e on true
      where c.rating is not null
     union all
     select 'cases.open', c.filed_org_id, c.filed_on, '', '', 1, 0 from cases c
     union all
     select 'cases.open', c.filed_org_id, s.day, '', '', case when s.kind = 'closed' then -1 else 1 end, 0
       from steps s join cases c on c.id = s.case_id
      where s.kind = 'closed' or s.before = 'closed'
     union all
     select 'cases.overdue', c.filed_org_id, r.since, '', '', 1, 0
       from runs r join cases c on c.id = r.case_id
     union all
     select 'cases.overdue', c.filed_org_id, greatest(r.since, x.day), '', '', -1, 0
       from runs r join ends x on x.case_id = r.case_id and x.run = r.run join cases c on c.id = r.case_id`,
});
