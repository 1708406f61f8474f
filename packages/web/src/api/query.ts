import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Middleware } from 'openapi-fetch';
import { ApiError, api, onSessionLost } from './client.ts';

/**
 * The web's data layer (ADR 84): every read goes through one TanStack Query client, so a page shows what it read
 * before at once when it comes back (and asks again behind it), a read that found no network is tried again, and
 * a write refreshes what it may have changed.
 */

/** The to-do list (the landing page's cards and the menu's 待办 count). */
export const TODO_KEY = ['todo'] as const;
/** The areas the menu shows (its 更多服务 fold). */
export const MENU_USAGE_KEY = ['menu-usage'] as const;
/** What every successful write refreshes at once wherever it is shown: the counts of the menu and the to-do list. */
export const REFRESHED_AFTER_WRITE: readonly QueryKey[] = [TODO_KEY, MENU_USAGE_KEY];

/** Only a read that found no server at all is tried again (twice); an answer of the server is final. */
export function shouldRetry(failures: number, error: unknown): boolean {
  return failures < 2 && error instanceof ApiError && error.status === 0;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

/** The app's one query client, given to the whole app at its root (main.tsx). */
export const queryClient = createQueryClient();

/** Counts kept outside the query client (the header's 待审 and unread badges), read again after every write. */
const AFTER_WRITE = new Set<() => Promise<void>>();

/**
 * Has `refresh` run after every successful write until the returned function is called: for a count shown on
 * every page that is not one of the query client's reads (a decision on an application lowers 待审 at once).
 */
export function refreshAlsoAfterWrite(refresh: () => Promise<void>): () => void {
  AFTER_WRITE.add(refresh);
  return () => {
    AFTER_WRITE.delete(refresh);
  };
}

/**
 * After a successful write: whatever was read before may be out of date. Reads of pages no longer shown are
 * dropped (a page opened after a write never shows what was true before it); those shown are marked stale; the
 * menu's counts, the to-do list and the counts registered with `refreshAlsoAfterWrite` are read again now.
 */
export async function refreshAfterWrite(client: QueryClient = queryClient): Promise<void> {
  client.removeQueries({ type: 'inactive' });
  await client.invalidateQueries({ refetchType: 'none' });
  await Promise.all([
    ...REFRESHED_AFTER_WRITE.map((queryKey) => client.refetchQueries({ queryKey, type: 'active' })),
    ...[...AFTER_WRITE].map((refresh) => refresh()),
  ]);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes to the session itself (sign-in, sign-out, a password, a role switch): the signed-in user changes, and the
 * pages read again for the new one as they mount — a refresh now would ask for the old one's counts, or for nobody's.
 */
const SESSION_WRITE = /\/api\/auth\//;

/** The API client's part: a write the server accepted refreshes what it may have changed. */
export function writeRefresh(client: QueryClient = queryClient): Middleware {
  return {
    onResponse({ request, response }) {
      if (!WRITES.has(request.method.toUpperCase()) || !response.ok) return undefined;
      if (SESSION_WRITE.test(new URL(request.url).pathname)) client.clear();
      else void refreshAfterWrite(client);
      return undefined;
    },
  };
}

api.use(writeRefresh());
// The session is gone: nothing read for it may be shown to whoever signs in next.
onSessionLost(() => queryClient.clear());
