import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createKeyEntry,
  decryptValue,
  generateKeyFile,
  KeyError,
  type Keyring,
  keyOfCipher,
  keyOfHash,
  loadKeyring,
} from '../src/modules/keys/index.ts';
import { createIdProtector } from '../src/modules/people/index.ts';

const K0 = Buffer.alloc(32, 3);
const dir = mkdtempSync(join(tmpdir(), 'gonghui-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A ring of k0 (AES, legacy), k1 (AES) and k2 (SM4), current as given. */
function ring(current: string): Keyring {
  const r: Keyring = {
    keys: new Map([
      ['k0', createKeyEntry('k0', 'aes', K0)],
      ['k1', createKeyEntry('k1', 'aes', Buffer.alloc(32, 1))],
      ['k2', createKeyEntry('k2', 'sm4', Buffer.alloc(32, 2))],
    ]),
    current,
    live: [current],
  };
  return r;
}

describe('the keyring', () => {
  it('SM mode: SM4 values round-trip, carry their algorithm and key, and hash with HMAC-SM3', () => {
    const ids = createIdProtector(ring('k2'));
    const c = ids.encrypt('11010519491231002X');
    expect(c).toMatch(/^v2\.sm4\.k2\./);
    expect(ids.decrypt(c)).toBe('11010519491231002X');
    expect(ids.encrypt('11010519491231002X')).not.toBe(c); // a fresh counter block each time
    const lookupKey = Buffer.from(
      hkdfSync('sm3', Buffer.alloc(32, 2), Buffer.alloc(0), 'gonghui sm3 lookup', 32),
    );
    const expected = createHmac('sm3', lookupKey).update('11010519491231002X').digest('base64url');
    expect(ids.hash(' 11010519491231002x ')).toBe(`k2.${expected}`);
    expect(keyOfHash(ids.hash('x'))).toBe('k2');
  });

  it('the default stays as before: v1 AES-256-GCM under the first key, bare HMAC-SHA256 hashes', () => {
    const ids = createIdProtector(K0);
    const c = ids.encrypt('110105194912310021');
    expect(c.startsWith('v1.')).toBe(true);
    // a value written by the protector before the keyring (same derivation, same layout) still reads
    const encKey = Buffer.from(hkdfSync('sha256', K0, Buffer.alloc(0), 'gonghui id encryption', 32));
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', encKey, iv);
    const body = Buffer.concat([cipher.update('110105194912310021', 'utf8'), cipher.final()]);
    const before = `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    expect(ids.decrypt(before)).toBe('110105194912310021');
    const macKey = Buffer.from(hkdfSync('sha256', K0, Buffer.alloc(0), 'gonghui id lookup', 32));
    expect(ids.hash('110105194912310021')).toBe(
      createHmac('sha256', macKey).update('110105194912310021').digest('base64url'),
    );
  });

  it('values of several keys and both algorithms read side by side', () => {
    const values = ['k0', 'k1', 'k2'].map((k) => createIdProtector(ring(k)).encrypt(`number-${k}`));
    expect(values.map(keyOfCipher)).toEqual(['k0', 'k1', 'k2']);
    const reader = createIdProtector(ring('k2'));
    expect(values.map((v) => reader.decrypt(v))).toEqual(['number-k0', 'number-k1', 'number-k2']);
  });

  it('look-ups search under every live key, the current first', () => {
    const r = ring('k2');
    r.live = ['k2', 'k0'];
    const ids = createIdProtector(r);
    expect(ids.lookups('110105194912310021')).toEqual([
      ids.hash('110105194912310021'),
      createIdProtector(ring('k0')).hash('110105194912310021'),
    ]);
    expect(ids.isRotating()).toBe(true);
  });

  it('a wrong key, an altered value or a missing key fails loudly', () => {
    const sm = createIdProtector(ring('k2')).encrypt('110105194912310021');
    const other: Keyring = {
      ...ring('k2'),
      keys: new Map([['k2', createKeyEntry('k2', 'sm4', randomBytes(32))]]),
    };
    expect(() => decryptValue(other, sm)).toThrow(/SM3/);
    const raw = Buffer.from(sm.slice('v2.sm4.k2.'.length), 'base64');
    raw[20] ^= 1;
    expect(() => decryptValue(ring('k2'), `v2.sm4.k2.${raw.toString('base64')}`)).toThrow(KeyError);
    const aes = createIdProtector(ring('k1')).encrypt('110105194912310021');
    const wrongAes: Keyring = {
      ...ring('k1'),
      keys: new Map([['k1', createKeyEntry('k1', 'aes', randomBytes(32))]]),
    };
    expect(() => decryptValue(wrongAes, aes)).toThrow();
    // an SM4 header on an AES key's value is refused, not misread
    expect(() => decryptValue(ring('k1'), aes.replace('v2.aes.k1.', 'v2.sm4.k1.'))).toThrow(KeyError);
    const noK2: Keyring = { ...ring('k0'), keys: new Map([['k0', createKeyEntry('k0', 'aes', K0)]]) };
    expect(() => decryptValue(noK2, sm)).toThrow(/k2/);
  });

  it('keys come from DATA_DIR/keys and GONGHUI_ID_KEYS; a malformed one stops the start', () => {
    const r = loadKeyring(K0, { dataDir: dir });
    const id = generateKeyFile(r, dir, 'sm4');
    expect(id).toBe('k1');
    expect(readFileSync(join(dir, 'keys', 'k1.key'), 'utf8')).toMatch(/^sm4:/);
    const env = `k5=aes:${Buffer.alloc(32, 5).toString('base64')}`;
    const again = loadKeyring(K0, { dataDir: dir, idKeys: env });
    expect([...again.keys.keys()].sort()).toEqual(['k0', 'k1', 'k5']);
    expect(again.keys.get('k1')?.algorithm).toBe('sm4');
    expect(() => loadKeyring(K0, { dataDir: dir, idKeys: 'k6=sm4:short' })).toThrow(/32 bytes/);
    writeFileSync(join(dir, 'keys', 'k7.key'), 'des:AAAA');
    expect(() => loadKeyring(K0, { dataDir: dir })).toThrow(KeyError);
  });
});
