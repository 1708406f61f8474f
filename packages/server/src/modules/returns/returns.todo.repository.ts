import { atUnion, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';
import { listToFill } from './returns.repository.ts';

/**
 * What waits in returns (填报, 待办): the actor's union's own returns to fill (待我填报, the same list as the returns
 * page, by deadline) and the submissions of the unions below it to review (accept or send back).
 */
export const returnsTodo = todoSource('returns', [
  atUnion(
    'returns.fill',
    [todoKind('fill', { zh: '待填报的报表', en: 'Returns to fill' }, '/returns')],
    async (sql, actor) => {
      const toFill = await listToFill(sql, actor.orgId);
      return [{ n: toFill.total, oldest: null, due: toFill.items[0]?.deadline ?? null }];
    },
  ),
  atUnion(
    'returns.review',
    [todoKind('review', { zh: '待审核的报表', en: 'Returns to review' }, '/returns')],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min((s.submitted_at at time zone 'Asia/Shanghai')::date) as oldest,
                min(r.deadline) as due
           from return_submissions s join returns r on r.id = s.return_id
          where r.status = 'issued' and s.status = 'submitted'
            and (s.parent_id in (select id from return_submissions where org_id = $1)
              or (s.parent_id is null and r.org_id = $1))`,
        [actor.orgId],
      ),
  ),
]);
