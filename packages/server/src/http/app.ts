import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController } from 'fastify';
import { Type } from 'typebox';
import { can } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import { SESSION_COOKIE, sessionEnded } from '../modules/auth/index.ts';
import { keepRegisterImports } from '../modules/golive/index.ts';
import type { Services } from '../services.ts';
import { AppError } from '../shared/errors.ts';
import { errorBody, installErrorHandler } from './error-handler.ts';
import { LazySchemas } from './lazy-schemas.ts';
import { documentRoute, type RouteFacts, routeFacts } from './openapi.ts';
import { type Lifecycle, OPERATIONS_URLS, operationsRoutes } from './operations.ts';
import { checkBodyType, checkSameSite, installSecurityHeaders } from './protections.ts';
import { installReadReplica, markReplicaRoute } from './read-replica.ts';
import { refusalAudit } from './refusal-audit.ts';
import { type RegisterEntry, registerCatalogRoutes, registerEntryOf } from './register-catalog.ts';
import { installRequestIdHeader, requestIdMaker } from './request-id.ts';
import { registerRoutes } from './routes.ts';
import { closeObjects } from './schema.ts';
import type { App } from './types.ts';
import { createValidatorCompiler } from './validation.ts';

/** How long a browser keeps a file named by its content (Vite's assets/): a year, without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built web app's files. Wildcard: files are looked up per request, so a rebuilt web app is served without a
 * restart. Vite's files under assets/ are named by their content: a browser keeps them a year without asking again
 * (a round trip each on a phone's slow network); the page and the other files are asked for each time, so a new
 * build reaches everyone. A file is sent compressed as the build wrote it, brotli or gzip, where the browser takes it.
 */
async function serveWebFiles(app: App, root: string) {
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    // the build's .br and .gz beside each script (packages/web/precompress.ts), to a browser that takes them
    preCompressed: true,
    setHeaders: (reply, path) => {
      if (relative(root, path).startsWith(`assets${sep}`)) reply.header('cache-control', IMMUTABLE);
    },
  });
}

export interface AppOptions {
  db: Db;
  services: Services;
  /**
   * Log what the operator must see: every 5xx with its request id and stack (JSON lines on standard output, or
   * on `logStream`). Off in tests that do not look at the log.
   */
  logger?: boolean;
  /** Also log every request and its answer (config LOG_REQUESTS=1). */
  logRequests?: boolean;
  logStream?: NodeJS.WritableStream;
  webDist?: string;
  secureCookies?: boolean;
  /** Proxies whose X-Forwarded-For is believed (config TRUST_PROXY); none when absent or empty. */
  trustProxy?: string[];
  /** Mount the test-only routes journeys use (config GONGHUI_TEST_ROUTES). */
  testRoutes?: boolean;
  /** A bearer token that opens /metrics to callers off this machine (config GONGHUI_METRICS_TOKEN). */
  metricsToken?: string;
}

export interface DeclaredRoute {
  method: string;
  url: string;
  permission?: string;
  public?: boolean;
}

/**
 * Builds the HTTP application: auth hook, error mapping, OpenAPI, module routes and the web app. Route schemas are
 * compiled when first used; `compileSchemas` compiles those no request has used yet (see lazy-schemas.ts).
 */
export async function buildApp(
  options: AppOptions,
): Promise<App & { declaredRoutes: DeclaredRoute[]; compileSchemas: () => number; lifecycle: Lifecycle }> {
  const schemas = new LazySchemas();
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', ...(options.logStream ? { stream: options.logStream } : {}) }
      : false,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    schemaController: { compilersFactory: { buildSerializer: schemas.serializers() } },
    genReqId: requestIdMaker(options.trustProxy),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(schemas.validators(createValidatorCompiler(() => app.getSchemas())));
  // A job that fails after its request was answered (an import) is logged here too, with its id and stack.
  if (options.logger) options.services.jobs.setLog(app.log);
  installSecurityHeaders(app);
  installRequestIdHeader(app);
  // A text/plain body is what a page of another site can send without asking; JSON routes take JSON.
  app.removeContentTypeParser('text/plain');

  const declaredRoutes: DeclaredRoute[] = [];
  const registers: RegisterEntry[] = [];
  const facts = new Map<string, RouteFacts>();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') && !OPERATIONS_URLS.has(route.url)) return;
    markReplicaRoute(route);
    // Bodies refuse unknown fields even where a schema was built without Obj (Type.Partial, unions…).
    if (route.schema?.body) route.schema = { ...route.schema, body: closeObjects(route.schema.body) };
    // The API documentation pages are public; say so on the route instead of exempting a URL prefix.
    if (route.url === '/api/docs' || route.url.startsWith('/api/docs/')) {
      route.config = { ...route.config, public: true };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      declaredRoutes.push({
        method,
        url: route.url,
        permission: route.config?.permission,
        public: route.config?.public,
      });
      facts.set(`${method} ${route.url}`, routeFacts(route, method));
    }
    const register = registerEntryOf(route);
    if (register) registers.push(register);
  });

  // a signed-in caller refused: an audit row of its own (the refused act wrote nothing), up to a bound a minute
  installErrorHandler(app, refusalAudit(app, options.db, options.services.clock));
  keepRegisterImports(app, { golive: options.services.golive });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 64 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    transform: documentRoute((method, url) => facts.get(`${method} ${url}`)),
    // shared schemas (the recursive Rule, AmountRule) are published under their own names
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    openapi: {
      info: {
        title: 'Gonghui API',
        version: '0.1.0',
        description:
          'Trade-union services platform. Sign in with POST /api/auth/login; the session is a cookie.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionEnd', null);
  app.addHook('onRequest', async (req, reply) => {
    checkSameSite(req);
    const config = req.routeOptions.config;
    if (!req.routeOptions.url?.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    const found = token ? await options.services.auth.resolveSession(token, req.ip) : { actor: null };
    req.actor = found.actor;
    if (found.ended) {
      // said once: the cookie goes, so the sign-in page that shows the reason starts a clean session
      req.sessionEnd = sessionEnded(found.ended);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    }
    if (config.public) return;
    if (!config.permission) {
      throw new AppError('forbidden', 'ROUTE_NOT_DECLARED', {
        zh: '此接口未声明访问权限',
        en: 'This route declares no permission',
      });
    }
    if (!req.actor) {
      throw (
        req.sessionEnd ??
        new AppError('unauthenticated', 'UNAUTHENTICATED', { zh: '请先登录', en: 'Please sign in' })
      );
    }
    if (req.actor.passwordExpired && config.permission !== 'account.self') {
      throw new AppError('forbidden', 'PASSWORD_EXPIRED', {
        zh: '您的密码已过期，请先修改密码',
        en: 'Your password has expired; change it first',
      });
    }
    if (req.actor.mustChangePassword && config.permission !== 'account.self') {
      throw new AppError('forbidden', 'PASSWORD_CHANGE_REQUIRED', {
        zh: '请先修改管理员为您设置的初始密码',
        en: 'Change the password an administrator set for you first',
      });
    }
    if (!can(req.actor, config.permission)) {
      throw new AppError(
        'forbidden',
        'PERMISSION_DENIED',
        { zh: '您的角色无此权限', en: 'Your role does not have this permission' },
        { permission: config.permission },
      );
    }
  });

  // after the permission check: a caller without the permission learns nothing more than 403
  app.addHook('onRequest', async (req) => checkBodyType(req));
  installReadReplica(app, options.db);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness and which database is in use',
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
        },
      },
    },
    async () => {
      await options.db.query('select 1');
      return { status: 'ok' as const, database: options.db.kind };
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const lifecycle = operationsRoutes(app, {
    db: options.db,
    jobs: options.services.jobs,
    metricsToken: options.metricsToken,
  });
  registerRoutes(app, options, registers);
  registerCatalogRoutes(app, registers);

  const hasWeb = options.webDist !== undefined && existsSync(options.webDist);
  if (hasWeb) await serveWebFiles(app, options.webDist as string);
  app.setNotFoundHandler((req, reply) => {
    // Only page routes fall back to the app; a missing script or image must be a 404, not index.html.
    const isAsset = /\.[a-z0-9]+$/i.test(req.url.split('?')[0]);
    if (!hasWeb || req.url.startsWith('/api/') || isAsset) {
      return reply
        .status(404)
        .send(errorBody('ROUTE_NOT_FOUND', `没有此接口：${req.url}`, `No such route: ${req.url}`));
    }
    return reply.sendFile('index.html');
  });

  return Object.assign(app, { declaredRoutes, compileSchemas: () => schemas.compileAll(), lifecycle });
}
