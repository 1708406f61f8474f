import { recounter } from '../reporting/index.ts';

/** A studio level's rank, as studios.repository.ts orders them. */
const RANK = (level: string) =>
  `array_position(array['grassroots', 'district', 'city', 'city_demonstration', 'national'], ${level})`;

const REVOKED = `select r.studio_id, r.decided_on from innovation_annual_reports r where r.outcome = 'revoke'`;

const STUDIOS = `select 'innovation.studios', s.org_id, l.from_on, l.level, '', 1, 0
       from innovation_studio_levels l join innovation_studios s on s.id = l.studio_id
     union all
     select 'innovation.studios', s.org_id, l.to_on, l.level, '', -1, 0
       from innovation_studio_levels l join innovation_studios s on s.id = l.studio_id where l.to_on is not null
     union all
     select 'innovation.promotions', s.org_id, l.from_on, l.level, '', 1, 0
       from (select l.*, lag(l.level) over w as was, lag(l.to_on) over w as was_to
               from innovation_studio_levels l window w as (partition by l.studio_id order by l.from_on, l.id)) l
       join innovation_studios s on s.id = l.studio_id
      where l.was_to = l.from_on and ${RANK('l.was')} >= ${RANK("'district'")} and ${RANK('l.level')} > ${RANK('l.was')}
        and not exists (select 1 from (${REVOKED}) r where r.studio_id = l.studio_id and r.decided_on = l.from_on)
     union all
     select 'innovation.revocations', s.org_id, r.decided_on, l.level, '', 1, 0
       from (${REVOKED}) r join innovation_studios s on s.id = r.studio_id
       join lateral (select l.level from innovation_studio_levels l
                      where l.studio_id = r.studio_id and l.to_on = r.decided_on order by l.id desc limit 1) l on true`;

const TEAM = `case when exists (select 1 from innovation_problem_teams x where x.problem_id = p.id and x.role = 'partner')
              then 'joint' else 'alone' end`;

const PROBLEMS = `select 'innovation.problems', p.org_id, p.posted_on, 'posted', '', 1, 0 from innovation_problems p
     union all
     select 'innovation.problems', p.org_id, p.published_on, 'published', '', 1, 0
       from innovation_problems p where p.published_on is not null
     union all
     select 'innovation.problems', p.org_id, p.rejected_on, 'rejected', '', 1, 0
       from innovation_problems p where p.status = 'rejected' and p.rejected_on is not null
     union all
     select 'innovation.problems', s.org_id, p.claimed_on, 'claimed', ${TEAM}, 1, 0
       from innovation_problems p join innovation_problem_teams t on t.problem_id = p.id and t.role = 'lead'
       join innovation_studios s on s.id = t.studio_id where p.claimed_on is not null
     union all
     select 'innovation.problems', s.org_id, p.closed_on, 'closed', ${TEAM}, 1, 0
       from innovation_problems p join innovation_problem_teams t on t.problem_id = p.id and t.role = 'lead'
       join innovation_studios s on s.id = t.studio_id where p.closed_on is not null`;

/**
 * The innovation counts recounted from their rows (ADR 16, 42, 73):
 * - achievements: each published one by type on its day of publication (China time), each patent by type on its
 *   grant day, each conversion with its value on its day (in the achievement's union), each studio grant paid
 *   outside the platform with its amount on its approval day;
 * - studios (a state, by level): in from the first day of each level of its history, out on its last;
 *   promotions: a studio of district level or above rising on the day it held its former level to, unless a
 *   re-evaluation revoked it that day; revocations: each studio revoked at re-evaluation, on the decision day, by
 *   the level it held to that day (all in the studio's union);
 * - problems, in the posting union: posted, published and rejected on their days; claimed and closed, in the lead
 *   studio's union, 'joint' with partners or 'alone';
 * - mentoring, in the studio's union: each pair on the day the apprentice accepted (China time), each confirmed
 *   attendance on the day of its session.
 * The studios' dim2 (whether the leader was a model worker of city level or above when the studio was counted)
 * is not recounted: the person's model-worker level is kept as it is now, not as it was on each day.
 */
export const innovationRecounter = recounter({
  area: 'innovation',
  subjects: {
    'innovation.achievements': { zh: '发布成果数', en: 'achievements published' },
    'innovation.patents': { zh: '授权专利数', en: 'patents granted' },
    'innovation.conversions': { zh: '成果转化数（金额）', en: 'conversions (value)' },
    'innovation.outside_grants': { zh: '平台外资助（金额）', en: 'studio grants paid outside the platform' },
    'innovation.studios': { zh: '创新工作室数（按等级）', en: 'studios by level' },
    'innovation.promotions': { zh: '晋升工作室数', en: 'studios promoted' },
    'innovation.revocations': { zh: '撤销工作室数', en: 'studios revoked' },
    'innovation.problems': {
      zh: '一线难题数（发布/揭榜/结题）',
      en: 'front-line problems (posted, claimed, closed)',
    },
    'innovation.mentoring': { zh: '名师带徒（师徒对数/带徒活动人次）', en: 'mentoring (pairs, attendances)' },
  },
  withoutDim2: {
    'innovation.studios':
      "whether the leader was a city-level model worker when the studio was counted: the person's model-worker level is kept as it is now, not by day",
  },
  facts: `select 'innovation.achievements' as subject, a.org_id, (a.published_at at time zone 'Asia/Shanghai')::date as day,
            a.type as dim, '' as dim2, 1 as n, 0 as fen
       from innovation_achievements a where a.published_at is not null
     union all
     select 'innovation.patents', a.org_id, a.patent_on, a.patent_type, '', 1, 0
       from innovation_achievements a where a.patent_type is not null and a.patent_on is not null
     union all
     select 'innovation.conversions', a.org_id, c.converted_on, '', '', 1, c.value_fen
       from innovation_conversions c join innovation_achievements a on a.id = c.achievement_id
     union all
     select 'innovation.outside_grants', s.org_id, g.approved_on, g.preset_key, '', 1, g.amount_fen
       from innovation_studio_grants g join innovation_studios s on s.id = g.studio_id
     union all
     ${STUDIOS}
     union all
     ${PROBLEMS}
     union all
     select 'innovation.mentoring', s.org_id, (m.answered_at at time zone 'Asia/Shanghai')::date, 'pairs', '', 1, 0
       from innovation_mentorships m join innovation_studios s on s.id = m.studio_id
      where m.status = 'accepted' and m.answered_at is not null
     union all
     select 'innovation.mentoring', s.org_id, x.held_on, 'sessions', '', 1, 0
       from innovation_mentoring_attendance a join innovation_mentoring_sessions x on x.id = a.session_id
       join innovation_studios s on s.id = x.studio_id
      where a.confirmed_at is not null`,
});
