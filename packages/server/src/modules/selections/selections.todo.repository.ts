import { asRole, atUnion, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';
import { summariseToScore } from './judging.repository.ts';

/**
 * What waits in selections (评选, 待办): for a judge, the nominations of the panels they sit on still to score
 * (judging), counted as their panel list counts them (never a nominee they are recused from); for the organiser's
 * staff, objections lodged during the notice still to decide (by the notice's end).
 */
export const selectionsTodo = todoSource('selections', [
  asRole(
    'judge',
    'selections.judge',
    [todoKind('score', { zh: '待评分的推荐', en: 'Nominations to score' }, '/judging')],
    (sql, actor) => summariseToScore(sql, actor.userId),
  ),
  atUnion(
    'selections.manage',
    [todoKind('objection', { zh: '待处理的公示异议', en: 'Objections to decide' }, '/selections')],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min((o.created_at at time zone 'Asia/Shanghai')::date) as oldest,
                min(s.notice_until) as due
           from selection_objections o join selections s on s.id = o.selection_id
          where s.organiser_org_id = $1 and o.status = 'open'`,
        [actor.orgId],
      ),
  ),
]);
