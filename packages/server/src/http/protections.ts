import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.ts';

/**
 * The policy the built web app runs under: its own scripts only; inline styles allowed because Ant Design
 * injects them at run time; images from itself, data: and blob: (photos chosen on a phone). The API
 * documentation page sends its own policy (@fastify/swagger-ui `staticCSP`), which replaces this one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};

/** Security headers on every answer: API, static files, the page fallback and errors. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** host[:port] with the default ports left out, lower-case, so `localhost:80` and `http://localhost` agree. */
function siteOf(hostAndPort: string): string | null {
  try {
    const url = new URL(`http://${hostAndPort}`);
    const port = url.port === '443' ? '' : url.port;
    return `${url.hostname}:${port}`;
  } catch {
    return null;
  }
}

function sourceSite(value: string): string | null {
  if (value === 'null') return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return siteOf(url.host);
  } catch {
    return null;
  }
}

/**
 * Where a state-changing request comes from: its Origin, or without one its Referer, must name the host
 * the request was sent to. Requests with neither header (scripts, curl) are not cross-site requests from a
 * browser and pass.
 */
export function checkSameSite(req: FastifyRequest): void {
  if (!STATE_CHANGING.has(req.method)) return;
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  const source = typeof origin === 'string' ? origin : typeof referer === 'string' ? referer : undefined;
  if (source === undefined) return;
  const own = siteOf(req.host);
  if (own !== null && sourceSite(source) === own) return;
  throw new AppError(
    'forbidden',
    'CROSS_SITE_REQUEST',
    {
      zh: '拒绝来自其他网站的请求：请在本系统的页面中操作',
      en: 'A request from another site is refused: use the pages of this system',
    },
    { origin: source.slice(0, 200) },
  );
}

/**
 * JSON routes take JSON only: a form (urlencoded or multipart) is what a page of another site can send
 * without asking, so it is refused before any handler runs. Upload routes (`config.upload`) take multipart.
 * text/plain has no parser at all (removed in app.ts), so Fastify answers it with 415.
 */
export function checkBodyType(req: FastifyRequest): void {
  if (!STATE_CHANGING.has(req.method)) return;
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type === 'multipart/form-data' && req.routeOptions.config?.upload) return;
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    throw new AppError(
      'unsupported',
      'UNSUPPORTED_MEDIA_TYPE',
      {
        zh: `此接口只接受 JSON（Content-Type: application/json），不接受 ${type}`,
        en: `This route takes JSON (Content-Type: application/json), not ${type}`,
      },
      { contentType: type },
    );
  }
}
