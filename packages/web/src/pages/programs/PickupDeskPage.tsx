import { CameraOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { formatTime } from '../../components/dates.ts';
import { quotedName } from '../../components/quoted.ts';
import { TextLine } from '../../components/TextBox.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { canScan, useQrScanner } from './pickup-scanner.ts';

type Redeemed = Answer<'/api/claims/pickup/redeem', 'post'>;

/**
 * Staff at the pickup point (a phone): scan the member's pickup code or type its digits, and redeem it once.
 * A second attempt shows the server's refusal, which says when and by whom the code was redeemed.
 */
export default function PickupDeskPage() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Redeemed | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  usePageTitle(t('prog.pickup.title'));

  const redeem = useCallback(
    async (value: string) => {
      const digits = value.replace(/\D/g, '');
      setDone(null);
      setRefusal(null);
      if (digits.length !== 8) {
        setRefusal(t('prog.pickup.badCode'));
        return;
      }
      setBusy(true);
      try {
        setDone(await unwrap(api.POST('/api/claims/pickup/redeem', { body: { code: digits } })));
        setCode('');
      } catch (err) {
        setRefusal(errorMessage(err));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  const scanner = useQrScanner(
    useCallback(
      (text: string) => {
        setCode(text);
        void redeem(text);
      },
      [redeem],
    ),
  );

  return (
    <Flex vertical gap={12} style={{ maxWidth: 480 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('prog.pickup.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('prog.pickup.hint')}</Typography.Text>
      <Card size="small">
        <Flex vertical gap={12}>
          {canScan() ? (
            <>
              <video
                ref={scanner.video}
                muted
                playsInline
                style={{ width: '100%', display: scanner.scanning ? 'block' : 'none', borderRadius: 8 }}
              />
              <Button
                size="large"
                icon={<CameraOutlined />}
                onClick={scanner.scanning ? scanner.stop : scanner.start}
                data-testid="pickup-scan"
              >
                {scanner.scanning ? t('prog.pickup.stopScan') : t('prog.pickup.scan')}
              </Button>
              {scanner.failed && <Alert type="warning" showIcon title={t('prog.pickup.cameraFailed')} />}
            </>
          ) : (
            <Typography.Text type="secondary">{t('prog.pickup.noCamera')}</Typography.Text>
          )}
          <TextLine
            size="large"
            inputMode="numeric"
            autoComplete="off"
            max={9}
            aria-label={t('prog.pickup.code')}
            placeholder={t('prog.pickup.placeholder')}
            value={code}
            onChange={setCode}
            onPressEnter={() => redeem(code)}
            style={{ fontSize: 24, letterSpacing: 4 }}
            testId="pickup-input"
          />
          <Button
            type="primary"
            size="large"
            block
            loading={busy}
            onClick={() => redeem(code)}
            data-testid="pickup-redeem"
          >
            {t('prog.pickup.redeem')}
          </Button>
        </Flex>
      </Card>
      {done && (
        <Result
          status="success"
          icon={<CheckCircleOutlined />}
          title={t('prog.pickup.done')}
          subTitle={t('prog.pickup.doneDetail', {
            person: done.personName,
            org: done.orgName,
            program: quotedName(t, done.programName),
            at: formatTime(done.redeemedAt),
          })}
          data-testid="pickup-done"
        />
      )}
      {refusal && <Alert type="error" showIcon title={refusal} data-testid="pickup-refused" />}
    </Flex>
  );
}
