import { Alert, Button, Card, Checkbox, Col, Form, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Body } from '../../api/types.ts';
import { useCardSave } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';

/**
 * My account's sign-in by SMS code (staff opt in; `smsSignIn` false for an account the server never signs in by
 * code, a security or audit administrator) and e-mail copies of my reminders: two cards of the page.
 */
export function AccountNotices({ staff, smsSignIn }: { staff: boolean; smsSignIn: boolean }) {
  return (
    <>
      {staff && smsSignIn && (
        <Col xs={24} lg={12}>
          <SmsSignInCard />
        </Col>
      )}
      {staff && (
        <Col xs={24} lg={12}>
          <MailCard />
        </Col>
      )}
    </>
  );
}

function SmsSignInCard() {
  const { t } = useTranslation();
  const loaded = useLoad(() => unwrap(api.GET('/api/account/sms-sign-in')), []);
  const { busy, failure, run } = useCardSave();
  const change = (enabled: boolean) =>
    run(async () => {
      loaded.set(await unwrap(api.PUT('/api/account/sms-sign-in', { body: { enabled } })));
      return t('acctSms.saved');
    });
  const s = loaded.data;
  return (
    <Card title={t('acctSms.title')} loading={loaded.loading} data-testid="sms-sign-in-card">
      <Typography.Paragraph type="secondary">{t('acctSms.intro')}</Typography.Paragraph>
      {loaded.error !== null && <Alert type="error" showIcon title={errorMessage(loaded.error)} />}
      {failure !== null && (
        <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 12 }} />
      )}
      {s && !s.hasPhone && (
        <Alert type="info" showIcon title={t('acctSms.noPhone')} style={{ marginBottom: 12 }} />
      )}
      {s && (
        <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <Switch
            checked={s.enabled}
            loading={busy}
            disabled={!s.hasPhone && !s.enabled}
            onChange={change}
            data-testid="sms-sign-in-switch"
            aria-labelledby="sms-sign-in-label"
          />
          <span id="sms-sign-in-label">{t('acctSms.enabled')}</span>
        </div>
      )}
    </Card>
  );
}

type MailKind = Body<'/api/account/mail', 'put'>['kinds'][number];

function MailCard() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ email: string; kinds: MailKind[] }>();
  const loaded = useLoad(async () => {
    const s = await unwrap(api.GET('/api/account/mail'));
    form.setFieldsValue({ email: s.email ?? '', kinds: s.kinds as MailKind[] });
    return s;
  }, []);
  const { busy, failure, run } = useCardSave();
  const save = (v: { email: string; kinds: MailKind[] }) =>
    run(async () => {
      const email = v.email?.trim() || null;
      const s = await unwrap(
        api.PUT('/api/account/mail', { body: { email, kinds: email ? (v.kinds ?? []) : [] } }),
      );
      loaded.set(s);
      form.setFieldsValue({ email: s.email ?? '', kinds: s.kinds as MailKind[] });
      return t('acctMail.saved');
    });
  const s = loaded.data;
  return (
    <Card title={t('acctMail.title')} loading={loaded.loading} data-testid="mail-card">
      <Typography.Paragraph type="secondary">
        {t('acctMail.intro')} {t('acctMail.off')}
      </Typography.Paragraph>
      {s && !s.configured && (
        <Alert type="info" showIcon title={t('acctMail.notConfigured')} style={{ marginBottom: 12 }} />
      )}
      {loaded.error !== null && <Alert type="error" showIcon title={errorMessage(loaded.error)} />}
      {failure !== null && (
        <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 12 }} />
      )}
      {s && s.available.length === 0 && (
        <Typography.Paragraph data-testid="mail-none-offered">
          {t('acctMail.noneOffered')}
        </Typography.Paragraph>
      )}
      <Form
        hidden={s?.available.length === 0}
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={save}
        data-testid="mail-form"
      >
        <Form.Item
          name="email"
          label={t('acctMail.email')}
          rules={[{ type: 'email', message: t('acctMail.ruleEmail') }]}
        >
          <Input maxLength={254} autoComplete="email" data-testid="mail-email" />
        </Form.Item>
        <Form.Item name="kinds" label={t('acctMail.kinds')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={(s?.available ?? []).map((k) => ({
              value: k.kind,
              label: i18n.language === 'en' ? k.labelEn : k.labelZh,
            }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="mail-save">
          {t('acctMail.save')}
        </Button>
      </Form>
    </Card>
  );
}
