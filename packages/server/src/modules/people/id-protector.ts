import { timingSafeEqual } from 'node:crypto';
import { decryptValue, getKey, type Keyring, singleKeyring } from '../keys/index.ts';
import { maskIdNumber, type ParsedIdNumber } from './idcard.ts';

/**
 * Encrypts ID-card, bank account and 京卡 numbers at rest and derives a keyed hash used for the platform-wide
 * uniqueness check and look-up, so the plain number never has to be compared in SQL; under the keyring's current
 * key (AES-256-GCM + HMAC-SHA256 by default, SM4 + HMAC-SM3 with GONGHUI_CRYPTO=sm, ADR 79). It also signs the
 * row key of an exported member sheet (行标识): the person's id and a keyed signature, so a row brought back
 * names its member even with a masked ID number, and a key typed over or edited is known.
 */
export interface IdProtector {
  encrypt(number: string): string;
  /** Decrypts a value of any key in the ring; fails loudly when altered or its key is missing. */
  decrypt(cipher: string): string;
  /** The look-up hash under the current key: what is written. */
  hash(number: string): string;
  /**
   * The look-up hashes under every live key, the current first: what a look-up searches for (during a rotation
   * a stored hash may still be under the previous key).
   */
  lookups(number: string): string[];
  /** The row key of a person in an exported member sheet, e.g. 1234-3FA9C01B7D. */
  rowKey(personId: number): string;
  /** The person a row key names, or null when it is not a key this platform signed (edited, cut short). */
  readRowKey(text: string): number | null;
  /** Whether a rotation is under way (values of more than one key may be stored). */
  isRotating(): boolean;
  readonly keyring: Keyring;
}

/** Hex characters of a row key's signature: 40 bits, enough to know a key edited by hand. */
const ROW_KEY_SIGNATURE = 10;
const ROW_KEY_RE = /^(\d{1,15})-([0-9A-F]{10})$/;

/** A protector over a keyring (or, as before the keyring, over the one 32-byte key). */
export function createIdProtector(key: Buffer | Keyring): IdProtector {
  const ring = Buffer.isBuffer(key) ? singleKeyring(key) : key;
  const current = () => getKey(ring, ring.current);
  const signature = (personId: string, keyId: string) =>
    getKey(ring, keyId).sign(personId).slice(0, ROW_KEY_SIGNATURE);
  return {
    keyring: ring,
    encrypt: (number) => current().encrypt(number),
    decrypt: (text) => decryptValue(ring, text),
    hash: (number) => current().hash(number),
    lookups: (number) => ring.live.map((id) => getKey(ring, id).hash(number)),
    isRotating: () => ring.live.length > 1,
    rowKey(personId) {
      return `${personId}-${signature(String(personId), ring.current)}`;
    },
    readRowKey(text) {
      const m = ROW_KEY_RE.exec(text.normalize('NFKC').replace(/\s/g, '').toUpperCase());
      if (!m) return null;
      const id = String(Number(m[1]));
      if (id !== m[1]) return null;
      // a sheet exported before a rotation still names its rows while the old key is live
      const ok = ring.live.some((k) => timingSafeEqual(Buffer.from(signature(id, k)), Buffer.from(m[2])));
      return ok ? Number(id) : null;
    },
  };
}

/**
 * What a new person's row keeps of their ID number: the look-up hash under the current key, the cipher, the masked
 * form, and the birth day and gender the number tells.
 */
export function storedIdNumber(ids: IdProtector, id: ParsedIdNumber) {
  return {
    idHash: ids.hash(id.number),
    idCipher: ids.encrypt(id.number),
    idMasked: maskIdNumber(id.number),
    birthDate: id.birthDate,
    gender: id.gender,
  };
}
