import type { Static, TSchema } from 'typebox';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { attachmentFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readAttachments } from './cases.attachments.ts';
import { casesCalendarRoutes } from './cases.calendar.routes.ts';
import { casesHandlingRoutes } from './cases.handling.routes.ts';
import { casesListRoutes } from './cases.list.routes.ts';
import {
  FileOwnBody,
  FileParams,
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

/** The worker's phone pages: file, list, read the timeline and open the files sent, add to it, rate, reopen. */
function meCasesRoutes(app: App, cases: CasesService): void {
  const on = routeMould(app, tags);
  on.get('/api/me/cases/categories', {
    config: self,
    summary: 'The categories I may file a request under',
    response: OfferedCategories,
    run: (actor) => cases.admin.offered(actor),
  });
  on.post('/api/me/cases', {
    config: self,
    summary: 'File a request with my grassroots union (optionally anonymous; attachments as base64)',
    body: FileOwnBody,
    response: MyCaseDetail,
    run: async (actor, { body }) => {
      const { files, ...rest } = body;
      return cases.worker.file(actor, { ...rest, files: readAttachments(files) });
    },
  });
  on.get('/api/me/cases', {
    config: self,
    summary: 'My requests, anonymous ones included',
    response: MyCaseList,
    run: (actor) => cases.worker.list(actor),
  });
  on.get('/api/me/cases/:id', {
    config: self,
    summary: 'My request and its timeline',
    params: IdParams,
    response: MyCaseDetail,
    run: (actor, { params }) => cases.worker.get(actor, params.id),
  });
  on.file('/api/me/cases/:id/files/:fileId', {
    config: self,
    summary: 'A file I sent with my request (audited)',
    params: FileParams,
    run: async (actor, { params }) =>
      attachmentFile(await cases.worker.getFile(actor, params.id, params.fileId)),
  });
  const myCase = on.record('/api/me/cases/:id', { config: self, response: MyCaseDetail });
  /** A step on my request, answered by the request as it then stands. */
  const mine = <B extends TSchema>(
    step: string,
    summary: string,
    body: B,
    act: (actor: Actor, id: number, body: Static<B>) => Promise<void>,
  ) =>
    myCase.post(step, {
      summary,
      body,
      run: async (actor, { params, body: given }) => {
        await act(actor, params.id, given);
        return cases.worker.get(actor, params.id);
      },
    });
  mine('/reply', 'Add to my request', WorkerTextBody, (a, id, b) => cases.worker.reply(a, id, b.text));
  mine('/rate', 'Rate the answer 1–5 (once; closes an answered request)', RateBody, (a, id, b) =>
    cases.worker.rate(a, id, b),
  );
  mine('/reopen', 'Reopen my answered request once, before rating it', ReopenBody, (a, id, b) =>
    cases.worker.reopen(a, id, b.reason),
  );
}
