import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { MyVisitListSchema } from './care.schemas.ts';
import type { VisitConfirmService } from './visits.confirm.ts';

/** The worker's phone page: the visits to them, each confirmed once. */
export function meCareRoutes(app: App, { confirm }: { confirm: VisitConfirmService }): void {
  const on = routeMould(app, ['care']);
  on.get('/api/me/care/visits', {
    config: { permission: 'self.read' },
    summary: 'Visits to me (走访慰问), newest first',
    response: MyVisitListSchema,
    use: confirm.myVisits,
  });
  on.post('/api/me/care/visits/:id/confirm', {
    config: { permission: 'self.write', errors: [409] },
    summary: 'Confirm that I received the visit (once)',
    params: IdParams,
    response: Ok,
    use: confirm.confirmMine,
  });
}
