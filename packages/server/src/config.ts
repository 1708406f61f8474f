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
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
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
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}
