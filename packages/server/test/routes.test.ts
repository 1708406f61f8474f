import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../src/access/access.ts';
import { createTestApp, errorShapeProblem, fillParams, paramsOf } from './api.ts';

/**
 * The route table is the security boundary: every /api route declares a permission or says it is
 * public, and the public ones are exactly this list. Adding a public route means adding it here, on purpose.
 */
const PUBLIC_ROUTES = [
  'GET /api/health',
  // the operator's: liveness, readiness, and Prometheus metrics behind their own guard (loopback or token)
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
  'GET /api/card/key',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'GET /api/auth/session',
  'POST /api/auth/sms-code',
  'POST /api/auth/sms-login',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/activation/start',
  'POST /api/activation/verify',
  'GET /api/join/unions',
  'POST /api/join-requests',
  'GET /api/notice/selections',
  'GET /api/notice/selections/:id',
  'POST /api/notice/selections/:id/objections',
  'GET /api/public/problem-unions',
  'POST /api/public/problems',
  'GET /api/public/achievements',
  'GET /api/public/achievements/:id',
  'GET /api/public/achievements/:id/pictures/:pictureId',
  'POST /api/public/achievements/:id/contact',
  'GET /api/public/calls',
  'GET /api/public/calls/:id',
  'GET /api/public/calls/:id/works/:workId/file',
  'GET /api/public/stations',
  'GET /api/public/stations/checkin/:token',
  'POST /api/public/stations/checkin/:token',
];
const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('route declarations', () => {
  it('every /api route declares a permission or public', () => {
    const undeclared = t.app.declaredRoutes
      .filter((r) => !r.permission && !r.public)
      .map((r) => `${r.method} ${r.url}`);
    expect(undeclared).toEqual([]);
  });

  it('no route declares both a permission and public', () => {
    const both = t.app.declaredRoutes.filter((r) => r.permission && r.public);
    expect(both.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('declared permissions exist', () => {
    const unknown = t.app.declaredRoutes.filter(
      (r) => r.permission && !(PERMISSIONS as readonly string[]).includes(r.permission),
    );
    expect(unknown.map((r) => `${r.method} ${r.url} → ${r.permission}`)).toEqual([]);
  });

  it('the public routes are exactly the expected set (plus the API documentation pages)', () => {
    const pub = t.app.declaredRoutes
      .filter((r) => r.public && !isDocs(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(pub).toEqual([...PUBLIC_ROUTES].sort());
    expect(t.app.declaredRoutes.filter((r) => isDocs(r.url)).every((r) => r.public)).toBe(true);
  });

  it("every route's validators and response serializers compile (they are compiled on first use)", () => {
    const compiled = t.app.compileSchemas();
    expect(compiled).toBeGreaterThan(t.app.declaredRoutes.length);
    expect(t.app.compileSchemas()).toBe(0);
  });

  it('no route is declared twice', () => {
    const keys = t.app.declaredRoutes.map((r) => `${r.method} ${r.url}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('every non-public route answers 401 with a bilingual error without a session', async () => {
    const failures: string[] = [];
    for (const r of t.app.declaredRoutes.filter((x) => !x.public)) {
      const params = Object.fromEntries(paramsOf(r.url).map((p) => [p, '1']));
      const url = fillParams(r.url, params).replace('*', 'x');
      const res = await t.call({
        method: r.method,
        url,
        body: ['GET', 'DELETE'].includes(r.method) ? undefined : {},
      });
      const shape = errorShapeProblem(res);
      if (res.statusCode !== 401 || shape)
        failures.push(`${r.method} ${url}: ${res.statusCode} ${shape ?? ''}`);
    }
    expect(failures).toEqual([]);
  });

  it('an unknown session cookie is the same as none', async () => {
    const res = await t.call({ method: 'GET', url: '/api/members', cookie: 'not-a-session' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('the public routes answer without a session', async () => {
    expect((await t.call({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
    expect((await t.call({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const me = await t.call({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(errorShapeProblem(me)).toBeNull();
    // the quiet probe a public page asks: signed out is an answer, not a 401 in the browser's console
    const probe = await t.call({ method: 'GET', url: '/api/auth/session' });
    expect([probe.statusCode, probe.json()]).toEqual([200, { me: null, ended: null }]);
  });

  it('the session probe answers a signed-in caller with the user /api/auth/me gives', async () => {
    const user = await t.ctx.newUser('manager', await t.ctx.newRoot());
    const cookie = await t.login(user.username, user.password);
    const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie });
    const probe = await t.call({ method: 'GET', url: '/api/auth/session', cookie });
    expect(probe.statusCode).toBe(200);
    expect(probe.json()).toEqual({ me: me.json(), ended: null });
    expect(probe.json().me.username).toBe(user.username);
  });

  it('the OpenAPI document validates, and every operation behind a session declares it', async () => {
    const doc = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? [], JSON.stringify(result.errors ?? []).slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    const open = t.app.declaredRoutes.filter((r) => !r.public && !isDocs(r.url));
    const undeclared = open.filter((r) => {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths?.[path]?.[r.method.toLowerCase()];
      return !op?.security?.length;
    });
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('an unknown /api path is a bilingual 404', async () => {
    const res = await t.call({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
    expect(errorShapeProblem(res)).toBeNull();
  });
});
