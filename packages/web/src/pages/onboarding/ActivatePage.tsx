import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormFailure } from '../../components/FormFailure.tsx';
import { showAtField } from '../../components/fieldRefusal.ts';
import { requiredRule } from '../../components/form-rules.ts';
import { idNumberOf } from '../../components/idNumber.ts';
import { PhoneShell } from '../../components/PhoneShell.tsx';
import { SmsCodeItem } from '../../components/SmsCodeItem.tsx';
import { isResendPause, useCountdown } from '../../components/useCountdown.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { onboardingApi } from './onboarding-api.ts';
import { PersonFields } from './PersonFields.tsx';

interface Who {
  name: string;
  idNumber: string;
  phone: string;
}

/** /m/activate: a member proves who they are with a code sent to their phone and chooses a password. */
export default function ActivatePage() {
  const { t } = useTranslation();
  usePageTitle(t('onb.activate.title'));
  const [who, setWho] = useState<Who | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [verifyForm] = Form.useForm();
  // a new code may be asked for a minute after the last one (the page counts the minute down)
  const countdown = useCountdown();

  const start = async (v: Who) => {
    setBusy(true);
    setFailure(null);
    const body = { name: v.name.trim(), idNumber: idNumberOf(v.idNumber), phone: v.phone.trim() };
    try {
      await countdown.ask(() => onboardingApi.startActivation(body));
      setWho(body);
    } catch (err) {
      // asked again within the minute: the code sent then still works, so its box is shown with the countdown
      if (isResendPause(err)) setWho(body);
      else setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const verify = async (v: { code: string; username?: string; password: string }) => {
    if (!who) return;
    setBusy(true);
    setFailure(null);
    try {
      await onboardingApi.verifyActivation({
        phone: who.phone,
        code: v.code.trim(),
        username: v.username?.trim() || undefined,
        password: v.password,
      });
      // The session cookie is set: load the worker pages afresh so the session is read from it.
      window.location.replace('/m/me');
    } catch (err) {
      // a password, a login name or a code refused is said under its field; anything else above the form
      if (!showAtField(verifyForm, err)) setFailure(err);
      setBusy(false);
    }
  };

  const alert = <FormFailure failure={failure} testId="activate-error" />;

  return (
    <PhoneShell title={t('onb.activate.title')}>
      <div className="m-card">
        {!who ? (
          // each form keyed: unkeyed, React kept the first form's own store for the second, and verifyForm held
          // no fields, so a refusal naming one (a weak password, a wrong code) was said above the form instead
          <Form
            key="start"
            layout="vertical"
            size="large"
            onFinish={start}
            requiredMark={false}
            data-testid="activate-start"
          >
            <Typography.Paragraph type="secondary">{t('onb.activate.intro')}</Typography.Paragraph>
            {alert}
            <PersonFields testId="activate" autofill />
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="activate-send">
              {t('onb.activate.send')}
            </Button>
          </Form>
        ) : (
          <Form
            key="verify"
            form={verifyForm}
            layout="vertical"
            size="large"
            onFinish={verify}
            requiredMark={false}
            data-testid="activate-verify"
          >
            <Alert type="info" showIcon title={t('onb.activate.sentHint', { phone: who.phone })} />
            <div style={{ height: 12 }} />
            {alert}
            <SmsCodeItem label={t('onb.field.code')} testId="activate-code" />
            <Form.Item name="username" label={t('onb.field.username')}>
              <Input
                maxLength={64}
                autoCapitalize="off"
                autoComplete="username"
                data-testid="activate-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('onb.field.password')}
              rules={[{ required: true, min: 8, message: t('onb.rule.password') }]}
            >
              <Input.Password maxLength={200} autoComplete="new-password" data-testid="activate-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('onb.field.confirm')}
              dependencies={['password']}
              rules={[
                requiredRule(t, t('onb.field.confirm')),
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    !value || value === getFieldValue('password')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('onb.rule.confirm'))),
                }),
              ]}
            >
              <Input.Password maxLength={200} autoComplete="new-password" data-testid="activate-confirm" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="activate-submit">
              {t('onb.activate.submit')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('onb.activate.noCode')}{' '}
              <Button
                type="link"
                size="small"
                disabled={countdown.left > 0}
                data-testid="activate-again"
                onClick={() => {
                  setWho(null);
                  setFailure(null);
                }}
              >
                {countdown.left > 0
                  ? t('smsSignIn.resendIn', { count: countdown.left })
                  : t('onb.activate.again')}
              </Button>
            </Typography.Paragraph>
          </Form>
        )}
      </div>
      <div className="m-foot">
        <Link to="/m/login">{t('onb.join.toLogin')}</Link>
        {' · '}
        <Link to="/m/login?by=sms" data-testid="activate-to-sms">
          {t('smsSignIn.tabCode')}
        </Link>
      </div>
    </PhoneShell>
  );
}
