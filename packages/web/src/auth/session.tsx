import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onSessionLost, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';

interface Session {
  /** The signed-in user; null when signed out; undefined while loading. */
  me: Me | null | undefined;
  /** `portal: 'worker'` (the phone sign-in) acts as the worker role when the user holds one. */
  signIn(username: string, password: string, portal?: 'staff' | 'worker'): Promise<Me>;
  signOut(): Promise<void>;
  can(permission: string): boolean;
  /** Reads the session again (GET /api/auth/me), e.g. after set-up, a password change or a role switch. */
  refresh(): Promise<Me | null>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => onSessionLost(() => setMe(null)), []);

  useEffect(() => {
    let alive = true;
    unwrap(api.GET('/api/auth/me'))
      .then((m) => alive && setMe(m))
      .catch((err) => {
        if (alive) setMe(null);
        if (!(err instanceof ApiError) || err.status !== 401) console.warn(err);
      });
    return () => {
      alive = false;
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string, portal?: 'staff' | 'worker') => {
    const m = await unwrap(api.POST('/api/auth/login', { body: { username, password, portal } }));
    setMe(m);
    return m;
  }, []);

  const signOut = useCallback(async () => {
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    setMe(null);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const m = await unwrap(api.GET('/api/auth/me'));
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
    () => ({ me, signIn, signOut, refresh, can: (p) => !!me?.permissions.includes(p) }),
    [me, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Where a user lands after signing in: workers on their profile, everyone else on the union tree. */
export const homeOf = (me: Pick<Me, 'role'>) =>
  me.role === 'worker' ? '/m/me' : me.role === 'judge' ? '/judging' : '/orgs';
