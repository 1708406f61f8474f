import { Alert, Form } from 'antd';
import { ApiError, errorMessage } from '../api/client.ts';

/**
 * Why a form the server refused failed (a sign-in, an activation, a request to join), in the current language,
 * at the form's top: a warning when the server throttled it, else an error; nothing before a failure.
 */
export function FormFailure({ failure, testId }: { failure: unknown; testId: string }) {
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
