import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomFillSync,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The keyring of the protected values (ID, bank account and 京卡 numbers), ADR 79. Every value carries the key it
 * was written under, so values of several keys and both algorithms coexist while a rotation runs:
 *  - `v1.<base64>`: AES-256-GCM under the first key `k0` (GONGHUI_ID_KEY or DATA_DIR/id-key), as before the keyring;
 *  - `v2.aes.<key>.<base64>`: AES-256-GCM under that key, the header authenticated as additional data;
 *  - `v2.sm4.<key>.<base64>`: SM4-CTR then HMAC-SM3 over header, counter block and cipher text (encrypt-then-MAC).
 * A look-up hash is HMAC-SHA256 (aes keys) or HMAC-SM3 (sm4 keys) of the value; `k0`'s are bare, as before,
 * the others carry their key: `<key>.<base64url>`.
 */
export type KeyAlgorithm = 'aes' | 'sm4';

export interface KeyEntry {
  id: string;
  algorithm: KeyAlgorithm;
  encrypt(text: string): string;
  /** The plain text of a value of this key; throws when it was altered or is another key's. */
  decrypt(value: string): string;
  /** The look-up hash of a text (trimmed, upper case). */
  hash(text: string): string;
  /** A keyed signature (hex, upper case) for row keys of exported sheets. */
  sign(text: string): string;
}

export interface Keyring {
  keys: Map<string, KeyEntry>;
  /** The key new values are written under. */
  current: string;
  /** The keys values may still be under: look-ups search under each, the current first. */
  live: string[];
  /**
   * Reads a key that appeared since the ring was loaded (the file `keys rotate` wrote to a shared DATA_DIR while
   * this process served); false when there is none.
   */
  load?: (id: string) => boolean;
  /** Reads every key file that appeared since the ring was loaded (announced to `keys rotate`, ADR 153). */
  reload?: () => void;
}

export const LEGACY_KEY = 'k0';
export const KEY_ID_RE = /^k\d{1,6}$/;

/** Random initialisation vectors from a pool filled in one call: one call per value cost more than the cipher. */
const ivPool = Buffer.alloc(16 * 1024);
let ivNext = ivPool.length;
function nextIv(bytes: 12 | 16): Buffer {
  if (ivNext + bytes > ivPool.length) {
    randomFillSync(ivPool);
    ivNext = 0;
  }
  ivNext += bytes;
  return ivPool.subarray(ivNext - bytes, ivNext);
}

const derive = (digest: string, master: Buffer, info: string, bytes: number): KeyObject =>
  createSecretKey(Buffer.from(hkdfSync(digest, master, Buffer.alloc(0), info, bytes)));

export class KeyError extends Error {
  /** The key id a keyring lacks, when that is what is wrong (getKey). */
  missingKey?: string;
}

/** What a look-up hash is taken of: the text trimmed and in upper case (an X in an ID number either way). */
const lookupText = (text: string) => text.trim().toUpperCase();

function aesEntry(id: string, master: Buffer): KeyEntry {
  const encKey = derive('sha256', master, 'gonghui id encryption', 32);
  const macKey = derive('sha256', master, 'gonghui id lookup', 32);
  const signKey = derive('sha256', master, 'gonghui member row key', 32);
  const legacy = id === LEGACY_KEY;
  const header = `v2.aes.${id}.`;
  const aad = Buffer.from(header);
  return {
    id,
    algorithm: 'aes',
    encrypt(text) {
      const iv = nextIv(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      if (!legacy) cipher.setAAD(aad);
      const body = cipher.update(text, 'utf8');
      const rest = cipher.final(); // empty for GCM, a stream cipher
      const parts = rest.length ? [iv, cipher.getAuthTag(), body, rest] : [iv, cipher.getAuthTag(), body];
      return `${legacy ? 'v1.' : header}${Buffer.concat(parts).toString('base64')}`;
    },
    decrypt(value) {
      const prefix = legacy ? 'v1.' : header;
      if (!value.startsWith(prefix)) throw new KeyError(`not a value of key ${id}`);
      const raw = Buffer.from(value.slice(prefix.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      if (!legacy) decipher.setAAD(aad);
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(text) {
      const mac = createHmac('sha256', macKey).update(lookupText(text)).digest('base64url');
      return legacy ? mac : `${id}.${mac}`;
    },
    sign: (text) => createHmac('sha256', signKey).update(text).digest('hex').toUpperCase(),
  };
}

const SM3_TAG = 32;

function sm4Entry(id: string, master: Buffer): KeyEntry {
  const encKey = derive('sm3', master, 'gonghui sm4 encryption', 16);
  const tagKey = derive('sm3', master, 'gonghui sm4 authentication', 32);
  const macKey = derive('sm3', master, 'gonghui sm3 lookup', 32);
  const signKey = derive('sm3', master, 'gonghui sm3 member row key', 32);
  const header = `v2.sm4.${id}.`;
  const tag = (iv: Buffer, body: Buffer) =>
    createHmac('sm3', tagKey).update(header).update(iv).update(body).digest();
  return {
    id,
    algorithm: 'sm4',
    encrypt(text) {
      const iv = nextIv(16);
      const cipher = createCipheriv('sm4-ctr', encKey, iv);
      const updated = cipher.update(text, 'utf8');
      const rest = cipher.final(); // empty for CTR, a stream cipher
      const body = rest.length ? Buffer.concat([updated, rest]) : updated;
      return `${header}${Buffer.concat([iv, body, tag(iv, body)]).toString('base64')}`;
    },
    decrypt(value) {
      if (!value.startsWith(header)) throw new KeyError(`not a value of key ${id}`);
      const raw = Buffer.from(value.slice(header.length), 'base64');
      if (raw.length < 16 + SM3_TAG) throw new KeyError(`value of key ${id} cut short`);
      const iv = raw.subarray(0, 16);
      const body = raw.subarray(16, raw.length - SM3_TAG);
      if (!timingSafeEqual(tag(iv, body), raw.subarray(raw.length - SM3_TAG)))
        throw new KeyError(`value of key ${id} fails its SM3 check: altered, or another key's`);
      const decipher = createDecipheriv('sm4-ctr', encKey, iv);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
    hash: (text) => `${id}.${createHmac('sm3', macKey).update(lookupText(text)).digest('base64url')}`,
    sign: (text) => createHmac('sm3', signKey).update(text).digest('hex').toUpperCase(),
  };
}

/** A key entry from its 32 bytes of key material. */
export function createKeyEntry(id: string, algorithm: KeyAlgorithm, master: Buffer): KeyEntry {
  if (master.length !== 32) throw new KeyError(`key ${id} must be 32 bytes`);
  if (!KEY_ID_RE.test(id)) throw new KeyError(`key id "${id}" must be k followed by digits`);
  return algorithm === 'sm4' ? sm4Entry(id, master) : aesEntry(id, master);
}

/** The key a stored value was written under (null: not a protected value's envelope). */
export function keyOfCipher(value: string): string | null {
  if (value.startsWith('v1.')) return LEGACY_KEY;
  const m = /^v2\.(aes|sm4)\.(k\d+)\./.exec(value);
  return m ? m[2] : null;
}

/** The key a look-up hash was computed under. */
export const keyOfHash = (hash: string): string => {
  const dot = hash.indexOf('.');
  return dot < 0 ? LEGACY_KEY : hash.slice(0, dot);
};

/** A keyring of one key: the legacy one, current and the only one live (the state of every installation before). */
export function singleKeyring(master: Buffer): Keyring {
  const k0 = createKeyEntry(LEGACY_KEY, 'aes', master);
  return { keys: new Map([[k0.id, k0]]), current: k0.id, live: [k0.id] };
}

/** The entry of a key id, or a loud failure naming the key that is missing. */
export function getKey(ring: Keyring, id: string): KeyEntry {
  const entry = ring.keys.get(id);
  if (!entry) {
    const e = new KeyError(
      `密钥 ${id} 不在密钥环中（DATA_DIR/keys 或 GONGHUI_ID_KEYS） / key ${id} is not in the keyring (DATA_DIR/keys or GONGHUI_ID_KEYS)`,
    );
    e.missingKey = id;
    throw e;
  }
  return entry;
}

/** Decrypts a value of any key of the ring. */
export function decryptValue(ring: Keyring, value: string): string {
  const id = keyOfCipher(value);
  if (!id) throw new KeyError('not an encrypted value');
  return getKey(ring, id).decrypt(value);
}
