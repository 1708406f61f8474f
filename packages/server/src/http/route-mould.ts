import type { FastifyContextConfig, FastifyReply, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Actor } from '../access/access.ts';
import { type StatsWorkbook, sendWorkbook } from './list-routes.ts';
import { IdParams } from './schema.ts';
import { type App, actorOf, noBodyIsEmpty } from './types.ts';
import { xlsxHeaders } from './upload.ts';

/** What the use case gets: the request's parts as the schemas type them, and the request (to read an upload). */
export interface RouteInput<P extends TSchema, Q extends TSchema, B extends TSchema> {
  params: Static<P>;
  query: Static<Q>;
  body: Static<B>;
  req: FastifyRequest;
}

/** A schema a route leaves out (the default of its params, query and body where it declares none). */
declare const undeclared: unique symbol;
type Undeclared = TSchema & { [undeclared]: true };

/**
 * What a route's use case gets after the actor, derived from what the route declares: the record's id (where it
 * declares params), the query and the body, each where declared, in that order.
 */
export type UseArgs<P extends TSchema, Q extends TSchema, B extends TSchema> = [
  ...([P] extends [Undeclared] ? [] : [id: Static<P> extends { id: infer I } ? I : never]),
  ...([Q] extends [Undeclared] ? [] : [query: Static<Q>]),
  ...([B] extends [Undeclared] ? [] : [body: Static<B>]),
];

/** What a route declares besides its call: its permission (and errors, upload form), its summary, its schemas. */
export interface RouteParts<P extends TSchema, Q extends TSchema, B extends TSchema> {
  config: FastifyContextConfig;
  summary: string;
  /** What the summary leaves out (refusals, limits), for the API document. */
  description?: string;
  params?: P;
  querystring?: Q;
  body?: B;
  /**
   * A body whose every field may be left out (a decision's day, ADR 40; a draw's seed): a request sent with no body
   * reads as `{}`.
   */
  dated?: boolean;
  /**
   * The body comes as JSON (`body`) or as the multipart form of `config.upload`: only JSON is checked against `body`
   * (which may then be absent); `run` reads a form from the request.
   */
  jsonOrMultipart?: boolean;
  /** The largest body it takes, in bytes, where larger than the server's (attachments sent as base64 in JSON). */
  bodyLimit?: number;
}

/** A route's `run`: the actor and the request's parts as the schemas type them, to the answer. */
export type RouteRun<P extends TSchema, Q extends TSchema, B extends TSchema, A> = (
  actor: Actor,
  input: RouteInput<P, Q, B>,
) => Promise<A>;

/**
 * A route's call: `run` with the actor and the request's parts, or `use`, a service's use case (a closure, reading no
 * `this`) that takes the actor and then what the route declares (`UseArgs`: the record's id, the query, the body).
 */
export type RouteCall<P extends TSchema, Q extends TSchema, B extends TSchema, A> =
  | { run: RouteRun<P, Q, B, A>; use?: never }
  | { use: (actor: Actor, ...args: UseArgs<P, Q, B>) => Promise<A>; run?: never };

/** What a route declares: its permission (and errors, upload form), its summary, its schemas, and the call. */
export type RouteSpec<P extends TSchema, Q extends TSchema, B extends TSchema, A> = RouteParts<P, Q, B> &
  RouteCall<P, Q, B, A>;

/** A public route (no session needed): its config says so, and `run` gets the request's parts but no actor. */
export interface OpenRouteSpec<P extends TSchema, Q extends TSchema, B extends TSchema, A>
  extends Omit<RouteParts<P, Q, B>, 'config'> {
  config: FastifyContextConfig & { public: true };
  run: (input: RouteInput<P, Q, B>) => Promise<A>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A file a route sends as the service hands it over: its bytes and the headers that name it (type, disposition, caching). */
export interface SentFile {
  headers: Record<string, string>;
  data: Buffer | Uint8Array;
}

/**
 * A file shown in the page (a photo, an attachment, a lesson's video, a printed PDF), named in UTF-8; never cached
 * unless `cache` says otherwise (`null`: no cache-control header, as the printed certificates answer).
 */
export function inlineFile(
  f: { name: string; mime: string; data: Buffer | Uint8Array },
  cache: string | null = 'private, no-store',
): SentFile {
  return {
    headers: {
      'content-type': f.mime,
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(f.name)}`,
      ...(cache === null ? {} : { 'cache-control': cache }),
    },
    data: f.data,
  };
}

/** A file to save (an evidence file, an agreement's text, a request's attachment), named in ASCII for old browsers and in UTF-8. */
export function attachmentFile(f: { name: string; mime: string; data: Buffer | Uint8Array }): SentFile {
  const ascii = f.name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return {
    headers: {
      'content-type': f.mime,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
    },
    data: f.data,
  };
}

/** A workbook to save (a template, the rows a job refused, a payment batch), named in ASCII and in UTF-8. */
export function xlsxFile(name: string, data: Buffer | Uint8Array): SentFile {
  return { headers: xlsxHeaders(name), data };
}

type Input = RouteInput<TSchema, TSchema, TSchema>;
type Loose = RouteParts<TSchema, TSchema, TSchema> & {
  run?: (actor: Actor, input: Input) => Promise<unknown>;
  use?: (actor: Actor, ...args: never[]) => Promise<unknown>;
};
/** How a route's `run` is called from its request: with the signed-in actor, or (a public route) without one. */
type Call = (req: FastifyRequest, input: Input) => Promise<unknown>;
const signedIn =
  (spec: object): Call =>
  (req, input) => {
    const { run, use, params, querystring, body } = spec as Loose;
    if (run) return run(actorOf(req), input);
    const args = [
      ...(params ? [(input.params as { id: unknown }).id] : []),
      ...(querystring ? [input.query] : []),
      ...(body ? [input.body] : []),
    ];
    return (use as (actor: Actor, ...args: unknown[]) => Promise<unknown>)(actorOf(req), ...args);
  };
const anyone =
  (spec: object): Call =>
  (_req, input) =>
    (spec as OpenRouteSpec<TSchema, TSchema, TSchema, unknown>).run(input);

/**
 * A module's routes declared in a few lines each (issue 46): a route that reads a record, decides on it (with its
 * day), takes an upload or sends a workbook is the same dozen lines of declaration around one call of the service;
 * the mould writes them once. `run` gets the signed-in actor and the request's parts typed by the schemas; a route
 * that only hands them on names the service's use case as `use` instead, and the mould calls it with the actor, the
 * record's id, the query and the body, each where the route declares one (`UseArgs`). The answer is checked
 * against `response` here (Fastify's reply type cannot follow a generic schema) and serialised by it. The route
 * table, the checks over it and the API document see the same routes as if written out.
 * `on.open` declares public routes the same way; their `run` gets no actor.
 */
export function routeMould(app: App, tags: string[]) {
  const declare = (
    method: Method,
    url: string,
    spec: RouteParts<TSchema, TSchema, TSchema>,
    call: Call,
    response: TSchema | undefined,
    send?: (reply: FastifyReply, answer: unknown) => unknown,
  ) => {
    const { config, summary, description, params, querystring, body, dated, bodyLimit, jsonOrMultipart } =
      spec;
    app.route({
      method,
      url,
      ...(bodyLimit ? { bodyLimit } : {}),
      ...(dated ? { preValidation: noBodyIsEmpty } : {}),
      config,
      schema: {
        tags,
        summary,
        ...(description ? { description } : {}),
        ...(params ? { params } : {}),
        ...(querystring ? { querystring } : {}),
        ...(body && jsonOrMultipart
          ? {
              consumes: ['multipart/form-data', 'application/json'],
              body: { content: { 'application/json': { schema: body } } },
            }
          : body
            ? { body }
            : {}),
        ...(response ? { response: { 200: response } } : {}),
      },
      handler: async (req, reply) => {
        const input = { params: req.params, query: req.query, body: req.body, req } as Input;
        const answer = await call(req, input);
        return send ? send(reply, answer) : answer;
      },
    });
  };
  const answering =
    (method: Method) =>
    <
      R extends TSchema,
      P extends TSchema = Undeclared,
      Q extends TSchema = Undeclared,
      B extends TSchema = Undeclared,
    >(
      url: string,
      spec: RouteSpec<P, Q, B, Static<R>> & { response: R },
    ) =>
      declare(method, url, spec, signedIn(spec), spec.response);
  const answeringAnyone =
    (method: Method) =>
    <P extends TSchema, Q extends TSchema, B extends TSchema, R extends TSchema>(
      url: string,
      spec: OpenRouteSpec<P, Q, B, Static<R>> & { response: R },
    ) =>
      declare(method, url, spec, anyone(spec), spec.response);
  /** A route on one record: what its routes share said once, each route's own parts (and any override) beside. */
  type OnRecord<P extends TSchema, R extends TSchema> = <
    S extends TSchema = R,
    Q extends TSchema = Undeclared,
    B extends TSchema = Undeclared,
  >(
    step: string,
    spec: Omit<RouteParts<P, Q, B>, 'config'> &
      RouteCall<P, Q, B, Static<S>> & { config?: FastifyContextConfig; response?: S },
  ) => void;
  const onRecord =
    <P extends TSchema, R extends TSchema>(
      method: Method,
      base: string,
      shared: { config: FastifyContextConfig; params?: P; response: R },
    ): OnRecord<P, R> =>
    (step, spec) => {
      const full = { params: IdParams, ...shared, ...spec } as Loose & { response: TSchema };
      declare(method, `${base}${step}`, full, signedIn(full), full.response);
    };
  const sendWorkbookOf = (reply: FastifyReply, book: unknown) => sendWorkbook(reply, book as StatsWorkbook);
  const sendFile = (reply: FastifyReply, file: unknown) =>
    reply.headers((file as SentFile).headers).send((file as SentFile).data);
  return {
    get: answering('GET'),
    post: answering('POST'),
    put: answering('PUT'),
    patch: answering('PATCH'),
    delete: answering('DELETE'),
    /** A `GET` answering a workbook (.xlsx) the service makes, named as the service names it. */
    workbook: <P extends TSchema = Undeclared, Q extends TSchema = Undeclared>(
      url: string,
      spec: RouteSpec<P, Q, Undeclared, StatsWorkbook>,
    ) => declare('GET', url, spec, signedIn(spec), undefined, sendWorkbookOf),
    /** A `GET` answering a file the service keeps (a photo, an evidence file), with the headers `run` gives it. */
    file: <P extends TSchema = Undeclared, Q extends TSchema = Undeclared>(
      url: string,
      spec: RouteSpec<P, Q, Undeclared, SentFile>,
    ) => declare('GET', url, spec, signedIn(spec), undefined, sendFile),
    /**
     * A record's routes (issue 46): the decisions on it and what hangs below it (`<base>/complete`,
     * `<base>/milestones`) mostly share a permission, the record's params (`IdParams` unless given) and the answer
     * (the record again). `base` (`/api/pledges/:id`) and those are said once; each route gives its step, summary,
     * body and `run`, and may give its own `config` or `response`. The routes are those `on.post(base + step, …)`
     * would declare, in the order they are declared.
     */
    record: <R extends TSchema, P extends TSchema = typeof IdParams>(
      base: string,
      shared: { config: FastifyContextConfig; params?: P; response: R },
    ) => ({
      get: onRecord<P, R>('GET', base, shared),
      post: onRecord<P, R>('POST', base, shared),
      put: onRecord<P, R>('PUT', base, shared),
      patch: onRecord<P, R>('PATCH', base, shared),
      delete: onRecord<P, R>('DELETE', base, shared),
    }),
    /** Public routes (`config.public`, ADR 88): declared the same way, but `run` gets no actor. */
    open: {
      get: answeringAnyone('GET'),
      post: answeringAnyone('POST'),
      /** A public `GET` answering a file (a published picture), with the headers `run` gives it. */
      file: <P extends TSchema, Q extends TSchema>(
        url: string,
        spec: OpenRouteSpec<P, Q, TSchema, SentFile>,
      ) => declare('GET', url, spec, anyone(spec), undefined, sendFile),
    },
  };
}
