import type { FastifySchema, RouteOptions } from 'fastify';
import { ErrorBody } from './schema.ts';

/** What the OpenAPI document needs to know of a route beyond its own schema. */
export interface RouteFacts {
  method: string;
  url: string;
  public: boolean;
  hasParams: boolean;
  hasQuery: boolean;
  hasBody: boolean;
  /** The multipart form of an upload route. */
  upload: unknown;
  /** Statuses the route answers beyond those of its kind (config.errors). */
  extra: number[];
}

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (validation, malformed JSON or upload, a rule of the service)',
  401: 'Not signed in, or wrong credentials',
  403: 'Not allowed: permission, scope, or a request from another site',
  404: 'No such object (or not yours to see)',
  409: 'Conflicts with the current state',
  413: 'Request body, upload or spreadsheet too large',
  415: 'Unsupported content type (JSON routes take application/json)',
  429: 'Too many attempts; wait and try again',
};

/**
 * Every error status a route can answer, by its kind: input of any sort can be invalid; a route behind a
 * permission can be refused for a missing session, permission or scope, or find nothing; a write can also
 * be cross-site, conflict, be too large or of the wrong content type.
 */
export function errorStatuses(r: RouteFacts): number[] {
  const out = new Set<number>(r.extra);
  const write = WRITE.has(r.method);
  if (write || r.hasParams || r.hasQuery || r.hasBody) out.add(400);
  if (!r.public) for (const s of [401, 403, 404]) out.add(s);
  if (write) for (const s of [403, 404, 409, 413, 415]) out.add(s);
  return [...out].sort((a, b) => a - b);
}

/** `POST /api/members/:id/reveal-id` → `postMembersByIdRevealId`. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** The facts of a route, read when it is added (onRoute). */
export function routeFacts(route: RouteOptions, method: string): RouteFacts {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  return {
    method,
    url: route.url,
    public: route.config?.public === true,
    hasParams: /:\w/.test(route.url),
    hasQuery: schema.querystring !== undefined,
    hasBody: schema.body !== undefined || route.config?.upload !== undefined,
    upload: route.config?.upload,
    extra: route.config?.errors ?? [],
  };
}

/**
 * The swagger `transform`: adds to each operation its operationId, the session requirement, every error
 * status it can answer (with the house error body) and, for uploads, the multipart form. Only the document
 * changes; validation and serialisation keep the route's own schema.
 */
export function documentRoute(facts: (method: string, url: string) => RouteFacts | undefined) {
  return ({ schema, url, route }: { schema: FastifySchema; url: string; route: RouteOptions }) => {
    const method = (Array.isArray(route.method) ? route.method[0] : route.method).toUpperCase();
    const r = facts(method, url);
    if (!r || !schema) return { schema, url };
    const s = { ...(schema as Record<string, unknown>) };
    s.operationId ??= operationIdOf(method, url);
    if (!r.public) s.security = [{ session: [] }];
    const response = { ...((s.response as Record<string, unknown>) ?? {}) };
    // a route without a success schema sends a file (a spreadsheet, an evidence photo)
    if (!Object.keys(response).some((status) => status.startsWith('2'))) {
      const mime = /\.xlsx$|\/template$/.test(url)
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/octet-stream';
      response[200] = {
        description: 'The file',
        content: { [mime]: { schema: { type: 'string', format: 'binary' } } },
      };
    }
    for (const status of errorStatuses(r)) {
      response[status] ??= { ...ErrorBody, description: ERROR_DESCRIPTIONS[status] };
    }
    s.response = response;
    if (r.upload) {
      const body = s.body as { content?: Record<string, { schema: unknown }> } | undefined;
      const json = body?.content ? body.content['application/json'] : body ? { schema: body } : undefined;
      s.body = {
        content: {
          'multipart/form-data': { schema: r.upload },
          ...(json ? { 'application/json': json } : {}),
        },
      };
      delete s.consumes;
    }
    return { schema: s as FastifySchema, url };
  };
}
