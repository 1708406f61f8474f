import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.tsx';
import { FitTable } from '../../components/TableCard.tsx';
import { TextLine } from '../../components/TextBox.tsx';
import { useAct } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import i18n from '../../i18n/index.ts';
import { type SmsTemplate, smsApi } from './sms-api.ts';

const en = () => i18n.language === 'en';

/** One purpose's template id: from the environment (read only) or entered here. */
function TemplateIdCell({ row, onSaved }: { row: SmsTemplate; onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(row.templateId ?? '');
  const { act, busy } = useAct(onSaved);
  if (row.source === 'env')
    return (
      <Space>
        <Typography.Text code>{row.templateId}</Typography.Text>
        <Tag>{t('sms.templates.fromEnv')}</Tag>
      </Space>
    );
  const save = () =>
    act('save', () => smsApi.setTemplate(row.purpose, value.trim() || null), t('sms.templates.saved'));
  return (
    <Space.Compact>
      <TextLine
        value={value}
        max={40}
        style={{ width: 160 }}
        placeholder={t('sms.templates.none')}
        onChange={setValue}
        testId={`sms-template-${row.purpose}`}
      />
      <Button loading={busy === 'save'} onClick={() => void save()}>
        {t('sms.templates.save')}
      </Button>
    </Space.Compact>
  );
}

/** Platform administrator: every SMS purpose with its parameters in order, to submit for approval and set the ids. */
export default function SmsTemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('sms.templates.title'));
  const list = useLoad(() => smsApi.templates(), []);
  return (
    <Card title={t('sms.templates.title')} data-testid="sms-templates">
      <Typography.Paragraph type="secondary">{t('sms.templates.intro')}</Typography.Paragraph>
      {!!list.error && <LoadError error={list.error} retry={list.reload} />}
      {list.data && (
        <>
          <Typography.Paragraph>{t(`sms.provider.${list.data.provider}`)}</Typography.Paragraph>
          <FitTable<SmsTemplate>
            rowKey="purpose"
            pagination={false}
            dataSource={list.data.items}
            columns={[
              {
                title: t('sms.templates.purpose'),
                width: 220,
                render: (_, r) => (
                  <Space direction="vertical" size={0}>
                    <span>{en() ? r.en : r.zh}</span>
                    <Typography.Text type="secondary">{r.purpose}</Typography.Text>
                    {r.secret && <Tag color="orange">{t('sms.templates.secret')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('sms.templates.params'),
                render: (_, r) => (
                  <ol style={{ margin: 0, paddingLeft: 20 }}>
                    {r.params.map((p) => (
                      <li key={p.name}>
                        {`{${p.position}} / \${${p.name}}`} — {en() ? p.en : p.zh}
                      </li>
                    ))}
                  </ol>
                ),
              },
              {
                title: t('sms.templates.templateId'),
                width: 280,
                render: (_, r) => <TemplateIdCell row={r} onSaved={() => void list.reload()} />,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
