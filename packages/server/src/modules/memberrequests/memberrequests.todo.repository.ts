import { subtreeCondition } from '../../access/access.ts';
import { overSubtree, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

/** The queue of one kind, as its filter keeps it in the address: the card opens onto those rows only. */
const queue = (kind: 'correction' | 'transfer') => `/member-requests?kind=${kind}`;

/**
 * What waits in members' own requests (待办), for the unions of the actor's subtree: corrections to decide,
 * transfers to release (the union left) and transfers to admit (the union joined), as the queue shows them.
 */
export const memberRequestsTodo = todoSource('memberrequests', [
  overSubtree(
    'members.requests.review',
    [
      todoKind('correction', { zh: '待审核的信息更正', en: 'Corrections to decide' }, queue('correction')),
      todoKind('release', { zh: '待转出的转会申请', en: 'Transfers to release' }, queue('transfer')),
      todoKind('admit', { zh: '待接收的转会申请', en: 'Transfers to admit' }, queue('transfer')),
    ],
    (sql, actor) => {
      const params: unknown[] = [];
      const from = subtreeCondition(actor, 'f.path', params);
      const to = subtreeCondition(actor, 't.path', params);
      return todoCounts(
        sql,
        `select kind, count(*) as n, min(filed_on) as oldest, null as due from (
           select case when r.kind = 'correction' then 'correction'
                       when r.released_on is null and ${from} then 'release'
                       else 'admit' end as kind, r.filed_on
             from member_requests r join orgs f on f.id = r.from_org_id left join orgs t on t.id = r.to_org_id
            where r.status = 'pending'
              and ((r.kind = 'correction' and ${from})
                or (r.kind = 'transfer' and r.released_on is null and ${from})
                or (r.kind = 'transfer' and r.admitted_on is null and ${to}))
         ) x group by kind`,
        params,
      );
    },
  ),
]);
