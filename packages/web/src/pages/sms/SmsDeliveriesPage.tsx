import { Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { textColumn, timeColumn } from '../../components/columns.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Money } from '../../components/labels.tsx';
import { phoneFilter, phoneFilterValue } from '../../components/phone.ts';
import { RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { WholeTable } from '../../components/TableCard.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import i18n from '../../i18n/index.ts';
import { DELIVERY_STATES, type Delivery, type DeliveryState, smsApi } from './sms-api.ts';

const COLORS: Record<DeliveryState, string> = {
  queued: 'blue',
  sent: 'cyan',
  delivered: 'green',
  failed: 'red',
};
const en = () => i18n.language === 'en';

/** The state of one SMS, with the provider's reason when it failed or waits for a retry. */
export function DeliveryStateTag({ row }: { row: Pick<Delivery, 'state' | 'reasonZh' | 'reasonEn'> }) {
  const { t } = useTranslation();
  const reason = en() ? row.reasonEn : row.reasonZh;
  return (
    <Space direction="vertical" size={0}>
      <Tag color={COLORS[row.state]}>{t(`sms.state.${row.state}`)}</Tag>
      {reason && <Typography.Text type="secondary">{reason}</Typography.Text>}
    </Space>
  );
}

/** Platform administrator and union managers: this month's SMS of their subtree, and the list. */
export default function SmsDeliveriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('sms.deliveries.title'));
  const summary = useLoad(() => smsApi.summary(), []);
  const s = summary.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('sms.deliveries.title')} data-testid="sms-deliveries">
        {!!summary.error && <LoadError error={summary.error} retry={summary.reload} />}
        {s && (
          <>
            <Typography.Paragraph type="secondary">
              {t(`sms.provider.${s.provider}`)} · {t('sms.deliveries.month', { month: s.month })}
            </Typography.Paragraph>
            <Row gutter={16}>
              {(['sent', 'delivered', 'failed', 'retried', 'queued'] as const).map((k) => (
                <Col key={k} xs={12} md={4}>
                  <Statistic title={t(`sms.count.${k}`)} value={s[k]} />
                </Col>
              ))}
              <Col xs={12} md={4}>
                <Typography.Text type="secondary">{t('sms.count.cost')}</Typography.Text>
                <div style={{ fontSize: 24 }} data-testid="sms-cost">
                  <Money fen={s.feeFen} />
                </div>
              </Col>
            </Row>
            {s.reasons.length > 0 && (
              <WholeTable
                style={{ marginTop: 16 }}
                rowKey={(r) => r.reasonZh}
                dataSource={s.reasons}
                columns={[
                  { title: t('sms.deliveries.reason'), render: (_, r) => (en() ? r.reasonEn : r.reasonZh) },
                  { title: t('sms.deliveries.count'), dataIndex: 'count', width: 100 },
                ]}
              />
            )}
          </>
        )}
      </Card>
      <Card>
        <RegisterList<Delivery>
          within
          testId="sms"
          filters={[
            selectFilter('state', DELIVERY_STATES, (v) => t(`sms.state.${v}`), {
              placeholder: t('sms.deliveries.state'),
              width: 160,
            }),
            phoneFilter(t('sms.deliveries.phone'), { width: 220 }),
          ]}
          load={({ values, page, pageSize }) =>
            smsApi.list({
              state: values.state as DeliveryState | undefined,
              phone: phoneFilterValue(values.phone),
              page,
              pageSize,
            })
          }
          empty={t('sms.deliveries.empty')}
          columns={[
            timeColumn(t('sms.deliveries.createdAt'), 'createdAt', { width: 150 }),
            { title: t('sms.deliveries.to'), dataIndex: 'to', width: 120 },
            {
              title: t('sms.deliveries.purpose'),
              width: 150,
              render: (_, r) => (en() ? r.purposeEn : r.purposeZh),
            },
            textColumn(t('sms.deliveries.union'), 'orgName', { width: 160 }),
            { title: t('sms.deliveries.text'), dataIndex: 'text' },
            { title: t('sms.deliveries.attempts'), dataIndex: 'attempts', width: 80 },
            { title: t('sms.deliveries.state'), width: 220, render: (_, r) => <DeliveryStateTag row={r} /> },
            {
              title: t('sms.count.cost'),
              dataIndex: 'feeFen',
              width: 90,
              render: (v: number | null) => <Money fen={v} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
