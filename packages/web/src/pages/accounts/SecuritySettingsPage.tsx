import { Alert, Button, Card, Form, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import { useInvalidFields, ValidityScope } from '../../components/inputValidity.tsx';
import { LoadGate } from '../../components/LoadError.tsx';
import { NumberInput } from '../../components/NumberInput.tsx';
import { RequiredField } from '../../components/RequiredItem.tsx';
import { useCardSave } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

type Settings = Awaited<ReturnType<typeof loadSettings>>;
const loadSettings = () => unwrap(api.GET('/api/security-settings'));

/** Each setting with its range (the server's too) and its explanation's key. */
const FIELDS: { name: keyof Settings; min: number; max: number }[] = [
  { name: 'minLength', min: 8, max: 64 },
  { name: 'minClasses', min: 2, max: 4 },
  { name: 'historyCount', min: 0, max: 24 },
  { name: 'expiryDays', min: 0, max: 365 },
  { name: 'idleMinutes', min: 5, max: 720 },
  { name: 'maxSessions', min: 0, max: 20 },
];

/** 账号安全设置: the staff account rules (passwords, idle timeout, sessions per account), each change audited. */
export default function SecuritySettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('acct.security.title'));
  const state = useLoad(loadSettings, []);
  return (
    <div className="page" data-testid="security-settings-page">
      <Typography.Title level={3} className="page-title">
        {t('acct.security.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('acct.security.intro')}</Typography.Paragraph>
      <LoadGate state={state} what={t('acct.security.loadFailed')}>
        {(data) => <SettingsForm initial={data} onSaved={state.set} />}
      </LoadGate>
    </div>
  );
}

function SettingsForm({ initial, onSaved }: { initial: Settings; onSaved: (s: Settings) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Settings>();
  const { busy, failure, run } = useCardSave();
  const invalid = useInvalidFields();
  useEffect(() => form.setFieldsValue(initial), [form, initial]);

  const save = (v: Settings) =>
    run(async () => {
      onSaved(await unwrap(api.PUT('/api/security-settings', { body: v })));
      return t('acct.security.saved');
    });

  return (
    <Card style={{ maxWidth: 720 }}>
      <Form<Settings>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={(v) => invalid.blocked() || save(v)}
        data-testid="security-settings-form"
      >
        <ValidityScope fields={invalid}>
          {failure !== null && (
            <Form.Item>
              <Alert type="error" showIcon title={errorMessage(failure)} />
            </Form.Item>
          )}
          {FIELDS.map((f) => (
            <RequiredField
              key={f.name}
              name={f.name}
              id={`security-${f.name}`}
              label={t(`acct.security.${f.name}`)}
              extra={t(`acct.security.${f.name}Help`)}
            >
              <NumberInput min={f.min} max={f.max} />
            </RequiredField>
          ))}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="security-settings-save">
            {t('acct.security.save')}
          </Button>
        </ValidityScope>
      </Form>
    </Card>
  );
}
