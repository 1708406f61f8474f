import { LoadingOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session.tsx';
import { Field } from '../../components/Field.tsx';
import { FormFailure } from '../../components/FormFailure.tsx';
import { requiredTextRule } from '../../components/form-rules.ts';
import { RequiredField } from '../../components/RequiredItem.tsx';
import { useLandAfterSignIn } from './SignInParts.tsx';

/**
 * Username-or-phone and password; shows the server's message (wrong password, throttled) in the current language.
 * When the server asks for a security check (a proof of work), it runs without the user doing anything, shown as such.
 */
export function LoginForm({
  size = 'large',
  portal = 'staff',
}: {
  size?: 'middle' | 'large';
  portal?: 'staff' | 'worker';
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const land = useLandAfterSignIn();
  const [busy, setBusy] = useState(false);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      land(await signIn(v.username.trim(), v.password, portal, () => setChecking(true)));
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
      setChecking(false);
    }
  };

  return (
    <Form layout="vertical" size={size} onFinish={submit} requiredMark={false} data-testid="login-form">
      {checking && (
        <Form.Item>
          <Alert
            type="info"
            showIcon
            icon={<LoadingOutlined />}
            title={t('auth.securityCheck')}
            data-testid="login-check"
          />
        </Form.Item>
      )}
      <FormFailure failure={failure} testId="login-error" />
      <Field
        id="login-username"
        name="username"
        label={t('auth.username')}
        rules={[requiredTextRule(t, t('auth.username'))]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="off" />
      </Field>
      <RequiredField id="login-password" name="password" label={t('auth.password')}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </RequiredField>
      <Form.Item style={{ marginBottom: 8 }}>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
          {t('auth.signIn')}
        </Button>
      </Form.Item>
    </Form>
  );
}
