import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  QRCode,
  Rate,
  Row,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { useFeedback } from '../../components/feedback.ts';
import { formatCount } from '../../components/format.ts';
import { districtName } from './beijing-districts.ts';
import type { StationPartProps } from './StationPage.dialogs.tsx';
import { stationsApi } from './stations-api.ts';

/** The station's particulars, its visit counts and its check-in QR code. */
export function StationHead({ s, write, setDialog, done }: StationPartProps) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const feedback = useFeedback();
  const checkInUrl = `${window.location.origin}/s/${s.token}`;
  return (
    <Card
      title={
        <Space>
          {s.name}
          <Tag>{t(`st.kind.${s.kind}`)}</Tag>
          {s.status === 'closed' && <Tag>{t('st.status.closed')}</Tag>}
          {s.uninspected && <Tag color="orange">{t('st.list.flag')}</Tag>}
        </Space>
      }
      extra={
        write && (
          <Button onClick={() => setDialog('edit')} data-testid="st-edit">
            {t('st.detail.edit')}
          </Button>
        )
      }
    >
      <Row gutter={24}>
        <Col span={17}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('st.field.union')}>{s.orgName}</Descriptions.Item>
            <Descriptions.Item label={t('st.field.district')}>
              {districtName(s.district, i18n.language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('st.field.address')} span={2}>
              {s.address}
              {aside(`${s.lng.toFixed(6)}, ${s.lat.toFixed(6)} · GCJ-02`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('st.field.openingHours')}>{s.openingHours || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('st.field.openedOn')}>
              <span data-testid="st-opened-on">{s.openedOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('st.field.services')} span={2}>
              <Space size={4} wrap data-testid="st-services">
                {s.services.map((x) => (
                  <Tag key={x} color="blue">
                    {t(`st.service.${x}`)}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('st.field.phone')}>{s.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('st.field.keeper')}>{s.keeper || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('st.field.stars')}>
              {s.stars ? (
                <Rate disabled value={s.stars} style={{ fontSize: 14 }} />
              ) : s.lastResult === 'failed' ? (
                <Tag color="red">{t('st.detail.failed')}</Tag>
              ) : (
                t('st.detail.noInspection')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('st.field.lastInspected')}>
              {s.lastInspectedOn ?? '—'}
            </Descriptions.Item>
            {s.note && (
              <Descriptions.Item label={t('st.field.note')} span={2}>
                {s.note}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Flex gap={24} style={{ marginTop: 16 }}>
            <Statistic title={t('st.detail.visitsTotal')} value={formatCount(s.visitsTotal)} />
            <Statistic title={t('st.detail.visitsMonth')} value={formatCount(s.visitsThisMonth)} />
          </Flex>
        </Col>
        <Col span={7}>
          <Flex vertical align="center" gap={8} data-testid="st-qr">
            <Typography.Text strong>{t('st.detail.qr')}</Typography.Text>
            <QRCode value={checkInUrl} size={180} />
            <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
              {t('st.detail.qrHint')}
            </Typography.Text>
            <a
              href={checkInUrl}
              target="_blank"
              rel="noreferrer"
              data-testid="st-checkin-link"
              style={{ fontSize: 12 }}
            >
              {t('st.detail.openCheckin')}
            </a>
            {write && (
              <Button
                size="small"
                onClick={() =>
                  modal.confirm({
                    title: t('st.detail.renewConfirm'),
                    onOk: async () => {
                      try {
                        await stationsApi.renewToken(s.id);
                        await done(t('st.detail.renewed'));
                      } catch (err) {
                        feedback.error(err);
                      }
                    },
                  })
                }
              >
                {t('st.detail.renew')}
              </Button>
            )}
          </Flex>
        </Col>
      </Row>
    </Card>
  );
}
