import { describe, expect, it } from 'vitest';
import { loadConfig, parseSmtp, parseTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('trusts nobody by default', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(parseTrustProxy('')).toEqual([]);
    expect(parseTrustProxy(' , ')).toEqual([]);
  });

  it('reads addresses, CIDR ranges and loopback', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.20 ,::1,fd00::/8')).toEqual([
      '10.0.0.0/8',
      '192.168.1.20',
      '::1',
      'fd00::/8',
    ]);
  });

  it('refuses anything else at start', () => {
    for (const bad of ['true', '*', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/1', '300.1.1.1', '::1/129']) {
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe('loadConfig: demo data', () => {
  it('loads the demo data in development unless GONGHUI_DEMO=0', () => {
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemo).toBe(true);
    expect(loadConfig({ GONGHUI_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ GONGHUI_DEMO: '0' }).seedDemo).toBe(false);
  });

  it('starts empty in production unless GONGHUI_DEMO=1', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: '0' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: 'yes' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GONGHUI_DEMO: '1' }).seedDemo).toBe(true);
  });

  it('marks production for secure cookies only when NODE_ENV=production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
  });
});

describe('GONGHUI_CRYPTO', () => {
  it('is the default unless sm is asked for', () => {
    expect(loadConfig({}).crypto).toBe('default');
    expect(loadConfig({ GONGHUI_CRYPTO: 'default' }).crypto).toBe('default');
    expect(loadConfig({ GONGHUI_CRYPTO: 'sm' }).crypto).toBe('sm');
  });

  it('refuses anything else at start, naming the variable', () => {
    expect(() => loadConfig({ GONGHUI_CRYPTO: 'SM4' })).toThrow(/GONGHUI_CRYPTO/);
  });
});

describe('GONGHUI_SMTP_URL and GONGHUI_SMTP_FROM', () => {
  it('sends no e-mail when unset', () => {
    expect(loadConfig({}).smtp).toBeUndefined();
  });

  it('takes the sender from GONGHUI_SMTP_FROM, else the URL user', () => {
    expect(parseSmtp('smtps://noreply%40example.org:pw@smtp.example.org:465', undefined)).toEqual({
      url: 'smtps://noreply%40example.org:pw@smtp.example.org:465',
      from: 'noreply@example.org',
    });
    expect(parseSmtp('smtp://user:pw@mail:587', '工会 <gh@example.org>')?.from).toBe('工会 <gh@example.org>');
  });

  it('refuses a URL that is not SMTP, or no sender address, at start', () => {
    expect(() => parseSmtp('http://mail', 'a@b.c')).toThrow(/smtp:\/\//);
    expect(() => parseSmtp('not a url', 'a@b.c')).toThrow(/GONGHUI_SMTP_URL/);
    expect(() => parseSmtp('smtp://user:pw@mail:587', undefined)).toThrow(/GONGHUI_SMTP_FROM/);
  });
});

describe('a setting the server cannot start with', () => {
  const refusal = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error(`started with ${JSON.stringify(env)}`);
  };

  it('is named in Chinese and in English, on one line', () => {
    const bad: NodeJS.ProcessEnv[] = [
      { PORT: 'eighty' },
      { TRUST_PROXY: '*' },
      { GONGHUI_CRYPTO: 'SM4' },
      { GONGHUI_METRICS_TOKEN: 'short' },
      { GONGHUI_SMTP_URL: 'mail.example.org' },
      { GONGHUI_SMTP_URL: 'http://mail.example.org' },
      { GONGHUI_SMTP_URL: 'smtp://user:pw@mail:587' },
      { GONGHUI_SMS_PROVIDER: 'huawei' },
      { GONGHUI_SMS_PROVIDER: 'tencent' },
      { GONGHUI_SMS_TEMPLATES: '{activation_code: 1}' },
      { GONGHUI_SMS_TEMPLATES: '{"activation_code": ""}' },
      {
        GONGHUI_SMS_PROVIDER: 'aliyun',
        GONGHUI_SMS_KEY_ID: 'id',
        GONGHUI_SMS_KEY_SECRET: 'secret',
        GONGHUI_SMS_SIGN: '工会',
        GONGHUI_SMS_ENDPOINT: 'ftp://sms.example.org',
      },
    ];
    for (const env of bad) {
      const message = refusal(env);
      const [zh, en, ...rest] = message.split(' / ');
      expect(rest, message).toEqual([]);
      expect(zh, message).toMatch(/[\u4e00-\u9fff]/);
      expect(en, message).toMatch(/ (must|needs) /);
      expect(message, message).not.toMatch(/\n/);
      // the variable to change, in both halves
      expect(zh, message).toMatch(/\b(PORT|TRUST_PROXY|GONGHUI_[A-Z_]+)\b/);
      expect(en, message).toMatch(/\b(PORT|TRUST_PROXY|GONGHUI_[A-Z_]+)\b/);
    }
  });
});
