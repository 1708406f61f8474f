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
  /** Later keys of the keyring for servers that share no disk: `k1=sm4:<base64>,k2=aes:<base64>` (GONGHUI_ID_KEYS). */
  idKeys: string | undefined;
  /**
   * The algorithms of personal data at rest (GONGHUI_CRYPTO): `default` AES-256-GCM and HMAC-SHA256, `sm` the
   * national ones, SM4 and HMAC-SM3 (ADR 79).
   */
  crypto: 'default' | 'sm';
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
  /** Days the audit log stays online before `audit archive` may take rows out (GONGHUI_AUDIT_RETENTION_DAYS, ≥ 180). */
  auditRetentionDays: number;
  /** A streaming replica that statistics pages and exports read from (DATABASE_READ_URL; ADR 0080). */
  databaseReadUrl: string | undefined;
  /** Opens /metrics to callers off this machine as a bearer token (GONGHUI_METRICS_TOKEN); loopback only without. */
  metricsToken: string | undefined;
  /** On SIGTERM: how long requests in flight and running jobs are waited for before the process exits. */
  drainSeconds: number;
  /** Every periodic round this often instead of its own interval (GONGHUI_ROUND_SECONDS; tests, never production). */
  roundSeconds: number | undefined;
  /**
   * Staff reminders by e-mail: the SMTP server (GONGHUI_SMTP_URL, smtp:// or smtps:// with user and password) and
   * the sender address (GONGHUI_SMTP_FROM); unset: no e-mail is sent.
   */
  smtp?: { url: string; from: string };
  /** How SMS leave the server (modules/outbox, ADR 0083). */
  sms: SmsConfig;
}

/**
 * A setting the server cannot start with: the variable, what it must be and what it is, in Chinese and English on
 * one line, as main.ts and the command line print it (without a stack).
 */
function refuse(zh: string, en: string): never {
  throw new Error(`${zh} / ${en}`);
}

export type SmsProviderName = 'outbox' | 'tencent' | 'aliyun';

/** GONGHUI_SMS_*: the provider, its credentials and approved signature, templates and limits. */
export interface SmsConfig {
  provider: SmsProviderName;
  /** The provider API's base URL; http:// allowed (a gateway, a test). */
  endpoint: string;
  keyId: string;
  keySecret: string;
  sign: string;
  /** Tencent's SdkAppId. */
  appId: string;
  /** Message purpose → approved template id; these win over ids set on the page. */
  templates: Record<string, string>;
  /** At most this many messages to one number in an hour. */
  perNumberHour: number;
  /** At most this many messages a day per federation. */
  dailyBudget: number;
  /** The price of one billed message in fen, for the month's cost when a provider reports no fee. */
  unitFen: number;
}

export const SMS_DEFAULT_ENDPOINTS: Record<Exclude<SmsProviderName, 'outbox'>, string> = {
  tencent: 'https://sms.tencentcloudapi.com',
  aliyun: 'https://dysmsapi.aliyuncs.com',
};

/** The SMS configuration; throws naming the variable that is missing or wrong. */
export function loadSmsConfig(env: NodeJS.ProcessEnv = process.env): SmsConfig {
  const provider = (env.GONGHUI_SMS_PROVIDER || 'outbox') as SmsProviderName;
  if (!['outbox', 'tencent', 'aliyun'].includes(provider))
    refuse(
      `GONGHUI_SMS_PROVIDER 只能是 tencent、aliyun 或 outbox，现为“${env.GONGHUI_SMS_PROVIDER}”`,
      `GONGHUI_SMS_PROVIDER must be tencent, aliyun or outbox, got "${env.GONGHUI_SMS_PROVIDER}"`,
    );
  let templates: Record<string, string> = {};
  if (env.GONGHUI_SMS_TEMPLATES) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(env.GONGHUI_SMS_TEMPLATES);
    } catch {
      refuse(
        'GONGHUI_SMS_TEMPLATES 须为 JSON：{"activation_code": "<模板 ID>", …}',
        'GONGHUI_SMS_TEMPLATES must be JSON: {"activation_code": "<template id>", …}',
      );
    }
    if (
      !parsed ||
      typeof parsed !== 'object' ||
      Array.isArray(parsed) ||
      Object.values(parsed).some((v) => typeof v !== 'string' || !v.trim())
    )
      refuse(
        'GONGHUI_SMS_TEMPLATES 须把每种短信用途对应到一个模板 ID（非空文字）',
        'GONGHUI_SMS_TEMPLATES must map each message purpose to a template id (a non-empty string)',
      );
    templates = parsed as Record<string, string>;
  }
  const config: SmsConfig = {
    provider,
    endpoint: env.GONGHUI_SMS_ENDPOINT || (provider === 'outbox' ? '' : SMS_DEFAULT_ENDPOINTS[provider]),
    keyId: env.GONGHUI_SMS_KEY_ID ?? '',
    keySecret: env.GONGHUI_SMS_KEY_SECRET ?? '',
    sign: env.GONGHUI_SMS_SIGN ?? '',
    appId: env.GONGHUI_SMS_APP_ID ?? '',
    templates,
    perNumberHour: int('GONGHUI_SMS_PER_NUMBER_HOUR', env.GONGHUI_SMS_PER_NUMBER_HOUR, 5),
    dailyBudget: int('GONGHUI_SMS_DAILY_BUDGET', env.GONGHUI_SMS_DAILY_BUDGET, 2000),
    unitFen: int('GONGHUI_SMS_UNIT_FEN', env.GONGHUI_SMS_UNIT_FEN, 5),
  };
  if (provider === 'outbox') return config;
  const required: [string, string][] = [
    ['GONGHUI_SMS_KEY_ID', config.keyId],
    ['GONGHUI_SMS_KEY_SECRET', config.keySecret],
    ['GONGHUI_SMS_SIGN', config.sign],
  ];
  if (provider === 'tencent') required.push(['GONGHUI_SMS_APP_ID', config.appId]);
  const missing = required.filter(([, v]) => !v.trim()).map(([name]) => name);
  if (missing.length)
    refuse(
      `GONGHUI_SMS_PROVIDER=${provider} 还须设置 ${missing.join('、')}（见 docs/deploy.md“SMS”）`,
      `GONGHUI_SMS_PROVIDER=${provider} needs ${missing.join(', ')} (see docs/deploy.md, SMS)`,
    );
  let url: URL;
  try {
    url = new URL(config.endpoint);
  } catch {
    refuse(
      `GONGHUI_SMS_ENDPOINT 须为网址，如 ${SMS_DEFAULT_ENDPOINTS[provider]}，现为“${config.endpoint}”`,
      `GONGHUI_SMS_ENDPOINT must be a URL such as ${SMS_DEFAULT_ENDPOINTS[provider]}, got "${config.endpoint}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    refuse(
      `GONGHUI_SMS_ENDPOINT 须以 http:// 或 https:// 开头，现为“${config.endpoint}”`,
      `GONGHUI_SMS_ENDPOINT must be an http:// or https:// URL, got "${config.endpoint}"`,
    );
  return config;
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    refuse(`${name} 须为非负整数，现为“${value}”`, `${name} must be a non-negative integer, got "${value}"`);
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
      refuse(
        `TRUST_PROXY 须为逗号分隔的地址、CIDR 网段或 loopback，其中“${entry}”不是`,
        `TRUST_PROXY must be a comma-separated list of addresses, CIDR ranges or loopback, got "${entry}"`,
      );
    }
  }
  return entries;
}

/** GONGHUI_CRYPTO: `default` (or unset) or `sm`. */
export function parseCrypto(value: string | undefined): 'default' | 'sm' {
  if (value === undefined || value === '' || value === 'default') return 'default';
  if (value === 'sm') return 'sm';
  return refuse(
    `GONGHUI_CRYPTO 只能是 default 或 sm，现为“${value}”`,
    `GONGHUI_CRYPTO must be "default" or "sm", got "${value}"`,
  );
}

/** A metrics token must be long enough not to be guessed. */
function metricsToken(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (value.length < 24)
    refuse('GONGHUI_METRICS_TOKEN 至少须 24 个字符', 'GONGHUI_METRICS_TOKEN must be at least 24 characters');
  return value;
}

/** GONGHUI_SMTP_URL and GONGHUI_SMTP_FROM: both or neither (the sender address defaults to the URL's user). */
export function parseSmtp(url: string | undefined, from: string | undefined): Config['smtp'] {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    refuse(
      `GONGHUI_SMTP_URL 须为网址，如 smtp://user:password@host:587，现为“${url}”`,
      `GONGHUI_SMTP_URL must be a URL such as smtp://user:password@host:587, got "${url}"`,
    );
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    refuse(
      `GONGHUI_SMTP_URL 须以 smtp:// 或 smtps:// 开头，现为“${parsed.protocol}//”`,
      `GONGHUI_SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//"`,
    );
  const sender = from || decodeURIComponent(parsed.username);
  if (!sender.includes('@'))
    refuse(
      'GONGHUI_SMTP_FROM 须为发件地址，如 工会 <noreply@example.org>（网址中的用户名不是邮件地址时必须设置）',
      "GONGHUI_SMTP_FROM must be the sender address, e.g. 工会 <noreply@example.org> (required when the URL's user is not an address)",
    );
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
    idKeys: env.GONGHUI_ID_KEYS || undefined,
    crypto: parseCrypto(env.GONGHUI_CRYPTO),
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12),
    sessionCacheSeconds: int('SESSION_CACHE_SECONDS', env.SESSION_CACHE_SECONDS, 5),
    // Demo data: on by default in development (GONGHUI_DEMO=0 turns it off); in production only with GONGHUI_DEMO=1.
    seedDemo: env.NODE_ENV === 'production' ? env.GONGHUI_DEMO === '1' : env.GONGHUI_DEMO !== '0',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    testRoutes: env.NODE_ENV !== 'production' && env.GONGHUI_TEST_ROUTES === '1',
    auditRetentionDays: Math.max(
      180,
      int('GONGHUI_AUDIT_RETENTION_DAYS', env.GONGHUI_AUDIT_RETENTION_DAYS, 180),
    ),
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    metricsToken: metricsToken(env.GONGHUI_METRICS_TOKEN),
    drainSeconds: int('GONGHUI_DRAIN_SECONDS', env.GONGHUI_DRAIN_SECONDS, 30),
    roundSeconds:
      env.NODE_ENV !== 'production' && env.GONGHUI_ROUND_SECONDS
        ? int('GONGHUI_ROUND_SECONDS', env.GONGHUI_ROUND_SECONDS, 60) || undefined
        : undefined,
    smtp: parseSmtp(env.GONGHUI_SMTP_URL, env.GONGHUI_SMTP_FROM),
    sms: loadSmsConfig(env),
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
  };
}
