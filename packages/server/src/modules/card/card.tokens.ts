import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import type { Db } from '../../db/db.ts';
import { findCardKey, insertCardKey } from './card.repository.ts';

/**
 * The card's QR code (ADR 52): `GHC1.<payload>.<signature>`, the payload base64url JSON, the signature ECDSA P-256
 * over `GHC1.<payload>` in IEEE P1363 form (r‖s), which the browser's WebCrypto checks with the public key alone.
 * A phone card (`k: 'p'`) expires minutes after it is shown; a printed card (`k: 'r'`) does not, and lives as long as
 * the membership it names (a transfer or a closed membership ends it, checked online).
 */
export const TOKEN_PREFIX = 'GHC1';
/** How long a phone card's code stays valid; the page shows a new one every minute. */
export const PHONE_TOKEN_SECONDS = 300;
/** Clock difference allowed between the member's phone, the server and a scanner. */
export const SKEW_SECONDS = 60;

export interface CardPayload {
  v: 1;
  /** 'p' a phone card (expires), 'r' a printed card. */
  k: 'p' | 'r';
  /** The person and the membership the card stands for. */
  p: number;
  m: number;
  /** Name, union and member number as printed on the card. */
  n: string;
  u: string;
  no: string;
  /** Expiry, seconds since 1970 (0: none, a printed card). */
  e: number;
}

export interface CardKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: JsonWebKey;
}

/** The key pair, made and stored on first use; every instance signs with the one stored. */
export async function loadCardKeys(db: Db): Promise<CardKeys> {
  let row = await findCardKey(db);
  if (!row) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await insertCardKey(
      db,
      pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      pair.publicKey.export({ format: 'jwk' }),
    );
    row = await findCardKey(db);
  }
  const privateKey = createPrivateKey(row.privatePkcs8);
  return { privateKey, publicKey: createPublicKey(privateKey), publicJwk: row.publicJwk };
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export function signCard(keys: CardKeys, payload: CardPayload): string {
  const head = `${TOKEN_PREFIX}.${b64(JSON.stringify(payload))}`;
  const sig = sign('sha256', Buffer.from(head), { key: keys.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${head}.${b64(sig)}`;
}

export type TokenProblem = 'malformed' | 'signature' | 'expired';

/** The payload of a token whose signature holds and which has not expired at `now`, or what is wrong with it. */
export function readCard(
  keys: CardKeys,
  token: string,
  now: Date,
): { payload: CardPayload } | { problem: TokenProblem } {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== TOKEN_PREFIX) return { problem: 'malformed' };
  let payload: CardPayload;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { problem: 'malformed' };
  }
  if (
    payload?.v !== 1 ||
    (payload.k !== 'p' && payload.k !== 'r') ||
    !Number.isInteger(payload.m) ||
    !Number.isInteger(payload.p)
  )
    return { problem: 'malformed' };
  const ok = verify(
    'sha256',
    Buffer.from(`${parts[0]}.${parts[1]}`),
    { key: keys.publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(parts[2], 'base64url'),
  );
  if (!ok) return { problem: 'signature' };
  if (payload.k === 'p' && payload.e + SKEW_SECONDS < Math.floor(now.getTime() / 1000))
    return { problem: 'expired' };
  return { payload };
}

/** The member number printed on a card: the membership's number, ten digits. */
export const memberNo = (membershipId: number) => String(membershipId).padStart(10, '0');
