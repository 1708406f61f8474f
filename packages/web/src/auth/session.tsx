import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, onSessionLost, unwrap } from '../api/client.ts';
import type { Me } from '../api/types.ts';

interface Session {
  /** The signed-in user; null when signed out; undefined while loading. */
  me: Me | null | undefined;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  can(permission: string): boolean;
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

  const signIn = useCallback(async (username: string, password: string) => {
    const m = await unwrap(api.POST('/api/auth/login', { body: { username, password } }));
    setMe(m);
    return m;
  }, []);

  const signOut = useCallback(async () => {
    await unwrap(api.POST('/api/auth/logout')).catch(() => undefined);
    setMe(null);
  }, []);

  const value = useMemo<Session>(
    () => ({ me, signIn, signOut, can: (p) => !!me?.permissions.includes(p) }),
    [me, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Where a user lands after signing in: workers on their profile, everyone else on the union tree. */
export const homeOf = (me: Pick<Me, 'role'>) => (me.role === 'worker' ? '/m/me' : '/orgs');
