/**
 * In-process shortcuts in front of the database for flash claims. Nothing here is a source of truth:
 * the database's guarded update decides every grant. The cache only lets an instance answer
 * "sold out" (or "you already have one") without a round trip once the stock is known to be gone,
 * and avoids reading the program row for every claim.
 *
 * Entries expire after a short time, so a stock raised by staff or a grant withdrawn on another
 * instance is seen again within `ttlMs`.
 */
export interface SoldOutEntry {
  /** When this instance learnt the stock was gone (ms since epoch). */
  at: number;
  /** Who holds a grant, loaded once when the stock is gone (at most `stock` people). */
  holders: ReadonlySet<number>;
  /** A request is asking the database again; meanwhile the others keep the (stale) answer. */
  checking: boolean;
}

export interface TimedCache<V> {
  get(key: number): V | undefined;
  set(key: number, value: V): void;
  delete(key: number): void;
  clear(): void;
}

/** A tiny map whose entries expire `ttlMs` after they were set. */
export function createTimedCache<V>(ttlMs: number, now: () => number = Date.now): TimedCache<V> {
  const map = new Map<number, { value: V; expires: number }>();
  return {
    get(key) {
      const hit = map.get(key);
      if (!hit) return undefined;
      if (hit.expires <= now()) {
        map.delete(key);
        return undefined;
      }
      return hit.value;
    },
    set(key, value) {
      if (map.size > 10_000) map.clear();
      map.set(key, { value, expires: now() + ttlMs });
    },
    delete(key) {
      map.delete(key);
    },
    clear() {
      map.clear();
    },
  };
}
