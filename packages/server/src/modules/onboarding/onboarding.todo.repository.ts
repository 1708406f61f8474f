import { subtreeCondition } from '../../access/access.ts';
import { overSubtree, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

/** What waits in onboarding (待办): join requests (入会申请) still pending at the unions of the actor's subtree. */
export const onboardingTodo = todoSource('onboarding', [
  overSubtree(
    'members.join.review',
    [todoKind('join', { zh: '待处理的入会申请', en: 'Join requests to decide' }, '/join-requests')],
    (sql, actor) => {
      const params: unknown[] = [];
      return todoCounts(
        sql,
        `select count(*) as n, min((j.created_at at time zone 'Asia/Shanghai')::date) as oldest, null as due
           from join_requests j join orgs o on o.id = j.org_id
          where j.status = 'pending' and ${subtreeCondition(actor, 'o.path', params)}`,
        params,
      );
    },
  ),
]);
