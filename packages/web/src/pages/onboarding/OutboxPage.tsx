import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { timeColumn } from '../../components/columns.tsx';
import { formatTime } from '../../components/dates.ts';
import { phoneFilter, phoneFilterValue } from '../../components/phone.ts';
import { RegisterList } from '../../components/RegisterList.tsx';
import { useLocale } from '../../locale.tsx';
import { type OutboxPage as Outbox, onboardingApi } from './onboarding-api.ts';

type Message = Outbox['items'][number];

/** Administrator: the messages the platform sent (or, with no gateway, only recorded), newest first. */
export default function OutboxPage() {
  const { t } = useTranslation();
  const { lang } = useLocale();
  return (
    <RegisterList<Message>
      title={t('onb.outbox.title')}
      testId="outbox"
      notice={() => <Typography.Paragraph type="secondary">{t('onb.outbox.intro')}</Typography.Paragraph>}
      filters={[phoneFilter(t('onb.outbox.filter'), { width: 260, testId: 'outbox-filter' })]}
      load={({ values, page, pageSize }) =>
        onboardingApi.outbox({
          phone: phoneFilterValue(values.phone),
          page,
          pageSize,
        })
      }
      empty={t('onb.outbox.empty')}
      columns={[
        timeColumn(t('onb.outbox.createdAt'), 'createdAt', { width: 150 }),
        { title: t('onb.outbox.to'), dataIndex: 'to', width: 130 },
        {
          title: t('onb.outbox.purpose'),
          dataIndex: 'purposeName',
          width: 140,
          render: (v: { zh: string; en: string }) => v[lang],
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
  );
}
