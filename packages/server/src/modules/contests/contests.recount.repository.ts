import { recounter } from '../reporting/index.ts';
import { SUBJECTS } from './contests.types.ts';

/**
 * The contests' counts recounted from their rows (ADR 73), all on the contest's last day: each entry by mode and
 * level, its persons, each union with an entry once per contest, each published prize.
 */
export const contestsRecounter = recounter({
  area: 'contests',
  subjects: {
    [SUBJECTS.units]: { zh: '参赛单位数', en: 'unions taking part' },
    [SUBJECTS.entries]: { zh: '参赛项数', en: 'entries' },
    [SUBJECTS.people]: { zh: '参赛人数', en: 'persons entered' },
    [SUBJECTS.prizes]: { zh: '获奖数', en: 'prizes published' },
  },
  facts: `select '${SUBJECTS.entries}' as subject, e.org_id, c.ends_on as day, ev.mode as dim, c.level as dim2, 1 as n, 0 as fen
       from contest_entries e join contest_events ev on ev.id = e.event_id join contests c on c.id = e.contest_id
     union all
     select '${SUBJECTS.people}', e.org_id, c.ends_on, c.level, '',
            (select count(*) from contest_entry_members m where m.entry_id = e.id), 0
       from contest_entries e join contests c on c.id = e.contest_id
     union all
     select '${SUBJECTS.units}', u.org_id, u.ends_on, u.level, '', 1, 0
       from (select distinct e.contest_id, e.org_id, c.ends_on, c.level
               from contest_entries e join contests c on c.id = e.contest_id) u
     union all
     select '${SUBJECTS.prizes}', e.org_id, c.ends_on, c.level, e.published_prize, 1, 0
       from contest_entries e join contests c on c.id = e.contest_id
      where e.published_prize is not null`,
});
