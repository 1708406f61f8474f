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
 * The two routes of a statistics page (issue 46): `GET <path>` answers the figures for a query (a year, a range of
 * days, a union's subtree) and `GET <path>.xlsx` the same figures as a workbook, both behind `permission`. The
 * service computes both from the reporting layer (ADR 9); this declares the routes once for every module.
 */
export function statisticsRoutes<Q extends TSchema, R extends TSchema>(
  app: App,
  o: {
    path: string;
    permission: Permission;
    tags: string[];
    /** What the figures are, for the API document. */
    summary: string;
    /** What the workbook holds ("The same statistics as .xlsx"). */
    xlsxSummary: string;
    query: Q;
    result: R;
    stats(actor: Actor, query: Static<Q>): Promise<Static<R>>;
    xlsx(actor: Actor, query: Static<Q>): Promise<StatsWorkbook>;
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
    async (req) => o.stats(actorOf(req), req.query as Static<Q>),
  );
  app.get(
    `${o.path}.xlsx`,
    {
      config: { permission: o.permission },
      schema: { tags: o.tags, summary: o.xlsxSummary, querystring: o.query },
    },
    async (req, reply) => sendWorkbook(reply, await o.xlsx(actorOf(req), req.query as Static<Q>)),
  );
}
