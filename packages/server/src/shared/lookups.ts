/**
 * Look-ups of keyed hashes while a key rotation runs (ADR 79): a stored hash may be under the current key or under
 * the previous one until the rotation completes, so a look-up searches for a value under every live key
 * (`ids.lookups`, the current first) and answers by the current hash, as if every row were already rewritten.
 */

/** One value's hashes under every live key, the current first (`ids.lookups`), or a single hash. */
export type Lookup = string | readonly string[];

/**
 * The hashes a set of look-ups searches for in one `= any(…)` read, and the answer key of a hash found: the first
 * (current) hash of the look-up it belongs to.
 */
export function spreadLookups(lookups: readonly Lookup[]): {
  hashes: string[];
  keyOf: (hash: string) => string;
} {
  const key = new Map<string, string>();
  for (const l of lookups) {
    const all = typeof l === 'string' ? [l] : l;
    for (const h of all) if (all.length && !key.has(h)) key.set(h, all[0]);
  }
  return { hashes: [...key.keys()], keyOf: (hash) => key.get(hash) ?? hash };
}

/**
 * Collects the look-ups of the values of a sheet, each once: `add` answers the value's current hash (what the
 * caller keys its rows by), `all` the look-ups to read with.
 */
export function collectLookups(lookupsOf: (value: string) => string[]) {
  const byHash = new Map<string, string[]>();
  return {
    add(value: string): string {
      const l = lookupsOf(value);
      byHash.set(l[0], l);
      return l[0];
    },
    all: (): string[][] => [...byHash.values()],
  };
}
