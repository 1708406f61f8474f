import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { showAtField } from '../../components/fieldRefusal.ts';
import { RequiredField } from '../../components/RequiredItem.tsx';
import { useAttempt } from '../../components/useBusy.ts';
import { PasswordAgainItem } from './AccountFields.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  newPassword2: string;
}

/**
 * One's own password change, as /account (desktop) and 我的 → 修改密码 (phone) show it: the current password, the new
 * one twice, the rules under the new one (a worker's only, staff also the security settings'). A refusal naming a
 * field (a wrong current password, a new one the rules refuse) is said under it, any other above the form.
 * `onChanged` gets the session as it is after the change. `phone` draws large inputs and a full-width button.
 */
export function PasswordChangeForm({
  phone = false,
  onChanged,
}: {
  phone?: boolean;
  onChanged?: (before: Me, after: Me | null) => void;
}) {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const feedback = useFeedback();
  const [form] = Form.useForm<PasswordValues>();
  const { busy, failure, run } = useAttempt();
  if (!me) return null;

  const submit = (v: PasswordValues) =>
    run(async () => {
      try {
        await unwrap(
          api.POST('/api/auth/password', {
            body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
          }),
        );
      } catch (err) {
        // a new password the rules refuse, and a wrong current password, are each said under their field
        if (showAtField(form, err, { password: 'newPassword' })) return;
        throw err;
      }
      feedback.success(t('acct.me.changed'));
      form.resetFields();
      onChanged?.(me, await refresh());
    });

  return (
    <Form<PasswordValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      size={phone ? 'large' : undefined}
      onFinish={submit}
      data-testid="password-form"
    >
      {failure !== null && (
        <Form.Item>
          <Alert type="error" showIcon title={errorMessage(failure)} data-testid="password-error" />
        </Form.Item>
      )}
      <RequiredField id="pw-current" name="currentPassword" label={t('acct.me.currentPassword')}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="pw-current" />
      </RequiredField>
      <RequiredField
        id="pw-new"
        name="newPassword"
        label={t('acct.me.newPassword')}
        extra={
          me.passwordRules ? (
            <>
              {t('acct.me.passwordHint')}
              <br />
              <span data-testid="pw-staff-rules">{t('acct.me.staffRules', me.passwordRules)}</span>
            </>
          ) : (
            t('acct.me.passwordHint')
          )
        }
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="pw-new" />
      </RequiredField>
      <PasswordAgainItem
        name="newPassword2"
        of="newPassword"
        label={t('acct.me.newPassword2')}
        id="pw-new2"
      />
      <Button type="primary" htmlType="submit" block={phone} loading={busy} data-testid="password-submit">
        {t('acct.me.changePassword')}
      </Button>
    </Form>
  );
}
