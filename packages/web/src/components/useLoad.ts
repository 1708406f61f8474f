import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { type DependencyList, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
  /** Replaces the data (e.g. with what a save answered) without a round trip. */
  set(data: T): void;
}

export interface LoadOptions {
  /**
   * The query's name where other code refreshes it (api/query.ts: TODO_KEY, MENU_USAGE_KEY); without it the
   * place that calls useLoad names it.
   */
  key?: QueryKey;
}

const NOTHING = Symbol('nothing');

/** Functions, maps, sets and other non-plain values in a key stand by their identity, as React compares deps. */
const identities = new WeakMap<object, number>();
let nextIdentity = 0;
function keyPart(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'function') return value;
  } else if (
    Array.isArray(value) ||
    Object.getPrototypeOf(value) === Object.prototype ||
    value instanceof Date
  ) {
    return value;
  }
  const ref = value as object;
  let id = identities.get(ref);
  if (id === undefined) {
    id = ++nextIdentity;
    identities.set(ref, id);
  }
  return { identity: id };
}

/**
 * The place in the code that called useLoad, from a stack taken in useLoad's own body: its first frame is useLoad,
 * the next the caller (a line and column, also in the built bundle). With the load's text, each call's reads are
 * cached apart and the same call finds its cache when its page comes back.
 */
function callerOf(stack: string | undefined): string {
  const frames = (stack ?? '').split('\n').filter((l) => l.trim() && !/^\s*Error\b/.test(l));
  return frames[1]?.trim() ?? '';
}

/**
 * Runs `load` when `deps` change; the latest call wins. Built on TanStack Query (ADR 84): what a call read is
 * cached under its page, its place in the code and its deps, shown at once when the page comes back (and read again behind
 * it), and refreshed after writes (api/query.ts).
 */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: DependencyList,
  options: LoadOptions = {},
): Loaded<T> {
  const client = useQueryClient();
  const site = useRef<string | null>(null);
  // taken here, not in a callback React calls, so that the stack's next frame is the caller
  if (site.current === null) site.current = callerOf(new Error().stack);
  // the page is part of the key: a shared component (a list's mould) calls from one line with the same text on
  // every page, and one page's reads must never be shown on another
  const page = typeof window === 'undefined' ? '' : window.location.pathname;
  const queryKey = [...(options.key ?? ['load', page, site.current, String(load)]), ...deps.map(keyPart)];
  // the latest `load` answers, as the deps it read were when it was made
  const latest = useRef(load);
  latest.current = load;
  const [reloading, setReloading] = useState(false);
  const query = useQuery({
    queryKey,
    // the cache keeps no undefined: a load that answers nothing is kept as NOTHING
    queryFn: async () => {
      const value = await latest.current();
      return value === undefined ? NOTHING : value;
    },
  });
  return {
    data: query.data === NOTHING ? undefined : (query.data as T | undefined),
    // A retry shows the spinner again, not the old error.
    error: query.isFetching ? null : query.error,
    loading: query.isFetching || query.isPending || reloading,
    reload: async () => {
      setReloading(true);
      try {
        await query.refetch();
      } finally {
        setReloading(false);
      }
    },
    set: (data: T) => client.setQueryData(queryKey, data),
  };
}
