import { addDays } from '../../shared/dates.ts';
import { atUnion, ofWorker, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';
import { OVERDUE_DAYS } from './insurance.shared.ts';

/**
 * What waits in insurance claims (待办): claims at the actor's union's step (forward, return or record the
 * insurer's decision; overdue 30 days after filing), and a worker's claims returned to complete.
 */
export const insuranceTodo = todoSource('insurance', [
  atUnion(
    'insurance.write',
    [
      todoKind('review', { zh: '待审核的保险理赔', en: 'Claims to review' }, '/insurance/claims'),
      todoKind(
        'decision',
        { zh: '待登记保险公司结论的理赔', en: "Claims awaiting the insurer's decision" },
        '/insurance/claims?show=decision',
      ),
    ],
    async (sql, actor) => {
      const rows = await todoCounts(
        sql,
        `select 'review' as kind, count(*) as n, min(filed_on) as oldest, min(filed_on) as due
           from insurance_claims where step_org_id = $1 and status = 'filed'
         union all
         select 'decision', count(*), min(c.filed_on), min(c.filed_on)
           from insurance_claims c join insurance_policies p on p.id = c.policy_id
          where p.org_id = $1 and c.status = 'forwarded'`,
        [actor.orgId],
      );
      return rows.map((r) => ({ ...r, due: r.due && addDays(r.due, OVERDUE_DAYS) }));
    },
  ),
  ofWorker(
    // a returned claim is never reviewed again (ADR 62): what is left to do is to file the accident anew, done
    // once a later claim of the same policy and accident day is filed
    [
      todoKind(
        'returned',
        { zh: '被退回待重新报案的理赔', en: 'Returned claims to file again' },
        '/m/insurance',
      ),
    ],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min(filed_on) as oldest, null as due from insurance_claims c
          where person_id = $1 and status = 'returned'
            and not exists (select 1 from insurance_claims a
                             where a.person_id = c.person_id and a.policy_id = c.policy_id
                               and a.incident_on = c.incident_on and a.id > c.id)`,
        [actor.personId],
      ),
  ),
]);
