import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomFillSync,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Encrypts ID-card numbers at rest (AES-256-GCM) and derives a keyed hash (HMAC-SHA256) used for the
 * platform-wide uniqueness check and look-up, so the plain number never has to be compared in SQL. It also
 * signs the row key of an exported member sheet (行标识): the person's id and a keyed signature, so a row
 * brought back names its member even with a masked ID number, and a key typed over or edited is known.
 */
export interface IdProtector {
  encrypt(number: string): string;
  decrypt(cipher: string): string;
  hash(number: string): string;
  /** The row key of a person in an exported member sheet, e.g. 1234-3FA9C01B7D. */
  rowKey(personId: number): string;
  /** The person a row key names, or null when it is not a key this platform signed (edited, cut short). */
  readRowKey(text: string): number | null;
}

/** Hex characters of a row key's signature: 40 bits, enough to know a key edited by hand. */
const ROW_KEY_SIGNATURE = 10;
const ROW_KEY_RE = /^(\d{1,15})-([0-9A-F]{10})$/;

/**
 * Random initialisation vectors, taken 12 bytes at a time from a pool filled in one call: a million-row
 * import encrypts a million numbers, and one call to the random source per number cost more than the
 * encryption itself. Each vector is still fresh random bytes, never reused.
 */
const IV_BYTES = 12;
const ivPool = Buffer.alloc(IV_BYTES * 1024);
let ivNext = ivPool.length;
function nextIv(): Buffer {
  if (ivNext === ivPool.length) {
    randomFillSync(ivPool);
    ivNext = 0;
  }
  ivNext += IV_BYTES;
  return ivPool.subarray(ivNext - IV_BYTES, ivNext);
}

export function createIdProtector(masterKey: Buffer): IdProtector {
  if (masterKey.length !== 32) throw new Error('ID key must be 32 bytes');
  // key objects, made once: a raw key is imported again by every call (a third of each hash's cost)
  const encKey = createSecretKey(
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gonghui id encryption', 32)),
  );
  const macKey = createSecretKey(
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gonghui id lookup', 32)),
  );
  const rowKeyKey = createSecretKey(
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'gonghui member row key', 32)),
  );
  const signature = (personId: string) =>
    createHmac('sha256', rowKeyKey).update(personId).digest('hex').slice(0, ROW_KEY_SIGNATURE).toUpperCase();
  return {
    encrypt(number) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(text) {
      const raw = Buffer.from(text.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    hash(number) {
      return createHmac('sha256', macKey).update(number.trim().toUpperCase()).digest('base64url');
    },
    rowKey(personId) {
      return `${personId}-${signature(String(personId))}`;
    },
    readRowKey(text) {
      const m = ROW_KEY_RE.exec(text.normalize('NFKC').replace(/\s/g, '').toUpperCase());
      if (!m) return null;
      const id = String(Number(m[1]));
      if (id !== m[1]) return null;
      const ok = timingSafeEqual(Buffer.from(signature(id)), Buffer.from(m[2]));
      return ok ? Number(id) : null;
    },
  };
}
