import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types.ts';
import { TextLine } from '../../components/TextBox.tsx';
import type { CardFace, OfflineResult } from './card-check.ts';
import { DoorLine, type DoorResult, PickupList } from './ScanPurposes.tsx';

export type Online = Answer<'/api/card/verify', 'post'>;

/**
 * What a scanned card says: the signature checked in the page, then the server's word on the membership, the
 * check-in at the door or the pickups to hand over, the holder with the photo where the user may see it.
 */
export function ScanResult({
  offline,
  checking,
  online,
  onlineError,
  doorResult,
  pickupToken,
  face,
  photo,
  onAgain,
}: {
  offline: OfflineResult;
  checking: boolean;
  online: Online | null;
  onlineError: string | null;
  doorResult: DoorResult | null;
  pickupToken: string | null;
  face: CardFace | null;
  photo: string | null;
  /** Clears the result for the next card. */
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card data-testid="scan-result">
      <Flex vertical gap={12}>
        <OfflineLine result={offline} />
        {checking && <Typography.Text type="secondary">{t('card.scan.checking')}</Typography.Text>}
        {online && <OnlineLine answer={online} />}
        {doorResult && <DoorLine result={doorResult} />}
        {pickupToken && <PickupList token={pickupToken} />}
        {onlineError && (
          <Alert type="warning" showIcon title={t('card.scan.online.failed', { message: onlineError })} />
        )}
        {face && (
          <Flex gap={16} align="flex-start" wrap>
            <Descriptions column={1} size="small" style={{ flex: 1, minWidth: 240 }}>
              <Descriptions.Item label={t('member.name')}>
                <strong data-testid="scan-name">{face.name}</strong>
              </Descriptions.Item>
              <Descriptions.Item label={t('card.union')}>{face.unionName}</Descriptions.Item>
              <Descriptions.Item label={t('card.memberNo')}>
                <span className="mono">{face.memberNo}</span>
                {face.printed && <Tag style={{ marginLeft: 8 }}>{t('card.scan.online.printed')}</Tag>}
              </Descriptions.Item>
            </Descriptions>
            {photo && (
              <figure style={{ margin: 0 }}>
                <img src={photo} alt={t('card.scan.photoOf')} className="scan-photo" />
                <figcaption>
                  <Typography.Text type="secondary">{t('card.scan.photoOf')}</Typography.Text>
                </figcaption>
              </figure>
            )}
          </Flex>
        )}
        <Button onClick={onAgain}>{t('card.scan.again')}</Button>
      </Flex>
    </Card>
  );
}

function OfflineLine({ result }: { result: OfflineResult }) {
  const { t } = useTranslation();
  const text =
    result.state === 'ok'
      ? t('card.scan.offlineOk')
      : result.state === 'expired'
        ? t('card.scan.offlineExpired')
        : result.state === 'bad'
          ? t('card.scan.offlineBad')
          : result.state === 'malformed'
            ? t('card.scan.online.malformed')
            : t('card.scan.offlineUnknown');
  return (
    <Typography.Text
      type={result.state === 'ok' ? 'success' : result.state === 'unknown' ? 'secondary' : 'danger'}
      data-testid="scan-offline"
    >
      {text}
    </Typography.Text>
  );
}

function OnlineLine({ answer }: { answer: Online }) {
  const { t } = useTranslation();
  if (!answer.valid)
    return (
      <Typography.Title level={4} type="danger" style={{ margin: 0 }} data-testid="scan-online">
        <CloseCircleFilled /> {t(`card.scan.online.${answer.problem ?? 'signature'}`)}
      </Typography.Title>
    );
  return (
    <Flex vertical gap={4}>
      <Typography.Title level={4} type="success" style={{ margin: 0 }} data-testid="scan-online">
        <CheckCircleFilled /> {t('card.scan.online.valid')}
      </Typography.Title>
      <Typography.Text type="secondary">
        {answer.inScope ? t('card.scan.online.inScope') : t('card.scan.online.outOfScope')}
      </Typography.Text>
    </Flex>
  );
}

/** The code typed or pasted where no camera reads it, checked on Enter or with the button. */
export function ManualCode({
  value,
  onChange,
  check,
}: {
  value: string;
  onChange: (value: string) => void;
  check: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <TextLine
        value={value}
        onChange={onChange}
        placeholder={t('card.scan.manualPlaceholder')}
        onPressEnter={() => value.trim() && check(value)}
        testId="scan-input"
      />
      <Button
        type="primary"
        disabled={!value.trim()}
        title={value.trim() ? undefined : t('card.scan.lockedNoCode')}
        onClick={() => check(value)}
        data-testid="scan-check"
      >
        {t('card.scan.check')}
      </Button>
    </Space.Compact>
  );
}
