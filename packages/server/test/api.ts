import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../src/access/access.ts';
import type { Db } from '../src/db/db.ts';
import { buildApp } from '../src/http/app.ts';
import { SESSION_COOKIE } from '../src/modules/auth/index.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { createTestContext, type TestContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

export { multipart } from './multipart.ts';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

export interface Call {
  method: string;
  url: string;
  cookie?: string;
  body?: unknown;
  /** Raw payload sent as-is (for malformed JSON and other junk); wins over body. */
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

export interface TestAppOptions {
  /**
   * Believe X-Forwarded-For from loopback, where injected requests come from: for tests that vary the
   * client address with that header. The default, like production's, trusts no proxy.
   */
  trustLoopback?: boolean;
  /** The database to serve (e.g. one holding the demo, from demo-db.ts); a fresh one by default. */
  db?: Db;
  /** Where the operator's log goes (5xx with their stacks); none by default. */
  logStream?: NodeJS.WritableStream;
  /** The clock the app's services decide by (see test/clock.ts); TEST_NOW, standing still, by default. */
  clock?: () => Date;
  /** How long the app keeps a live session's lookup (see TestContextOptions); none by default. */
  sessionCacheSeconds?: number;
}

/** A database (fresh unless given), services from the factories and the HTTP app over them, for API tests. */
export async function createTestApp(options: TestAppOptions = {}): Promise<{
  db: Db;
  ctx: TestContext;
  app: TestApp;
  login: (username: string, password: string) => Promise<string>;
  /** A new account of `role` at `org` (see the factories' newUser), signed in through the API: its session token. */
  signInAs: (role: Role, org: OrgRow | null, personId?: number | null) => Promise<string>;
  call: (c: Call) => Promise<LightMyRequestResponse>;
  /** Every status each route has answered so far, by `METHOD /api/url` (the route's pattern). */
  answered: Map<string, Set<number>>;
  close: () => Promise<void>;
}> {
  const db = options.db ?? (await createTestDb());
  const ctx = createTestContext(db, {
    clock: options.clock,
    sessionCacheSeconds: options.sessionCacheSeconds,
  });
  const app = await buildApp({
    db,
    services: ctx.services,
    trustProxy: options.trustLoopback ? ['loopback'] : undefined,
    logger: !!options.logStream,
    logStream: options.logStream,
  });
  const answered = new Map<string, Set<number>>();
  app.addHook('onResponse', async (req, reply) => {
    const url = req.routeOptions.url;
    if (!url) return;
    const key = `${req.method} ${url}`;
    if (!answered.has(key)) answered.set(key, new Set());
    answered.get(key)?.add(reply.statusCode);
  });
  await app.ready();

  const call = (c: Call) => {
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    if (c.cookie) headers.cookie = `${SESSION_COOKIE}=${c.cookie}`;
    if (c.payload !== undefined) {
      return app.inject({ method: c.method as 'GET', url: c.url, headers, payload: c.payload });
    }
    if (c.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      return app.inject({
        method: c.method as 'GET',
        url: c.url,
        headers,
        payload: JSON.stringify(c.body),
      });
    }
    return app.inject({ method: c.method as 'GET', url: c.url, headers });
  };

  /** Signs in through the API and returns the session token. */
  const login = async (username: string, password: string) => {
    const res = await call({ method: 'POST', url: '/api/auth/login', body: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error(`login ${username} set no session cookie`);
    return cookie.value;
  };

  const signInAs = async (role: Role, org: OrgRow | null, personId: number | null = null) => {
    const user = await ctx.newUser(role, org, personId);
    return login(user.username, user.password);
  };

  return {
    db,
    ctx,
    app,
    login,
    signInAs,
    call,
    answered,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/**
 * The answers of `answered` whose status the OpenAPI document does not declare for their operation, as
 * `METHOD /api/url → status`. Routes the document hides (the document itself, the docs page) are skipped.
 */
export function undeclaredAnswers(
  answered: Map<string, Set<number>>,
  spec: { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> },
): string[] {
  const out: string[] = [];
  for (const [key, statuses] of answered) {
    const [method, url] = key.split(' ');
    const op = spec.paths[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
    if (!op) continue;
    for (const status of statuses) {
      if (status >= 200 && status < 300 && op.responses?.['200']) continue;
      if (!op.responses?.[String(status)]) out.push(`${key} → ${status}`);
    }
  }
  return out.sort();
}

/** Puts values into `:name` placeholders; throws when one is left unfilled. */
export function fillParams(url: string, params: Record<string, string | number>): string {
  const filled = url.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${url}`);
    return encodeURIComponent(String(params[name]));
  });
  return filled;
}

/** The `:name` placeholders of a route URL. */
export const paramsOf = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1]);

/** Asserts the house error shape: { error: { code, messageZh, messageEn } }. */
export function errorShapeProblem(res: LightMyRequestResponse): string | null {
  let body: unknown;
  try {
    body = res.json();
  } catch {
    return `body is not JSON: ${res.body.slice(0, 200)}`;
  }
  const error = (body as { error?: Record<string, unknown> })?.error;
  if (!error) return `no error object: ${res.body.slice(0, 200)}`;
  for (const key of ['code', 'messageZh', 'messageEn']) {
    if (typeof error[key] !== 'string' || !(error[key] as string).length) {
      return `error.${key} missing: ${res.body.slice(0, 200)}`;
    }
  }
  return null;
}
