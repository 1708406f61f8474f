import { Card, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../components/labels.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { type OutboxPage as Outbox, onboardingApi } from './onboarding-api.ts';

type Message = Outbox['items'][number];

/** Administrator: the messages the platform sent (or, with no gateway, only recorded), newest first. */
export default function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('onb.outbox.title'));
  const [phone, setPhone] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const list = useLoad(() => onboardingApi.outbox({ phone, page, pageSize: 20 }), [phone, page]);
  return (
    <Card title={t('onb.outbox.title')}>
      <Typography.Paragraph type="secondary">{t('onb.outbox.intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        maxLength={11}
        style={{ width: 260, marginBottom: 16 }}
        placeholder={t('onb.outbox.filter')}
        onSearch={(v) => {
          setPhone(/^\d{1,11}$/.test(v.trim()) ? v.trim() : undefined);
          setPage(1);
        }}
        data-testid="outbox-filter"
      />
      <PagedTable<Message>
        list={list}
        page={page}
        pageSize={20}
        onPage={setPage}
        empty={t('onb.outbox.empty')}
        columns={[
          {
            title: t('onb.outbox.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => formatTime(v),
          },
          { title: t('onb.outbox.to'), dataIndex: 'to', width: 130 },
          {
            title: t('onb.outbox.purpose'),
            dataIndex: 'purpose',
            width: 140,
            render: (v: string) => t(`onb.outbox.purposes.${v}`, { defaultValue: v }),
          },
          { title: t('onb.outbox.text'), dataIndex: 'text' },
          {
            title: t('onb.outbox.sent'),
            dataIndex: 'sentAt',
            width: 160,
            render: (v: string | null) =>
              v ? (
                <Tag color="green">{`${t('onb.outbox.sentAt')} ${formatTime(v)}`}</Tag>
              ) : (
                <Tag>{t('onb.outbox.pending')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
