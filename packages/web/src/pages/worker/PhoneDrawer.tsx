import { Alert, Button, Drawer, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { PersonDetail } from '../../api/types.ts';
import { FormFailure } from '../../components/FormFailure.tsx';
import { useFeedback } from '../../components/feedback.ts';
import { PHONE_INPUT_MAX, phoneDigits } from '../../components/phone.ts';
import { SmsCodeItem } from '../../components/SmsCodeItem.tsx';
import { useAttempt } from '../../components/useBusy.ts';
import { useCountdown } from '../../components/useCountdown.ts';
import { PHONE_RULE } from '../members/MemberDialogs.tsx';

/**
 * A worker's change of phone number in two steps (ADR 147): the new number, to which a code is sent; then the code.
 * Only the confirmed code changes the number, the member's and the account's. A new code may be asked for once the
 * minute the page counts down has passed.
 */
export function PhoneDrawer({
  open,
  person,
  onClose,
  onSaved,
}: {
  open: boolean;
  person: PersonDetail;
  onClose(): void;
  onSaved(p: PersonDetail): void;
}) {
  const { t } = useTranslation();
  const feedback = useFeedback();
  const [phone, setPhone] = useState<string | null>(null);
  const { busy, failure, setFailure, run } = useAttempt();
  const countdown = useCountdown();

  const send = (to: string) =>
    run(async () => {
      await countdown.ask(() => unwrap(api.POST('/api/me/phone/code', { body: { phone: to } })));
      setPhone(to);
    });

  const confirm = async (code: string) => {
    if (!phone) return;
    await run(async () => {
      await unwrap(api.POST('/api/me/phone', { body: { phone, code } }));
      const next = await unwrap(api.GET('/api/me/profile'));
      feedback.success(t('worker.phoneSaved'));
      setPhone(null);
      onSaved(next);
    });
  };

  const close = () => {
    setPhone(null);
    setFailure(null);
    onClose();
  };

  return (
    <Drawer
      open={open}
      placement="bottom"
      size={360}
      title={t('worker.editPhone')}
      onClose={close}
      destroyOnHidden
      className="m-drawer"
    >
      <FormFailure failure={failure} testId="phone-error" />
      {phone === null ? (
        <Form
          layout="vertical"
          size="large"
          initialValues={{ phone: person.phone ?? '' }}
          onFinish={(v: { phone: string }) => send(v.phone.trim())}
          data-testid="phone-step-number"
        >
          <Typography.Paragraph type="secondary">{t('worker.phoneStepNumber')}</Typography.Paragraph>
          <Form.Item
            name="phone"
            label={t('worker.newPhone')}
            rules={[{ required: true, pattern: PHONE_RULE, message: t('member.phoneInvalid') }]}
            normalize={phoneDigits}
          >
            <Input inputMode="tel" maxLength={PHONE_INPUT_MAX} autoFocus data-testid="phone-input" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={busy}
            disabled={countdown.left > 0}
            data-testid="phone-send"
          >
            {countdown.left > 0
              ? t('smsSignIn.resendIn', { count: countdown.left })
              : t('worker.sendPhoneCode')}
          </Button>
        </Form>
      ) : (
        <Form
          layout="vertical"
          size="large"
          onFinish={(v: { code: string }) => confirm(v.code.trim())}
          data-testid="phone-step-code"
        >
          <Alert type="info" showIcon title={t('worker.phoneCodeSent', { phone })} data-testid="phone-sent" />
          <div style={{ height: 12 }} />
          <SmsCodeItem label={t('worker.phoneStepCode')} testId="phone-code" autoFocus />
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="phone-save">
            {t('worker.phoneConfirm')}
          </Button>
          <Button
            type="link"
            block
            disabled={busy || countdown.left > 0}
            onClick={() => send(phone)}
            data-testid="phone-resend"
            className="m-touch"
          >
            {countdown.left > 0 ? t('smsSignIn.resendIn', { count: countdown.left }) : t('smsSignIn.getCode')}
          </Button>
          <Button
            type="link"
            block
            onClick={() => setPhone(null)}
            data-testid="phone-back"
            className="m-touch"
          >
            {t('worker.phoneChangeBack')}
          </Button>
        </Form>
      )}
    </Drawer>
  );
}
