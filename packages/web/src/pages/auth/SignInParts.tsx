import { Alert, Form } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client.ts';
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

/** Why a sign-in failed, in the current language: a warning when the server throttled it, else an error. */
export function SignInFailure({ failure, testId }: { failure: unknown; testId: string }) {
  if (failure === null) return null;
  const throttled = failure instanceof ApiError && failure.status === 429;
  return (
    <Form.Item>
      <Alert
        type={throttled ? 'warning' : 'error'}
        showIcon
        title={errorMessage(failure)}
        data-testid={testId}
      />
    </Form.Item>
  );
}
