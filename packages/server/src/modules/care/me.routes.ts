import { IdParams, Ok } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { MyVisitListSchema } from './care.schemas.ts';
import type { VisitConfirmService } from './visits.confirm.ts';

const tags = ['care'];

/** The worker's phone page: the visits to them, each confirmed once. */
export function meCareRoutes(app: App, { confirm }: { confirm: VisitConfirmService }): void {
  app.get(
    '/api/me/care/visits',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: 'Visits to me (走访慰问), newest first',
        response: { 200: MyVisitListSchema },
      },
    },
    async (req) => confirm.myVisits(actorOf(req)),
  );
  app.post(
    '/api/me/care/visits/:id/confirm',
    {
      config: { permission: 'self.write', errors: [409] },
      schema: {
        tags,
        summary: 'Confirm that I received the visit (once)',
        params: IdParams,
        response: { 200: Ok },
      },
    },
    async (req) => confirm.confirmMine(actorOf(req), req.params.id),
  );
}
