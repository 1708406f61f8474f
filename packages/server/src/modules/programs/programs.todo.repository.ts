import { type Actor, can } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';
import { summariseReturnedToPerson, summariseWaitingReviews } from './applications/index.ts';

/**
 * What waits in programs (待办): applications at the actor's union's review step (the same count as the reviewer's
 * badge), and a worker's applications sent back to complete.
 */
export const programsTodo: TodoSource = {
  module: 'programs',
  async list(sql: Sql, actor: Actor): Promise<TodoGroup[]> {
    const out: TodoGroup[] = [];
    if (actor.orgId !== null && can(actor, 'applications.review')) {
      out.push(
        ...todoGroup(
          'review',
          { zh: '待审核的申请', en: 'Applications to review' },
          '/applications?mine=1',
          await summariseWaitingReviews(sql, actor.orgId),
        ),
      );
    }
    if (actor.personId !== null && can(actor, 'self.apply')) {
      out.push(
        ...todoGroup(
          'returned',
          { zh: '退回待补充的申请', en: 'Applications returned to complete' },
          '/m/programs',
          await summariseReturnedToPerson(sql, actor.personId),
        ),
      );
    }
    return out;
  },
};
