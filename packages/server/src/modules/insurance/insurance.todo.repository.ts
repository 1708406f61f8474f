import { type Actor, can } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { addDays } from '../../shared/dates.ts';
import { type TodoCount, type TodoGroup, type TodoSource, todoGroup } from '../../shared/todo.ts';
import { OVERDUE_DAYS } from './insurance.shared.ts';

/**
 * What waits in insurance claims (待办): claims at the actor's union's step (forward, return or record the
 * insurer's decision; overdue 30 days after filing), and a worker's claims returned to complete.
 */
export const insuranceTodo: TodoSource = {
  module: 'insurance',
  async list(sql: Sql, actor: Actor): Promise<TodoGroup[]> {
    const out: TodoGroup[] = [];
    if (actor.orgId !== null && can(actor, 'insurance.write')) {
      const { rows } = await sql.query<TodoCount & { kind: string }>(
        `select 'review' as kind, count(*) as n, min(filed_on) as oldest, min(filed_on) as due
           from insurance_claims where step_org_id = $1 and status = 'filed'
         union all
         select 'decision', count(*), min(c.filed_on), min(c.filed_on)
           from insurance_claims c join insurance_policies p on p.id = c.policy_id
          where p.org_id = $1 and c.status = 'forwarded'`,
        [actor.orgId],
      );
      const row = (kind: string) => {
        const r = rows.find((x) => x.kind === kind);
        return r && { ...r, due: r.due && addDays(r.due, OVERDUE_DAYS) };
      };
      out.push(
        ...todoGroup(
          'review',
          { zh: '待审核的保险理赔', en: 'Claims to review' },
          '/insurance/claims',
          row('review'),
        ),
        ...todoGroup(
          'decision',
          { zh: '待登记保险公司结论的理赔', en: "Claims awaiting the insurer's decision" },
          '/insurance/claims?show=all',
          row('decision'),
        ),
      );
    }
    if (actor.personId !== null && can(actor, 'self.apply')) {
      const { rows } = await sql.query<TodoCount>(
        `select count(*) as n, min(filed_on) as oldest, null as due from insurance_claims
          where person_id = $1 and status = 'returned'`,
        [actor.personId],
      );
      out.push(
        ...todoGroup(
          'returned',
          { zh: '退回待补充的理赔', en: 'Claims returned to complete' },
          '/m/insurance',
          rows[0],
        ),
      );
    }
    return out;
  },
};
