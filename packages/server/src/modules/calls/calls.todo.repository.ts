import { subtreeCondition } from '../../access/access.ts';
import { ofWorker, overSubtree, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';
import { AWAITING_REVIEW } from './calls.repository.ts';

/**
 * What waits in calls for works (作品征集, 待办): the calls holding works sent by members of the actor's subtree
 * still to pass or return (by the call's closing day); for a worker, works returned to fix and send again while
 * the call is open.
 */
export const callsTodo = todoSource('calls', [
  overSubtree(
    'calls.review',
    [
      todoKind(
        'review',
        { zh: '有待审核作品的征集', en: 'Calls with works to review' },
        '/activities/calls?awaiting=1',
      ),
    ],
    // the calls the list shows under ?awaiting=1: each holds works of the subtree still to review
    (sql, actor) => {
      const params: unknown[] = [];
      return todoCounts(
        sql,
        `select count(distinct w.call_id) as n, min(w.submitted_on) as oldest, min(c.closes_on) as due
           from call_works w join calls c on c.id = w.call_id join orgs o on o.id = w.org_id
          where ${AWAITING_REVIEW} and ${subtreeCondition(actor, 'o.path', params)}`,
        params,
      );
    },
  ),
  ofWorker(
    [todoKind('returned', { zh: '退回待修改的作品', en: 'Works returned to fix' }, '/m/calls')],
    (sql, actor, today) =>
      todoCounts(
        sql,
        `select count(*) as n, min(w.reviewed_on) as oldest, min(c.closes_on) as due
           from call_works w join calls c on c.id = w.call_id
          where w.person_id = $1 and w.status = 'returned' and c.closes_on >= $2::date`,
        [actor.personId, today],
      ),
  ),
]);
