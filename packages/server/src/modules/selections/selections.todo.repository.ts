import { asRole, atUnion, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';

/**
 * What waits in selections (评选, 待办): for a judge, the nominations of the panels they sit on still to score
 * (judging); for the organiser's staff, objections lodged during the notice still to decide (by the notice's end).
 */
export const selectionsTodo = todoSource('selections', [
  asRole(
    'judge',
    'selections.judge',
    [todoKind('score', { zh: '待评分的推荐', en: 'Nominations to score' }, '/judging')],
    (sql, actor) =>
      todoCounts(
        sql,
        `select count(*) as n, min(s.nominate_until) as oldest, null as due
           from selection_judges j join selections s on s.id = j.selection_id
           join selection_nominations n on n.selection_id = s.id and n.status = 'nominated'
          where j.user_id = $1 and s.status = 'judging'
            and not exists (select 1 from selection_scores x where x.nomination_id = n.id and x.judge_id = j.id)`,
        [actor.userId],
      ),
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
