import { atUnion, ofWorker, todoKind, todoSource } from '../../shared/todo.ts';
import { summariseReturnedToPerson, summariseWaitingReviews } from './applications/index.ts';

/**
 * What waits in programs (待办): applications at the actor's union's review step (the same count as the reviewer's
 * badge), and a worker's applications sent back to complete.
 */
export const programsTodo = todoSource('programs', [
  atUnion(
    'applications.review',
    [todoKind('review', { zh: '待审核的申请', en: 'Applications to review' }, '/applications?mine=1')],
    async (sql, actor) => [await summariseWaitingReviews(sql, actor.orgId)],
  ),
  ofWorker(
    [
      todoKind(
        'returned',
        { zh: '退回待补充的申请', en: 'Applications returned to complete' },
        '/m/programs',
      ),
    ],
    async (sql, actor) => [await summariseReturnedToPerson(sql, actor.personId)],
  ),
]);
