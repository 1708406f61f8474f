import { subtreeCondition } from '../../access/access.ts';
import { ofWorker, overSubtree, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

const PROPOSALS = '/congresses/proposals';

/**
 * What waits in workers' congresses (职代会, 待办), for the congresses of the actor's subtree: proposals to examine
 * (立案), accepted proposals and opinions to assign, assigned ones to answer (by their deadline in working days);
 * for a worker, the answers to their proposals to rate.
 */
export const congressesTodo = todoSource('congresses', [
  overSubtree(
    'congresses.manage',
    [
      // the list filtered to the statuses waiting (those to assign: accepted and opinion, the filter to_assign)
      todoKind('examine', { zh: '待审查的提案', en: 'Proposals to examine' }, `${PROPOSALS}?status=filed`),
      todoKind('assign', { zh: '待交办的提案', en: 'Proposals to assign' }, `${PROPOSALS}?status=to_assign`),
      todoKind('answer', { zh: '待答复的提案', en: 'Proposals to answer' }, `${PROPOSALS}?status=assigned`),
    ],
    (sql, actor) => {
      const params: unknown[] = [];
      return todoCounts(
        sql,
        `select case when p.status = 'filed' then 'examine' when p.status = 'assigned' then 'answer'
                     else 'assign' end as kind,
                count(*) as n, min(p.filed_on) as oldest, min(p.due_on) as due
           from congress_proposals p join orgs o on o.id = p.org_id
          where p.status in ('filed', 'accepted', 'opinion', 'assigned') and ${subtreeCondition(actor, 'o.path', params)}
          group by 1`,
        params,
      );
    },
  ),
  ofWorker(
    [todoKind('rate', { zh: '待评价的提案答复', en: 'Proposal answers to rate' }, '/m/congresses')],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min(answered_on) as oldest, null as due from congress_proposals
          where person_id = $1 and status = 'answered' and rating is null`,
        [actor.personId],
      ),
  ),
]);
