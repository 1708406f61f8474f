import type { FastifyReply } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Actor, Permission } from '../access/access.ts';
import { type App, actorOf } from './types.ts';
import { xlsxHeaders } from './upload.ts';

/** A statistics workbook as a service hands it out (the modules name its two parts either way). */
export type StatsWorkbook =
  | { file: Buffer; name: string }
  | { buffer: Buffer; fileName: string }
  | { file: Buffer; fileName: string };

/** Sends a workbook as the answer, named as the service names it. */
export function sendWorkbook(reply: FastifyReply, book: StatsWorkbook) {
  const name = 'name' in book ? book.name : book.fileName;
  return reply.headers(xlsxHeaders(name)).send('buffer' in book ? book.buffer : book.file);
}

/**
 * A register's list and its export (issue 46): `GET <path>` answers a page of the records the filters pick,
 * `GET <exportPath>` every one of them as .xlsx (audited by the service where the list holds personal data), both
 * behind `permission`. The export's query is the list's filters without the page.
 */
export function listRoutes<Q extends TSchema, X extends TSchema, R extends TSchema>(
  app: App,
  o: {
    path: string;
    exportPath: string;
    permission: Permission;
    tags: string[];
    summary: string;
    exportSummary: string;
    query: Q;
    exportQuery: X;
    result: R;
    list(actor: Actor, query: Static<Q>): Promise<Static<R>>;
    export(actor: Actor, query: Static<X>): Promise<StatsWorkbook>;
  },
): void {
  app.get(
    o.path,
    {
      config: { permission: o.permission },
      // Static<R> is checked at the call site; Fastify's reply type cannot follow a generic schema.
      schema: {
        tags: o.tags,
        summary: o.summary,
        querystring: o.query,
        response: { 200: o.result as TSchema },
      },
    },
    async (req) => o.list(actorOf(req), req.query as Static<Q>),
  );
  app.get(
    o.exportPath,
    {
      config: { permission: o.permission },
      schema: { tags: o.tags, summary: o.exportSummary, querystring: o.exportQuery },
    },
    async (req, reply) => sendWorkbook(reply, await o.export(actorOf(req), req.query as Static<X>)),
  );
}
