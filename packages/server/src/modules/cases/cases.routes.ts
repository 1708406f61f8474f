import type { Db } from '../../db/db.ts';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { readAttachments } from './cases.attachments.ts';
import { casesCalendarRoutes } from './cases.calendar.routes.ts';
import { casesHandlingRoutes } from './cases.handling.routes.ts';
import { casesListRoutes } from './cases.list.routes.ts';
import {
  FileOwnBody,
  MyCaseDetail,
  MyCaseList,
  OfferedCategories,
  RateBody,
  ReopenBody,
  WorkerTextBody,
} from './cases.schemas.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
// The worker's routes, like the other phone pages: self.apply (the administrator holds it too, with no person).
const self = { permission: 'self.apply' } as const;

export function casesRoutes(
  app: App,
  { db, cases, testRoutes = false }: { db: Db; cases: CasesService; testRoutes?: boolean },
): void {
  meCasesRoutes(app, cases);
  casesListRoutes(app, { cases });
  casesCalendarRoutes(app, { cases });
  casesHandlingRoutes(app, { db, cases, testRoutes });
}

/** The worker's phone pages: file, list, read the timeline, add to it, rate, reopen. */
function meCasesRoutes(app: App, cases: CasesService): void {
  app.get(
    '/api/me/cases/categories',
    {
      config: self,
      schema: {
        tags,
        summary: 'The categories I may file a request under',
        response: { 200: OfferedCategories },
      },
    },
    async (req) => cases.admin.offered(actorOf(req)),
  );
  app.post(
    '/api/me/cases',
    {
      config: self,
      schema: {
        tags,
        summary: 'File a request with my grassroots union (optionally anonymous; attachments as base64)',
        body: FileOwnBody,
        response: { 200: MyCaseDetail },
      },
    },
    async (req) => {
      const { files, ...rest } = req.body;
      return cases.worker.file(actorOf(req), { ...rest, files: readAttachments(files) });
    },
  );
  app.get(
    '/api/me/cases',
    {
      config: self,
      schema: { tags, summary: 'My requests, anonymous ones included', response: { 200: MyCaseList } },
    },
    async (req) => cases.worker.list(actorOf(req)),
  );
  app.get(
    '/api/me/cases/:id',
    {
      config: self,
      schema: {
        tags,
        summary: 'My request and its timeline',
        params: IdParams,
        response: { 200: MyCaseDetail },
      },
    },
    async (req) => cases.worker.get(actorOf(req), req.params.id),
  );
  const mine = (
    url: string,
    summary: string,
    body: typeof WorkerTextBody | typeof RateBody | typeof ReopenBody,
    run: (actor: ReturnType<typeof actorOf>, id: number, body: never) => Promise<void>,
  ) =>
    app.post(
      url,
      { config: self, schema: { tags, summary, params: IdParams, body, response: { 200: MyCaseDetail } } },
      async (req) => {
        const actor = actorOf(req);
        const id = (req.params as { id: number }).id;
        await run(actor, id, req.body as never);
        return cases.worker.get(actor, id);
      },
    );
  mine('/api/me/cases/:id/reply', 'Add to my request', WorkerTextBody, (a, id, b: { text: string }) =>
    cases.worker.reply(a, id, b.text),
  );
  mine(
    '/api/me/cases/:id/rate',
    'Rate the answer 1–5 (once; closes an answered request)',
    RateBody,
    (a, id, b: { rating: number; comment?: string | null }) => cases.worker.rate(a, id, b),
  );
  mine(
    '/api/me/cases/:id/reopen',
    'Reopen my answered request once, before rating it',
    ReopenBody,
    (a, id, b: { reason: string }) => cases.worker.reopen(a, id, b.reason),
  );
}
