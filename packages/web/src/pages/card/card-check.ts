/**
 * A member card's code checked in the page, before (or without) the network: the signature with the platform's
 * public key (kept from the last time the page was online), and a phone card's expiry. The server's answer then
 * says whether the membership is still current (ADR 52).
 */
const KEY_STORE = 'gonghui.cardKey';
const SKEW_SECONDS = 60;

export interface CardFace {
  name: string;
  unionName: string;
  memberNo: string;
  printed: boolean;
}
export type OfflineResult =
  | { state: 'ok'; face: CardFace }
  | { state: 'expired'; face: CardFace }
  | { state: 'bad' }
  | { state: 'malformed' }
  | { state: 'unknown'; face: CardFace | null };

const fromB64url = (s: string) => {
  const b = atob(
    s
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(s.length / 4) * 4, '='),
  );
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
};

/** Fetches the public key while online and keeps it for offline checks. */
export async function rememberKey(): Promise<void> {
  try {
    const res = await fetch('/api/card/key', { credentials: 'include' });
    if (res.ok) localStorage.setItem(KEY_STORE, JSON.stringify(await res.json()));
  } catch {
    /* offline: the key kept before serves */
  }
}

export async function checkOffline(token: string, now = Date.now()): Promise<OfflineResult> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'GHC1') return { state: 'malformed' };
  let payload: { k: string; n: string; u: string; no: string; e: number };
  try {
    payload = JSON.parse(new TextDecoder().decode(fromB64url(parts[1])));
  } catch {
    return { state: 'malformed' };
  }
  const face = { name: payload.n, unionName: payload.u, memberNo: payload.no, printed: payload.k === 'r' };
  const stored = localStorage.getItem(KEY_STORE);
  // WebCrypto exists only on https pages and on localhost
  if (!stored || !globalThis.crypto?.subtle) return { state: 'unknown', face };
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      JSON.parse(stored),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      key,
      fromB64url(parts[2]),
      new TextEncoder().encode(`${parts[0]}.${parts[1]}`),
    );
    if (!ok) return { state: 'bad' };
  } catch {
    return { state: 'unknown', face };
  }
  if (payload.k === 'p' && payload.e + SKEW_SECONDS < Math.floor(now / 1000))
    return { state: 'expired', face };
  return { state: 'ok', face };
}
