import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.ts';

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
