import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/http/app.ts';
import { createTestApp } from './api.ts';

/**
 * The web app's files as a phone on a slow network needs them: Vite's hashed files under /assets/ never change
 * under their name, so a browser keeps them and asks no more (each question costs a round trip); the page itself
 * (index.html, a page route) is asked for each time, so a new build reaches everyone at once.
 */
const SCRIPT = `console.log(${JSON.stringify('工会'.repeat(200))})`;

describe('the web app files', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let web: string;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    t = await createTestApp();
    web = mkdtempSync(join(tmpdir(), 'gonghui-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(web, 'assets', 'client-Db40lgOY.js'), SCRIPT);
    writeFileSync(join(web, 'assets', 'client-Db40lgOY.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(web, 'assets', 'client-Db40lgOY.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await buildApp({ db: t.db, services: t.ctx.services, webDist: web });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('keeps the hashed assets a year, unasked', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/client-Db40lgOY.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends a script compressed as the build wrote it, to a browser that takes it', async () => {
    const url = '/assets/client-Db40lgOY.js';
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
    const gz = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload).toEqual(gzipSync(SCRIPT));
    const plain = await app.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(String(br.headers.vary)).toContain('accept-encoding');
  });

  it('has the page and the unhashed files asked for each time', async () => {
    for (const url of ['/', '/index.html', '/members/12', '/favicon.svg']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(String(res.headers['cache-control']), url).not.toContain('immutable');
    }
  });

  it('answers a missing asset 404, kept by no one', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/gone-12345678.js' });
    expect(res.statusCode).toBe(404);
    expect(String(res.headers['cache-control'] ?? '')).not.toContain('immutable');
  });
});
