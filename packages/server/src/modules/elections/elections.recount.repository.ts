import { recounter } from '../reporting/index.ts';

/**
 * The elections' counts recounted from their rows (ADR 73), in the union concerned: each election on the day it was
 * held, and each approved founding, with its members, on the day the founding meeting elected the committee.
 */
export const electionsRecounter = recounter({
  area: 'elections',
  subjects: {
    'elections.held': { zh: '换届选举次数', en: 'elections held' },
    'elections.founded': { zh: '新建工会数', en: 'unions founded' },
    'elections.founding_members': { zh: '新建工会会员数', en: 'members of unions founded' },
  },
  facts: `select 'elections.held' as subject, e.org_id, e.held_on as day, '' as dim, '' as dim2, 1 as n, 0 as fen
       from elections e
     union all
     select 'elections.founded', f.org_id, f.elected_on, '', '', 1, 0
       from foundings f where f.status = 'approved' and f.org_id is not null
     union all
     select 'elections.founding_members', f.org_id, f.elected_on, '', '', coalesce(f.members_total, 0), 0
       from foundings f where f.status = 'approved' and f.org_id is not null`,
});
