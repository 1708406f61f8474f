import { recounter } from '../reporting/index.ts';

const OF_SESSION = `congress_sessions s join congress_terms t on t.id = s.term_id join congresses c on c.id = t.congress_id`;

/**
 * The congresses' counts recounted from their rows (ADR 64, 73), in the congress's union: each session on the day
 * it is held; each proposal on its filing day; each accepted one (立案, whatever happened after) and each made an
 * opinion (转为意见建议) on that decision's day; each proposal's first answer on its day, in time or late against
 * the due day it was given then (kept apart from a second answer's); each opinion's answer on its day, adopted or
 * not; each closed proposal by its final rating on the day rated; each closed motion by result on its closing day;
 * and each disclosure by category, in its union, on its publication day.
 */
export const congressesRecounter = recounter({
  area: 'congresses',
  subjects: {
    'congresses.sessions': { zh: '召开会议次数', en: 'sessions held' },
    'congresses.proposals_filed': { zh: '提案数', en: 'proposals filed' },
    'congresses.proposals_accepted': { zh: '立案数', en: 'proposals accepted' },
    'congresses.proposals_answered': { zh: '答复数（按期/逾期）', en: 'proposals answered (in time / late)' },
    'congresses.opinions': { zh: '转为意见建议数', en: 'proposals made opinions' },
    'congresses.opinions_answered': {
      zh: '意见建议答复数（采纳/未采纳）',
      en: 'opinions answered (adopted or not)',
    },
    'congresses.proposals_rated': { zh: '评价数', en: 'answers rated' },
    'congresses.motions': { zh: '表决事项数', en: 'motions closed' },
    'congresses.disclosures': { zh: '厂务公开事项数', en: 'disclosures published' },
  },
  facts: `select 'congresses.sessions' as subject, c.org_id, s.held_on as day, '' as dim, '' as dim2, 1 as n, 0 as fen
       from ${OF_SESSION}
     union all
     select 'congresses.proposals_filed', c.org_id, p.filed_on, '', '', 1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
     union all
     select 'congresses.proposals_accepted', c.org_id, p.decided_on, '', '', 1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
      where p.status in ('accepted', 'assigned', 'answered', 'closed') and not p.opinion and p.decided_on is not null
     union all
     select 'congresses.opinions', c.org_id, p.decided_on, '', '', 1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
      where p.opinion and p.decided_on is not null
     union all
     select 'congresses.proposals_answered', c.org_id, p.first_answered_on, '',
            case when p.first_due_on is not null and p.first_answered_on <= p.first_due_on then 'in_time' else 'late' end,
            1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
      where not p.opinion and p.first_answered_on is not null
     union all
     select 'congresses.opinions_answered', c.org_id, p.answered_on,
            case when p.adopted then 'adopted' else 'not_adopted' end, '', 1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
      where p.opinion and p.status = 'closed' and p.answered_on is not null
     union all
     select 'congresses.proposals_rated', c.org_id, p.rated_on, p.rating, '', 1, 0
       from congress_proposals p join ${OF_SESSION} on s.id = p.session_id
      where p.status = 'closed' and p.rating is not null and p.rated_on is not null
     union all
     select 'congresses.motions', c.org_id, m.closed_on, m.result, '', 1, 0
       from congress_motions m join ${OF_SESSION} on s.id = m.session_id
      where m.status = 'closed' and m.closed_on is not null
     union all
     select 'congresses.disclosures', d.org_id, d.published_on, d.category, '', 1, 0
       from congress_disclosures d`,
});
