import { subtreeCondition } from '../../access/access.ts';
import { ofWorker, overSubtree, todoCounts, todoKind, todoSource } from '../../shared/todo.ts';
import { QUOTA_TO_FILL } from './wellness.programs.repository.ts';

/**
 * What waits in recuperation and check-ups (疗休养, 待办): places allocated to the unions of the actor's subtree in
 * batches still open that are not yet filled with nominees (by the batch's closing day); for a worker, the
 * batches they are nominated to that have not started (the first one's start as the day it takes place).
 */
export const wellnessTodo = todoSource('wellness', [
  overSubtree(
    'wellness.nominate',
    // the wellness page showing these quotas, each with its places still to nominate
    [todoKind('nominate', { zh: '待推荐的疗休养名额', en: 'Places to nominate' }, '/wellness?show=places')],
    (sql, actor, today) => {
      const params: unknown[] = [today];
      return todoCounts(
        sql,
        `select coalesce(sum(a.quota - a.used), 0) as n, null as oldest, min(b.closes_on) as due
           from wellness_allocations a join wellness_batches b on b.id = a.batch_id join orgs o on o.id = a.org_id
          where ${QUOTA_TO_FILL} and ${subtreeCondition(actor, 'o.path', params)}`,
        params,
      );
    },
  ),
  ofWorker(
    [todoKind('trip', { zh: '我的疗休养安排', en: 'My recuperation trips' }, '/m/wellness', 'appointment')],
    (sql, actor, today) =>
      todoCounts(
        sql,
        `select count(*) as n, min(n.nominated_on) as oldest, min(b.starts_on) as due
           from wellness_nominations n join wellness_batches b on b.id = n.batch_id
          where n.person_id = $1 and n.status = 'nominated' and b.starts_on >= $2::date`,
        [actor.personId, today],
      ),
  ),
]);
