import { CheckCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LoadGate } from '../../components/LoadError.tsx';
import { PublicColumn } from '../../components/PhoneShell.tsx';
import { useSaving } from '../../components/useBusy.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { districtName } from './beijing-districts.ts';
import { stationsApi } from './stations-api.ts';

/** A station's QR code opens this page on the phone: the station, and a button to check in (no sign-in needed). */
export default function CheckInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('st.checkin.title'));
  const token = useParams().token ?? '';
  const station = useLoad(() => stationsApi.publicStation(token), [token]);
  const [answer, setAnswer] = useState<{ name: string; counted: boolean; signedIn: boolean } | null>(null);
  const { busy, run: whileBusy } = useSaving();
  return (
    <PublicColumn title={t('st.checkin.title')} testId="st-checkin" headStyle={{ marginBottom: 8 }}>
      <LoadGate state={station} what={t('st.what.station')}>
        {(s) => (
          <Card>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {s.name}
            </Typography.Title>
            <Tag>{t(`st.kind.${s.kind}`)}</Tag>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              <EnvironmentOutlined /> {districtName(s.district, i18n.language)} · {s.address}
              {s.openingHours && (
                <>
                  <br />
                  {t('st.public.hours')}
                  {t('common.colon')}
                  {s.openingHours}
                </>
              )}
            </Typography.Paragraph>
            <Space size={4} wrap style={{ marginBottom: 16 }}>
              {s.services.map((x) => (
                <Tag key={x} color="blue">
                  {t(`st.service.${x}`)}
                </Tag>
              ))}
            </Space>
            {answer ? (
              <Result
                status="success"
                icon={<CheckCircleOutlined />}
                title={
                  <span data-testid="st-checkin-done">
                    {t(answer.counted ? 'st.checkin.done' : 'st.checkin.again', { name: answer.name })}
                  </span>
                }
                subTitle={answer.signedIn ? t('st.checkin.named') : t('st.checkin.anonymous')}
              />
            ) : (
              <Button
                type="primary"
                size="large"
                block
                loading={busy}
                data-testid="st-checkin-button"
                onClick={async () => {
                  await whileBusy(async () => {
                    setAnswer(await stationsApi.checkIn(token));
                  });
                }}
              >
                {t('st.checkin.button')}
              </Button>
            )}
          </Card>
        )}
      </LoadGate>
      {station.error ? <Alert style={{ marginTop: 8 }} type="info" message={t('st.checkin.closed')} /> : null}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to="/near">{t('st.checkin.more')}</Link>
      </div>
    </PublicColumn>
  );
}
