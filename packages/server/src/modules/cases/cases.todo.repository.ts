import { atUnion, ofWorker, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

/**
 * What waits in requests (诉求, 待办): at the actor's union, requests to accept (by the acknowledgement deadline)
 * and to answer (by the answer deadline), both in working days as filed — each card opening the list kept to the
 * union's own requests (mine=1), not its subtree's; for a worker, answers to rate.
 */
export const casesTodo = todoSource('cases', [
  atUnion(
    'cases.handle',
    [
      todoKind('accept', { zh: '待受理的诉求', en: 'Requests to accept' }, '/cases?status=submitted&mine=1'),
      todoKind('answer', { zh: '待答复的诉求', en: 'Requests to answer' }, '/cases?status=accepted&mine=1'),
    ],
    (sql, actor) =>
      todoCounts(
        sql,
        `select case when status = 'submitted' then 'accept' else 'answer' end as kind, count(*) as n,
                min(filed_on) as oldest,
                min(case when status = 'submitted' then ack_due else answer_due end) as due
           from cases where org_id = $1 and status in ('submitted', 'accepted') group by status`,
        [actor.orgId],
      ),
  ),
  ofWorker([todoKind('rate', { zh: '待评价的答复', en: 'Answers to rate' }, '/m/cases')], (sql, actor) =>
    todoCounts(
      sql,
      `select count(*) as n, min(answered_on) as oldest, null as due from cases
        where person_id = $1 and status = 'answered' and rating is null`,
      [actor.personId],
    ),
  ),
]);
