import type { FastifyContextConfig, FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Actor } from '../access/access.ts';
import { type StatsWorkbook, sendWorkbook } from './list-routes.ts';
import { type App, actorOf, noBodyIsEmpty } from './types.ts';

/** What the use case gets: the request's parts as the schemas type them, and the request (to read an upload). */
export interface RouteInput<P extends TSchema, Q extends TSchema, B extends TSchema> {
  params: Static<P>;
  query: Static<Q>;
  body: Static<B>;
  req: FastifyRequest;
}

/** What a route declares: its permission (and errors, upload form), its summary, its schemas, and the call. */
export interface RouteSpec<P extends TSchema, Q extends TSchema, B extends TSchema, A> {
  config: FastifyContextConfig;
  summary: string;
  /** What the summary leaves out (refusals, limits), for the API document. */
  description?: string;
  params?: P;
  querystring?: Q;
  body?: B;
  /** A decision whose body holds only its optional day (ADR 40): a request sent with no body reads as `{}`. */
  dated?: boolean;
  run: (actor: Actor, input: RouteInput<P, Q, B>) => Promise<A>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A file a route sends as the service hands it over: its bytes and the headers that name it (type, disposition, caching). */
export interface SentFile {
  headers: Record<string, string>;
  data: Buffer | Uint8Array;
}

/**
 * A module's routes declared in a few lines each (issue 46): a route that reads a record, decides on it (with its
 * day), takes an upload or sends a workbook is the same dozen lines of declaration around one call of the service;
 * the mould writes them once. `run` gets the signed-in actor and the request's parts typed by the schemas; its
 * answer is checked against `response` here (Fastify's reply type cannot follow a generic schema) and serialised
 * by it. The route table, the checks over it and the API document see the same routes as if written out.
 */
export function routeMould(app: App, tags: string[]) {
  const declare = (
    method: Method,
    url: string,
    spec: RouteSpec<TSchema, TSchema, TSchema, unknown>,
    response: TSchema | undefined,
    send?: (reply: FastifyReply, answer: unknown) => unknown,
  ) => {
    const { config, summary, description, params, querystring, body, dated, run } = spec;
    app.route({
      method,
      url,
      ...(dated ? { preValidation: noBodyIsEmpty } : {}),
      config,
      schema: {
        tags,
        summary,
        ...(description ? { description } : {}),
        ...(params ? { params } : {}),
        ...(querystring ? { querystring } : {}),
        ...(body ? { body } : {}),
        ...(response ? { response: { 200: response } } : {}),
      },
      handler: async (req, reply) => {
        const answer = await run(actorOf(req), {
          params: req.params,
          query: req.query,
          body: req.body,
          req,
        } as RouteInput<TSchema, TSchema, TSchema>);
        return send ? send(reply, answer) : answer;
      },
    });
  };
  const answering =
    (method: Method) =>
    <P extends TSchema, Q extends TSchema, B extends TSchema, R extends TSchema>(
      url: string,
      spec: RouteSpec<P, Q, B, Static<R>> & { response: R },
    ) =>
      declare(method, url, spec as unknown as RouteSpec<TSchema, TSchema, TSchema, unknown>, spec.response);
  return {
    get: answering('GET'),
    post: answering('POST'),
    put: answering('PUT'),
    patch: answering('PATCH'),
    delete: answering('DELETE'),
    /** A `GET` answering a workbook (.xlsx) the service makes, named as the service names it. */
    workbook: <P extends TSchema, Q extends TSchema>(
      url: string,
      spec: RouteSpec<P, Q, TSchema, StatsWorkbook>,
    ) =>
      declare(
        'GET',
        url,
        spec as unknown as RouteSpec<TSchema, TSchema, TSchema, unknown>,
        undefined,
        (reply, book) => sendWorkbook(reply, book as StatsWorkbook),
      ),
    /** A `GET` answering a file the service keeps (a photo, an evidence file), with the headers `run` gives it. */
    file: <P extends TSchema, Q extends TSchema>(url: string, spec: RouteSpec<P, Q, TSchema, SentFile>) =>
      declare(
        'GET',
        url,
        spec as unknown as RouteSpec<TSchema, TSchema, TSchema, unknown>,
        undefined,
        (reply, file) => reply.headers((file as SentFile).headers).send((file as SentFile).data),
      ),
  };
}
