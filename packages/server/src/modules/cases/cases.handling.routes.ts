import { Type } from 'typebox';
import type { Db } from '../../db/db.ts';
import { attachmentFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import {
  AcceptBody,
  AssignBody,
  CaseDetail,
  EscalationRunBody,
  EscalationRunResult,
  FileParams,
  NoteBody,
  TextBody,
  TransferBody,
} from './cases.schemas.ts';
import type { CasesService } from './cases.service.ts';

const tags = ['cases'];
const read = { permission: 'cases.read' } as const;
const handle = { permission: 'cases.handle' } as const;

/** One request: read, its files, and the decisions on it (accept, assign, transfer, escalate, reply, close). */
export function casesHandlingRoutes(
  app: App,
  { db, cases, testRoutes = false }: { db: Db; cases: CasesService; testRoutes?: boolean },
): void {
  const on = routeMould(app, tags);
  on.get('/api/cases/:id', {
    config: read,
    summary: 'One request with its timeline (the worker is named to the handling chain only; audited)',
    params: IdParams,
    response: CaseDetail,
    use: cases.get,
  });
  on.file('/api/cases/:id/files/:fileId', {
    config: read,
    summary: 'A file attached to a request (audited)',
    params: FileParams,
    run: async (actor, { params }) => attachmentFile(await cases.file(actor, params.id, params.fileId)),
  });
  const decision = (
    url: string,
    summary: string,
    body: typeof NoteBody | typeof TextBody | typeof AssignBody | typeof TransferBody | typeof AcceptBody,
    run: (req: { params: { id: number }; body: unknown }, actor: ReturnType<typeof actorOf>) => Promise<void>,
  ) =>
    app.post(
      url,
      {
        config: handle,
        schema: {
          tags,
          summary,
          params: IdParams,
          body: body === AcceptBody ? Type.Optional(body) : body,
          response: { 200: CaseDetail },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        await run(req as { params: { id: number }; body: unknown }, actor);
        return cases.get(actor, (req.params as { id: number }).id);
      },
    );
  type Dated = { effectiveOn?: string };
  decision(
    '/api/cases/:id/accept',
    'Accept a request (on effectiveOn, default today)',
    AcceptBody,
    (req, a) => cases.accept(a, req.params.id, (req.body as Dated | undefined)?.effectiveOn),
  );
  decision(
    '/api/cases/:id/assign',
    'Assign a handler (a staff account of the handling union)',
    AssignBody,
    (req, a) => {
      const b = req.body as { userId: number } & Dated;
      return cases.assign(a, req.params.id, b.userId, b.effectiveOn);
    },
  );
  decision('/api/cases/:id/transfer', 'Transfer to another union of my subtree', TransferBody, (req, a) => {
    const b = req.body as { orgId: number; note?: string | null } & Dated;
    return cases.transfer(a, req.params.id, b.orgId, b.note, b.effectiveOn);
  });
  decision('/api/cases/:id/escalate', 'Escalate to the union above', NoteBody, (req, a) =>
    cases.escalate(
      a,
      req.params.id,
      (req.body as { note?: string | null }).note,
      (req.body as Dated).effectiveOn,
    ),
  );
  decision('/api/cases/:id/reply', 'Answer the worker (they see it)', TextBody, (req, a) =>
    cases.reply(a, req.params.id, (req.body as { text: string }).text, (req.body as Dated).effectiveOn),
  );
  decision('/api/cases/:id/close', 'Close a request', NoteBody, (req, a) =>
    cases.close(
      a,
      req.params.id,
      (req.body as { note?: string | null }).note,
      (req.body as Dated).effectiveOn,
    ),
  );
  if (testRoutes) {
    // Mounted only for the browser journeys (GONGHUI_TEST_ROUTES=1): the deadline sweep as if run at `now`.
    app.post(
      '/api/test/cases/escalate',
      {
        config: { permission: 'cases.calendar' },
        schema: {
          tags,
          summary: 'Test only: run the deadline sweep at a given time',
          body: EscalationRunBody,
          response: { 200: EscalationRunResult },
        },
      },
      async (req) => ({ escalated: await escalateOverdueCases(db, new Date(req.body.now)) }),
    );
  }
}
