import { type Actor, can, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type TodoCount, type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';

/** What waits in onboarding (待办): join requests (入会申请) still pending at the unions of the actor's subtree. */
export const onboardingTodo: TodoSource = {
  module: 'onboarding',
  async list(sql: Sql, actor: Actor): Promise<TodoGroup[]> {
    if (actor.scopePath === null || !can(actor, 'members.join.review')) return [];
    const params: unknown[] = [];
    const { rows } = await sql.query<TodoCount>(
      `select count(*) as n, min((j.created_at at time zone 'Asia/Shanghai')::date) as oldest, null as due
         from join_requests j join orgs o on o.id = j.org_id
        where j.status = 'pending' and ${subtreeCondition(actor, 'o.path', params)}`,
      params,
    );
    return todoGroup(
      'join',
      { zh: '待处理的入会申请', en: 'Join requests to decide' },
      '/join-requests',
      rows[0],
    );
  },
};
