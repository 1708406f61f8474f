import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onSessionLost, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { type Challenge, solveChallenge } from './proof-of-work.ts';

interface Session {
  /** The signed-in user; null when signed out; undefined while loading. */
  me: Me | null | undefined;
  /**
   * `portal: 'worker'` (the phone sign-in) acts as the worker role when the user holds one. When the server asks
   * for a security check (a proof of work, for a login guessed at often), it is solved and the sign-in sent again;
   * `onSecurityCheck` is told when that starts.
   */
  signIn(
    username: string,
    password: string,
    portal?: 'staff' | 'worker',
    onSecurityCheck?: () => void,
  ): Promise<Me>;
  signOut(): Promise<void>;
  /**
   * The user signed out themselves: the sign-in page is opened without the page they were on to come back to (the
   * next person signing in on that phone or desk starts at their own home).
   */
  signedOut: boolean;
  can(permission: string): boolean;
  /** Reads the session again (GET /api/auth/session), e.g. after set-up, a password change or a role switch. */
  refresh(): Promise<Me | null>;
  /** Why the last session ended early (idle, or signed in elsewhere), for the sign-in page; null otherwise. */
  ended: { zh: string; en: string } | null;
  /** The sign-in before this one, to show once after signing in (the landing page's banner); null once seen. */
  notice: { last: Me['lastSignIn'] } | null;
  dismissNotice(): void;
  /** Why the session could not be read at all (the network or the server failed; `me` stays undefined), else null. */
  loadError: unknown;
  /** Reads the session again after `loadError`. */
  retryLoad(): void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [ended, setEnded] = useState<{ zh: string; en: string } | null>(null);
  const [notice, setNotice] = useState<{ last: Me['lastSignIn'] } | null>(null);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(
    () =>
      onSessionLost((why) => {
        if (why.code === 'SESSION_IDLE' || why.code === 'SESSION_REPLACED') {
          setEnded({ zh: why.messageZh, en: why.messageEn });
        }
        setMe(null);
      }),
    [],
  );

  const [loadError, setLoadError] = useState<unknown>(null);
  const [probes, setProbes] = useState(0);
  useEffect(() => {
    void probes; // each retry reads the session again
    let alive = true;
    // the quiet probe: a signed-out visitor (every public page) is an answer, not a 401 in the console; a network
    // or server failure is neither signed in nor out, and is said with a retry rather than sent to the sign-in page
    unwrap(api.GET('/api/auth/session'))
      .then((s) => {
        if (!alive) return;
        setLoadError(null);
        setMe(s.me);
        if (s.ended) setEnded({ zh: s.ended.messageZh, en: s.ended.messageEn });
      })
      .catch((err) => {
        if (!alive) return;
        if (err instanceof ApiError && err.status === 401) setMe(null);
        else setLoadError(err);
      });
    return () => {
      alive = false;
    };
  }, [probes]);
  const retryLoad = useCallback(() => {
    setLoadError(null);
    setProbes((n) => n + 1);
  }, []);

  const signIn = useCallback(
    async (username: string, password: string, portal?: 'staff' | 'worker', onSecurityCheck?: () => void) => {
      let proof: { challenge: string; solution: string } | undefined;
      for (let round = 1; ; round++) {
        try {
          const m = await unwrap(
            api.POST('/api/auth/login', { body: { username, password, portal, ...proof } }),
          );
          setMe(m);
          setLoadError(null);
          setEnded(null);
          setSignedOut(false);
          setNotice({ last: m.lastSignIn });
          return m;
        } catch (err) {
          const asked = challengeOf(err);
          // a fresh challenge comes with each refusal; three in a row means something else is wrong
          if (!asked || round > 3) throw err;
          onSecurityCheck?.();
          proof = { challenge: asked.challenge, solution: await solveChallenge(asked) };
        }
      }
    },
    [],
  );

  const signOut = useCallback(async () => {
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    setSignedOut(true);
    setMe(null);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const { me: m } = await unwrap(api.GET('/api/auth/session'));
      setMe(m);
      return m;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setMe(null);
        return null;
      }
      throw err;
    }
  }, []);

  const value = useMemo<Session>(
    () => ({
      me,
      signIn,
      signOut,
      signedOut,
      refresh,
      can: (p) => !!me?.permissions.includes(p),
      ended,
      notice,
      dismissNotice: () => setNotice(null),
      loadError,
      retryLoad,
    }),
    [me, signIn, signOut, signedOut, refresh, ended, notice, loadError, retryLoad],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The challenge a sign-in refusal asks to solve, if it asks for one. */
function challengeOf(err: unknown): Challenge | undefined {
  if (!(err instanceof ApiError)) return undefined;
  if (err.code !== 'LOGIN_CHALLENGE_REQUIRED' && err.code !== 'LOGIN_CHALLENGE_FAILED') return undefined;
  const d = err.details as Partial<Challenge> | undefined;
  return typeof d?.challenge === 'string' && typeof d.difficulty === 'number'
    ? { challenge: d.challenge, difficulty: d.difficulty }
    : undefined;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/**
 * Where a user lands after signing in and at `/`: a worker on the phone pages' home (their profile), a judge on
 * their panels, a reviewer on the applications waiting for them, the staff of a union and the administrator on
 * the statistics dashboard of their subtree (the union tree for a role without statistics).
 */
export const homeOf = (me: Pick<Me, 'role' | 'permissions'>) =>
  me.role === 'worker'
    ? '/m/me'
    : me.role === 'judge'
      ? '/judging'
      : me.role === 'counsellor'
        ? '/counselling/mine'
        : me.permissions.includes('todo.read')
          ? '/todo'
          : '/orgs';
