import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Configuration, read from the environment once and validated here. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  production: boolean;
  /** base64 of 32 bytes; when absent a key is generated into the data directory. */
  idKey: string | undefined;
  sessionTtlHours: number;
  sessionCacheSeconds: number;
  seedDemo: boolean;
  webDist: string;
  /**
   * Proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or `loopback`, `linklocal`,
   * `uniquelocal`); empty: nobody's, so the client address is the connection's.
   */
  trustProxy: string[];
  /** Test-only routes that move time for browser journeys (GONGHUI_TEST_ROUTES=1); never in production. */
  testRoutes: boolean;
  /**
   * Staff reminders by e-mail: the SMTP server (GONGHUI_SMTP_URL, smtp:// or smtps:// with user and password) and
   * the sender address (GONGHUI_SMTP_FROM); unset: no e-mail is sent.
   */
  smtp?: { url: string; from: string };
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: empty, or a comma-separated list of addresses, CIDR ranges and the presets above. */
export function parseTrustProxy(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_PRESETS.has(entry)) continue;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!family || rest.length || !validBits) {
      throw new Error(
        `TRUST_PROXY must be a comma-separated list of addresses, CIDR ranges or loopback, got "${entry}"`,
      );
    }
  }
  return entries;
}

/** GONGHUI_SMTP_URL and GONGHUI_SMTP_FROM: both or neither (the sender address defaults to the URL's user). */
export function parseSmtp(url: string | undefined, from: string | undefined): Config['smtp'] {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`GONGHUI_SMTP_URL must be a URL such as smtp://user:password@host:587, got "${url}"`);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error(`GONGHUI_SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//"`);
  const sender = from || decodeURIComponent(parsed.username);
  if (!sender.includes('@'))
    throw new Error('GONGHUI_SMTP_FROM must be the sender address, e.g. 工会 <noreply@example.org>');
  return { url, from: sender };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int('PORT', env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    production: env.NODE_ENV === 'production',
    idKey: env.GONGHUI_ID_KEY || undefined,
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    sessionCacheSeconds: int('SESSION_CACHE_SECONDS', env.SESSION_CACHE_SECONDS, 5),
    // Demo data: on by default in development (GONGHUI_DEMO=0 turns it off); in production only with GONGHUI_DEMO=1.
    seedDemo: env.NODE_ENV === 'production' ? env.GONGHUI_DEMO === '1' : env.GONGHUI_DEMO !== '0',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    testRoutes: env.NODE_ENV !== 'production' && env.GONGHUI_TEST_ROUTES === '1',
    smtp: parseSmtp(env.GONGHUI_SMTP_URL, env.GONGHUI_SMTP_FROM),
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}
