import { type Actor, can, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { type TodoCount, type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';

/**
 * What waits in workers' congresses (职代会, 待办), for the congresses of the actor's subtree: proposals to examine
 * (立案), accepted proposals and opinions to assign, assigned ones to answer (by their deadline in working days);
 * for a worker, the answers to their proposals to rate.
 */
export const congressesTodo: TodoSource = {
  module: 'congresses',
  async list(sql: Sql, actor: Actor): Promise<TodoGroup[]> {
    const out: TodoGroup[] = [];
    if (actor.scopePath !== null && can(actor, 'congresses.manage')) {
      const params: unknown[] = [];
      const { rows } = await sql.query<TodoCount & { kind: string }>(
        `select case when p.status = 'filed' then 'examine' when p.status = 'assigned' then 'answer'
                     else 'assign' end as kind,
                count(*) as n, min(p.filed_on) as oldest, min(p.due_on) as due
           from congress_proposals p join orgs o on o.id = p.org_id
          where p.status in ('filed', 'accepted', 'opinion', 'assigned') and ${subtreeCondition(actor, 'o.path', params)}
          group by 1`,
        params,
      );
      const row = (k: string) => rows.find((r) => r.kind === k);
      const href = '/congresses/proposals';
      out.push(
        ...todoGroup('examine', { zh: '待审查的提案', en: 'Proposals to examine' }, href, row('examine')),
        ...todoGroup('assign', { zh: '待交办的提案', en: 'Proposals to assign' }, href, row('assign')),
        ...todoGroup('answer', { zh: '待答复的提案', en: 'Proposals to answer' }, href, row('answer')),
      );
    }
    if (actor.personId !== null && can(actor, 'self.apply')) {
      const { rows } = await sql.query<TodoCount>(
        `select count(*) as n, min(answered_on) as oldest, null as due from congress_proposals
          where person_id = $1 and status = 'answered' and rating is null`,
        [actor.personId],
      );
      out.push(
        ...todoGroup(
          'rate',
          { zh: '待评价的提案答复', en: 'Proposal answers to rate' },
          '/m/congresses',
          rows[0],
        ),
      );
    }
    return out;
  },
};
