import type { FastifyReply } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Actor, Permission } from '../access/access.ts';
import { type App, actorOf } from './types.ts';
import { xlsxHeaders } from './upload.ts';

/** A workbook (.xlsx) as a service hands it out: a statistics page's, a list's or a register's export. */
export interface StatsWorkbook {
  buffer: Buffer;
  fileName: string;
}

/** Sends a workbook as the answer, named as the service names it. */
export function sendWorkbook(reply: FastifyReply, book: StatsWorkbook) {
  return reply.headers(xlsxHeaders(book.fileName)).send(book.buffer);
}

/** A list's .xlsx export: its summary, the list's filters without the page, behind the list's permission. */
export interface ListExport<X extends TSchema> {
  /** `<list's path>.xlsx` unless told. */
  path?: string;
  summary: string;
  query: X;
  run(actor: Actor, query: Static<X>): Promise<StatsWorkbook>;
}

/** A list as a register or a statistics page declares it: a page of what the query picks, and maybe its export. */
export interface ListDeclaration<Q extends TSchema, R extends TSchema, X extends TSchema> {
  path: string;
  permission: Permission;
  summary: string;
  query: Q;
  result: R;
  run(actor: Actor, query: Static<Q>): Promise<Static<R>>;
  export?: ListExport<X>;
}

/**
 * A list and its export (issue 46): `GET <path>` answers a page of the records the filters pick, `GET <path>.xlsx` (or
 * `export.path`) every one of them as .xlsx (audited by the service where the list holds personal data), both behind `permission`.
 * A register declares its list through `registerRouteGroup` (register-routes.ts), a statistics page through
 * `statisticsRoutes` (stats-routes.ts).
 */
export function listRoutes<Q extends TSchema, R extends TSchema, X extends TSchema>(
  app: App,
  tags: string[],
  o: ListDeclaration<Q, R, X>,
): void {
  app.get(
    o.path,
    {
      config: { permission: o.permission },
      // Static<R> is checked at the call site; Fastify's reply type cannot follow a generic schema.
      schema: { tags, summary: o.summary, querystring: o.query, response: { 200: o.result as TSchema } },
    },
    async (req) => o.run(actorOf(req), req.query as Static<Q>),
  );
  const x = o.export;
  if (!x) return;
  app.get(
    x.path ?? `${o.path}.xlsx`,
    {
      config: { permission: o.permission },
      schema: { tags, summary: x.summary, querystring: x.query },
    },
    async (req, reply) => sendWorkbook(reply, await x.run(actorOf(req), req.query as Static<X>)),
  );
}
