import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field.tsx';
import { requiredRule, requiredTextRule } from '../../components/form-rules.ts';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}$/;

/**
 * A new account's username, name and password, as the first run's setup and the administrators' page ask for
 * them: `id` prefixes the inputs' ids (`<id>-username`, `-name`, `-password`), which their labels point at; the labels
 * and hints are theirs.
 */
export function NewAccountFields({
  id,
  usernameLabel,
  usernameHint,
  usernameAutoComplete,
  passwordLabel,
  passwordHint,
}: {
  id: string;
  usernameLabel: string;
  usernameHint?: string;
  usernameAutoComplete?: string;
  passwordLabel: string;
  passwordHint: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="username"
        label={usernameLabel}
        id={`${id}-username`}
        extra={usernameHint}
        rules={[
          requiredRule(t, usernameLabel),
          { pattern: USERNAME, message: t('acct.users.usernameInvalid') },
        ]}
      >
        <Input prefix={<UserOutlined />} autoCapitalize="off" autoComplete={usernameAutoComplete} />
      </Field>
      <Field
        name="displayName"
        label={t('acct.setup.displayName')}
        id={`${id}-name`}
        rules={[requiredTextRule(t, t('acct.setup.displayName'))]}
      >
        <Input maxLength={50} />
      </Field>
      <Field
        name="password"
        label={passwordLabel}
        id={`${id}-password`}
        extra={passwordHint}
        rules={[requiredRule(t, t('acct.setup.password')), { min: 8, message: t('acct.setup.passwordHint') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Field>
    </>
  );
}

/** The new password typed again (`name`), checked against the form's field `of`; `id` the input's, its label's target. */
export function PasswordAgainItem({
  name,
  of,
  label,
  id,
}: {
  name: string;
  of: string;
  label: string;
  id: string;
}) {
  const { t } = useTranslation();
  return (
    <Field
      name={name}
      label={label}
      id={id}
      dependencies={[of]}
      rules={[
        requiredRule(t, label),
        ({ getFieldValue }) => ({
          validator: (_, value) =>
            !value || value === getFieldValue(of)
              ? Promise.resolve()
              : Promise.reject(new Error(t('acct.setup.mismatch'))),
        }),
      ]}
    >
      <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
    </Field>
  );
}
