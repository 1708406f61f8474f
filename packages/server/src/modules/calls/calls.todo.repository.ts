import { type Actor, can, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type TodoCount, type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';

/**
 * What waits in calls for works (作品征集, 待办): works sent by members of the actor's subtree still to pass or return
 * (by the call's closing day); for a worker, works returned to fix and send again while the call is open.
 */
export const callsTodo: TodoSource = {
  module: 'calls',
  async list(sql: Sql, actor: Actor, today: string): Promise<TodoGroup[]> {
    const out: TodoGroup[] = [];
    if (actor.scopePath !== null && can(actor, 'calls.review')) {
      const params: unknown[] = [];
      const { rows } = await sql.query<TodoCount>(
        `select count(*) as n, min(w.submitted_on) as oldest, min(c.closes_on) as due
           from call_works w join calls c on c.id = w.call_id join orgs o on o.id = w.org_id
          where w.status = 'submitted' and ${subtreeCondition(actor, 'o.path', params)}`,
        params,
      );
      out.push(
        ...todoGroup(
          'review',
          { zh: '待审核的征集作品', en: 'Works to review' },
          '/activities/calls',
          rows[0],
        ),
      );
    }
    if (actor.personId !== null && can(actor, 'self.apply')) {
      const { rows } = await sql.query<TodoCount>(
        `select count(*) as n, min(w.reviewed_on) as oldest, min(c.closes_on) as due
           from call_works w join calls c on c.id = w.call_id
          where w.person_id = $1 and w.status = 'returned' and c.closes_on >= $2::date`,
        [actor.personId, today],
      );
      out.push(
        ...todoGroup(
          'returned',
          { zh: '退回待修改的作品', en: 'Works returned to fix' },
          '/m/calls',
          rows[0],
        ),
      );
    }
    return out;
  },
};
