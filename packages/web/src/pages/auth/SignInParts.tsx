import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Me } from '../../api/types.ts';
import { homeOf } from '../../auth/session.tsx';

/**
 * Where a sign-in lands: the page asked for (`next` in the address) when it is on the same side as the user's
 * home (staff, or the phone pages under /m), else the home.
 */
export function useLandAfterSignIn() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (me: Pick<Me, 'role' | 'permissions'>) => {
    const next = params.get('next');
    const home = homeOf(me);
    const sameSide = next?.startsWith('/m') === home.startsWith('/m');
    navigate(next?.startsWith('/') && sameSide ? next : home, { replace: true });
  };
}
