import { KeyOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { BrandedPage } from '../../components/BrandedPage.tsx';
import { Field } from '../../components/Field.tsx';
import { showAtField } from '../../components/fieldRefusal.ts';
import { requiredTextRule } from '../../components/form-rules.ts';
import { LinkResult } from '../../components/guards.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { NewAccountFields, PasswordAgainItem } from './AccountFields.tsx';

interface SetupValues {
  token: string;
  username: string;
  displayName: string;
  password: string;
  password2: string;
}

/**
 * First-run set-up (public): with no account yet, creates the platform administrator with the one-time
 * token the server printed on its console, signs in, and opens the union tree to create the federation.
 */
export default function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.setup.title'));
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const needed = useLoad(() => unwrap(api.GET('/api/setup')), []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [form] = Form.useForm<SetupValues>();

  if (me && !busy) return <Navigate to="/" replace />;

  const submit = async (v: SetupValues) => {
    setBusy(true);
    setFailure(null);
    try {
      await unwrap(
        api.POST('/api/setup', {
          body: {
            token: v.token.trim(),
            username: v.username.trim(),
            displayName: v.displayName.trim(),
            password: v.password,
          },
        }),
      );
      await refresh();
      // busy stays set: the page, signed in now, would otherwise send the administrator home before the navigation
      // to the next step has rendered. The next step names the security and audit administrators (三员分立), then
      // opens the welcome tree.
      navigate('/users/administrators?first=1', { replace: true });
    } catch (err) {
      // a password or a login name refused is said under its field; a wrong token above the form
      if (!showAtField(form, err)) setFailure(err);
      setBusy(false);
    }
  };

  let body: React.ReactNode;
  if (needed.error) body = <LoadError error={needed.error} retry={needed.reload} />;
  else if (!needed.data) body = <Spin />;
  else if (!needed.data.needed) {
    body = (
      <LinkResult
        status="info"
        title={t('acct.setup.alreadyDone')}
        to="/login"
        label={t('acct.setup.toLogin')}
      />
    );
  } else {
    body = (
      <Form<SetupValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        data-testid="setup-form"
        autoComplete="off"
      >
        <Typography.Paragraph type="secondary">{t('acct.setup.intro')}</Typography.Paragraph>
        <Alert type="info" showIcon title={t('acct.setup.tokenWhere')} style={{ marginBottom: 16 }} />
        {failure !== null && (
          <Alert
            type="error"
            showIcon
            title={errorMessage(failure)}
            style={{ marginBottom: 16 }}
            data-testid="setup-error"
          />
        )}
        <SetupFields />
        <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="setup-submit">
          {t('acct.setup.submit')}
        </Button>
      </Form>
    );
  }

  return (
    <BrandedPage subtitle={t('acct.setup.subtitle')} title={t('acct.setup.title')} testId="setup-page">
      {body}
    </BrandedPage>
  );
}

/** The set-up form's fields: the one-time token, the administrator's account, the password again. */
export function SetupFields() {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="token"
        label={t('acct.setup.token')}
        id="setup-token"
        rules={[requiredTextRule(t, t('acct.setup.token'))]}
      >
        <Input prefix={<KeyOutlined />} className="mono" autoComplete="off" />
      </Field>
      <NewAccountFields
        id="setup"
        usernameLabel={t('acct.setup.username')}
        usernameHint={t('acct.setup.usernameHint')}
        usernameAutoComplete="username"
        passwordLabel={t('acct.setup.password')}
        passwordHint={t('acct.setup.passwordHint')}
      />
      <PasswordAgainItem
        name="password2"
        of="password"
        label={t('acct.setup.password2')}
        id="setup-password2"
      />
    </>
  );
}
