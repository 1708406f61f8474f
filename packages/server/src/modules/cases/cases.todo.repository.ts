import { type Actor, can } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type TodoCount, type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';

/**
 * What waits in requests (诉求, 待办): at the actor's union, requests to accept (by the acknowledgement deadline)
 * and to answer (by the answer deadline), both in working days as filed; for a worker, answers to rate.
 */
export const casesTodo: TodoSource = {
  module: 'cases',
  async list(sql: Sql, actor: Actor): Promise<TodoGroup[]> {
    const out: TodoGroup[] = [];
    if (actor.orgId !== null && can(actor, 'cases.handle')) {
      const { rows } = await sql.query<TodoCount & { status: string }>(
        `select status, count(*) as n, min(filed_on) as oldest,
                min(case when status = 'submitted' then ack_due else answer_due end) as due
           from cases where org_id = $1 and status in ('submitted', 'accepted') group by status`,
        [actor.orgId],
      );
      const row = (s: string) => rows.find((r) => r.status === s);
      out.push(
        ...todoGroup(
          'accept',
          { zh: '待受理的诉求', en: 'Requests to accept' },
          '/cases?status=submitted',
          row('submitted'),
        ),
        ...todoGroup(
          'answer',
          { zh: '待答复的诉求', en: 'Requests to answer' },
          '/cases?status=accepted',
          row('accepted'),
        ),
      );
    }
    if (actor.personId !== null && can(actor, 'self.apply')) {
      const { rows } = await sql.query<TodoCount>(
        `select count(*) as n, min(answered_on) as oldest, null as due from cases
          where person_id = $1 and status = 'answered' and rating is null`,
        [actor.personId],
      );
      out.push(...todoGroup('rate', { zh: '待评价的答复', en: 'Answers to rate' }, '/m/cases', rows[0]));
    }
    return out;
  },
};
