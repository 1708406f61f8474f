import { MessageOutlined, MobileOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { FormFailure } from '../../components/FormFailure.tsx';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { useCountdown } from '../../components/useCountdown.ts';
import { LoginForm } from './LoginForm.tsx';
import { useLandAfterSignIn } from './SignInParts.tsx';

const PHONE_RE = /^1\d{10}$/;

/**
 * 短信验证码登录: the phone number, a code sent by SMS (resend after the countdown the server names) and the same
 * session as a password sign-in. The server answers alike whether or not the number has an account.
 */
export function SmsCodeForm({
  size = 'large',
  portal = 'worker',
}: {
  size?: 'middle' | 'large';
  portal?: 'staff' | 'worker';
}) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const land = useLandAfterSignIn();
  const [form] = Form.useForm<{ phone: string; code: string }>();
  const countdown = useCountdown();
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const sendCode = async () => {
    const phone = String(form.getFieldValue('phone') ?? '').trim();
    if (!PHONE_RE.test(phone)) {
      form.setFields([{ name: 'phone', errors: [t('smsSignIn.phoneFirst')] }]);
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      await countdown.ask(() => unwrap(api.POST('/api/auth/sms-code', { body: { phone, portal } })));
      setSent(true);
    } catch (err) {
      setFailure(err);
    } finally {
      setSending(false);
    }
  };

  const submit = async (v: { phone: string; code: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await unwrap(
        api.POST('/api/auth/sms-login', { body: { phone: v.phone.trim(), code: v.code.trim(), portal } }),
      );
      const me = await refresh();
      if (!me) return;
      land(me);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      size={size}
      onFinish={submit}
      requiredMark={false}
      data-testid="sms-form"
    >
      <FormFailure failure={failure} testId="sms-error" />
      {sent && failure === null && (
        <Form.Item>
          <Alert type="info" showIcon title={t('smsSignIn.sent')} data-testid="sms-sent" />
        </Form.Item>
      )}
      <Form.Item
        name="phone"
        label={t('smsSignIn.phone')}
        rules={[{ required: true, pattern: PHONE_RE, message: t('smsSignIn.rulePhone') }]}
        normalize={phoneDigits}
      >
        <Input
          prefix={<MobileOutlined />}
          maxLength={PHONE_INPUT_MAX}
          inputMode="numeric"
          autoComplete="tel"
          data-testid="sms-phone"
        />
      </Form.Item>
      <Form.Item label={t('smsSignIn.code')} htmlFor="sms-code-input" required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="code"
            noStyle
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('smsSignIn.ruleCode') }]}
          >
            <Input
              id="sms-code-input"
              prefix={<MessageOutlined />}
              maxLength={6}
              inputMode="numeric"
              autoComplete="one-time-code"
              data-testid="sms-code"
            />
          </Form.Item>
          <Button onClick={sendCode} loading={sending} disabled={countdown.left > 0} data-testid="sms-send">
            {countdown.left > 0 ? t('smsSignIn.resendIn', { count: countdown.left }) : t('smsSignIn.getCode')}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Form.Item style={{ marginBottom: 8 }}>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="sms-submit">
          {t('smsSignIn.signIn')}
        </Button>
      </Form.Item>
      <Typography.Paragraph type="secondary" className="small" style={{ marginBottom: 0 }}>
        {t('smsSignIn.noAccount')}
      </Typography.Paragraph>
    </Form>
  );
}

/** The two ways in, side by side: 密码登录 and 短信验证码登录. */
export function SignInTabs({
  portal,
  size = 'large',
}: {
  portal: 'staff' | 'worker';
  size?: 'middle' | 'large';
}) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Tabs
      defaultActiveKey={params.get('by') === 'sms' ? 'code' : 'password'}
      data-testid="sign-in-tabs"
      items={[
        {
          key: 'password',
          label: t('smsSignIn.tabPassword'),
          children: <LoginForm portal={portal} size={size} />,
        },
        {
          key: 'code',
          label: <span data-testid="tab-sms">{t('smsSignIn.tabCode')}</span>,
          children: <SmsCodeForm portal={portal} size={size} />,
        },
      ]}
    />
  );
}
