/**
 * The operator's surface (ADR 0080): request ids on every answer and in 5xx bodies, liveness and readiness apart,
 * /metrics behind loopback or a token, and periodic rounds that run in one process at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { buildApp } from '../src/http/app.ts';
import { type Round, roundLockKey, runRound } from '../src/rounds.ts';
import { TEST_NOW } from './clock.ts';
import { createTestContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

const TOKEN = 'metrics-token-for-the-test-0123456789';
let db: Db;
let app: Awaited<ReturnType<typeof buildApp>>;
let proxied: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  db = await createTestDb();
  const { services } = createTestContext(db);
  app = await buildApp({ db, services, metricsToken: TOKEN });
  proxied = await buildApp({ db, services, trustProxy: ['loopback'] });
  await Promise.all([app.ready(), proxied.ready()]);
});

afterAll(async () => {
  await app?.close();
  await proxied?.close();
  await db?.close();
});

describe('request ids', () => {
  it('every answer carries one, made here unless a trusted proxy gave a sane one', async () => {
    const ok = await app.inject({ method: 'GET', url: '/healthz' });
    const missing = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers['x-request-id']).not.toBe(missing.headers['x-request-id']);
    const given = { 'x-request-id': 'nginx-4f2a9c0d1e' };
    // no proxy trusted: a caller's own id is not believed
    expect(
      (await app.inject({ method: 'GET', url: '/healthz', headers: given })).headers['x-request-id'],
    ).not.toBe(given['x-request-id']);
    // from a trusted proxy (loopback): kept, unless it is not a sane id
    expect(
      (await proxied.inject({ method: 'GET', url: '/healthz', headers: given })).headers['x-request-id'],
    ).toBe(given['x-request-id']);
    const odd = { 'x-request-id': 'a b\tc<script>' };
    expect(
      (await proxied.inject({ method: 'GET', url: '/healthz', headers: odd })).headers['x-request-id'],
    ).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('liveness, readiness and metrics', () => {
  it('/healthz and /readyz answer apart', async () => {
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([200, { status: 'ready', reasons: [] }]);
  });

  it('/metrics is open to this machine and to the token, not to others', async () => {
    await app.inject({ method: 'GET', url: '/api/health' });
    const local = await app.inject({ method: 'GET', url: '/metrics' });
    expect(local.statusCode).toBe(200);
    expect(local.headers['content-type']).toMatch(/^text\/plain/);
    for (const name of [
      'gonghui_http_requests_total{method="GET",route="/api/health",status="200"}',
      'gonghui_http_request_duration_seconds_bucket',
      'gonghui_jobs{state="running"} 0',
      'gonghui_messages_waiting',
      'gonghui_draining 0',
      'nodejs_eventloop_lag_seconds',
      'process_resident_memory_bytes',
    ])
      expect(local.body).toContain(name);
    const away = await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect([away.statusCode, away.json().error.code]).toEqual([403, 'METRICS_FORBIDDEN']);
    const wrong = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: 'Bearer not-the-token-not-the-token-00' },
    });
    expect(wrong.statusCode).toBe(403);
    const token = await app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.9',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(token.statusCode).toBe(200);
    // behind a trusted proxy on this machine, the client's address counts, not the proxy's
    const relayed = await proxied.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(relayed.statusCode).toBe(403);
  });

  it('a draining process is alive but not ready', async () => {
    proxied.lifecycle.startDraining();
    expect((await proxied.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ready = await proxied.inject({ method: 'GET', url: '/readyz' });
    expect([ready.statusCode, ready.json()]).toEqual([503, { status: 'not_ready', reasons: ['draining'] }]);
  });
});

describe('periodic rounds', () => {
  it('run in one process at a time: a round another session holds is skipped (PostgreSQL)', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const slow: Round = {
      name: 'test.slow',
      everyMs: 1000,
      run: async () => {
        runs += 1;
        await held;
      },
    };
    const first = runRound(db, slow, TEST_NOW);
    // the first has its lock once it has started running
    while (runs === 0) await new Promise((r) => setTimeout(r, 5));
    const second = runRound(db, slow, TEST_NOW);
    if (db.kind === 'postgres') expect(await second).toBe('skipped');
    release();
    expect(await first).toBe('ran');
    if (db.kind === 'pglite') expect(await second).toBe('ran');
    expect(await runRound(db, slow, TEST_NOW)).toBe('ran');
    expect(roundLockKey('a')).not.toBe(roundLockKey('b'));
  });
});

describe('errors', () => {
  it('a 5xx body names the request id of its log line', async () => {
    const lines: string[] = [];
    const { services } = createTestContext(db);
    const broken = await buildApp({
      db,
      services,
      logger: true,
      logStream: { write: (l: string) => lines.push(l) } as unknown as NodeJS.WritableStream,
    });
    broken.get('/api/boom', { config: { public: true } }, async () => {
      throw new Error('boom');
    });
    await broken.ready();
    const res = await broken.inject({ method: 'GET', url: '/api/boom' });
    await broken.close();
    expect(res.statusCode).toBe(500);
    const id = res.headers['x-request-id'] as string;
    expect(res.json().error.requestId).toBe(id);
    expect(res.json().error.messageEn).toContain(id);
    expect(lines.some((l) => l.includes(id) && l.includes('boom'))).toBe(true);
  });
});
