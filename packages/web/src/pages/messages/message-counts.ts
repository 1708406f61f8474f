import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router-dom';
import { refreshAlsoAfterWrite } from '../../api/query.ts';
import { type MessageCounts, messagesApi } from './messages-api.ts';

/**
 * The header badges: unread messages and applications waiting for review. One store for the page, polled
 * every 30 s, on every navigation and after every write while a layout shows it. A failed poll keeps the last value it had
 * (null until the first answer, when no badge shows): never a 0 that would claim nothing waits.
 */
const POLL_MS = 30_000;

let counts: MessageCounts | null = null;
const listeners = new Set<() => void>();
let inFlight: Promise<void> | null = null;

function publish(next: MessageCounts) {
  if (counts && counts.unreadCount === next.unreadCount && counts.waitingReviews === next.waitingReviews)
    return;
  counts = next;
  for (const l of listeners) l();
}

/** Asks the server again now (after the user marked messages read, or reviewed an application). */
export function refreshMessageCounts(): Promise<void> {
  inFlight ??= messagesApi
    .counts()
    .then(publish)
    .catch(() => {
      /* keep the last known counts */
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** The counts, or null while unknown. Polls while mounted; `poll: false` only reads. */
export function useMessageCounts({ poll = true }: { poll?: boolean } = {}): MessageCounts | null {
  const location = useLocation();
  const value = useSyncExternalStore(subscribe, () => counts);
  // biome-ignore lint/correctness/useExhaustiveDependencies: ask again on every navigation
  useEffect(() => {
    if (poll) void refreshMessageCounts();
  }, [poll, location.pathname]);
  useEffect(() => {
    if (!poll) return;
    // a write (a decision on an application, messages marked read) may change them: asked again at once
    const unregister = refreshAlsoAfterWrite(refreshMessageCounts);
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void refreshMessageCounts();
    }, POLL_MS);
    return () => {
      unregister();
      clearInterval(timer);
      // The layout is gone (signed out, or switched side): the next user must not see these counts.
      resetMessageCounts();
    };
  }, [poll]);
  return value;
}

/** Forgets the counts (when the layout that polls them goes, e.g. on sign-out). */
function resetMessageCounts() {
  counts = null;
  for (const l of listeners) l();
}
