import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../../api/types.ts';
import { homeOf } from '../../auth/session.tsx';

/**
 * Where a signed-in user lands from a sign-in page: the page asked for (`next` in the address) when it is on the
 * same side as the user's home (staff, or the phone pages under /m), else the home.
 */
export function useLanding() {
  const [params] = useSearchParams();
  return (me: Pick<Me, 'role' | 'permissions'>) => {
    const next = params.get('next');
    const home = homeOf(me);
    const sameSide = next?.startsWith('/m') === home.startsWith('/m');
    return next?.startsWith('/') && sameSide ? next : home;
  };
}

/** Goes where a sign-in lands (`useLanding`). */
export function useLandAfterSignIn() {
  const navigate = useNavigate();
  const landing = useLanding();
  return (me: Pick<Me, 'role' | 'permissions'>) => navigate(landing(me), { replace: true });
}
