import { CameraOutlined, CheckCircleFilled, CloseCircleFilled, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Input, Segmented, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { activitiesApi } from '../activities/activities-api.ts';
import { type CardFace, checkOffline, type OfflineResult, rememberKey } from './card-check.ts';
import { DoorLine, DoorPicker, type DoorResult, PickupList, type Purpose } from './ScanPurposes.tsx';

type Online = Answer<'/api/card/verify', 'post'>;

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare global {
  interface Window {
    BarcodeDetector?: new (o: { formats: string[] }) => Detector;
  }
}

/**
 * Staff: one scanner for a member card at a door, a pickup desk or a visit — verify the card, check its holder in at
 * an activity's session, or hand over the holder's flash-claim pickups. The code is read by the camera (the browser's
 * barcode reader, else a decoder loaded with the page) or pasted; its signature is checked in the page at once,
 * with the key kept from the last time the page was online, then the server says whether the membership is
 * still current and shows the photo to members of the user's subtree.
 */
export default function ScanPage() {
  const { t } = useTranslation();
  usePageTitle(t('card.scan.title'));
  const { can } = useSession();
  const [purpose, setPurpose] = useState<Purpose>('verify');
  const [door, setDoor] = useState<{ activityId: number; sessionId: number } | null>(null);
  const [doorResult, setDoorResult] = useState<DoorResult | null>(null);
  const [pickupToken, setPickupToken] = useState<string | null>(null);
  const [manual, setManual] = useState('');
  const [offline, setOffline] = useState<OfflineResult | null>(null);
  const [online, setOnline] = useState<Online | null>(null);
  const [onlineError, setOnlineError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [photo, setPhoto] = useState<string | null>(null);
  const [camera, setCamera] = useState<'off' | 'on' | string>('off');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);

  useEffect(() => {
    void rememberKey();
  }, []);

  const stopCamera = useCallback(() => {
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
    setCamera('off');
  }, []);
  useEffect(() => stopCamera, [stopCamera]);

  const check = useCallback(
    async (token: string) => {
      stopCamera();
      setOnline(null);
      setOnlineError(null);
      setPhoto((old) => {
        if (old) URL.revokeObjectURL(old);
        return null;
      });
      setOffline(await checkOffline(token));
      setDoorResult(null);
      setPickupToken(null);
      setChecking(true);
      try {
        if (purpose === 'activity') {
          // the page's own refusal, in its words (a thrown Error would read as a network failure)
          if (!door) return setOnlineError(t('card.scan.door.choose'));
          setDoorResult(await activitiesApi.checkInByCard(door.activityId, door.sessionId, token.trim()));
          return;
        }
        if (purpose === 'pickup') {
          setPickupToken(token.trim());
          return;
        }
        const answer = await unwrap(api.POST('/api/card/verify', { body: { token: token.trim() } }));
        setOnline(answer);
        if (answer.valid && answer.inScope && answer.hasPhoto) {
          const res = await fetch('/api/card/photo', {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token: token.trim() }),
          });
          if (res.ok) setPhoto(URL.createObjectURL(await res.blob()));
        }
      } catch (err) {
        setOnlineError(errorMessage(err));
      } finally {
        setChecking(false);
      }
    },
    [stopCamera, purpose, door, t],
  );

  const startCamera = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera(t('card.scan.notSupported'));
      return;
    }
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (err) {
      setCamera(t('card.scan.noCamera', { reason: err instanceof Error ? err.message : String(err) }));
      return;
    }
    setCamera('on');
    const el = video.current;
    if (!el) return;
    el.srcObject = stream.current;
    await el.play();
    const detector = window.BarcodeDetector ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    const decode = detector ? null : (await import('jsqr')).default;
    const canvas = document.createElement('canvas');
    const scan = async () => {
      if (!stream.current || !el.videoWidth) {
        if (stream.current) setTimeout(() => void scan(), 250);
        return;
      }
      let text: string | undefined;
      if (detector) text = (await detector.detect(el)).find((c) => c.rawValue.startsWith('GHC1.'))?.rawValue;
      else if (decode) {
        canvas.width = el.videoWidth;
        canvas.height = el.videoHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        ctx?.drawImage(el, 0, 0);
        const image = ctx?.getImageData(0, 0, canvas.width, canvas.height);
        text = image ? decode(image.data, image.width, image.height)?.data : undefined;
      }
      if (text?.startsWith('GHC1.')) void check(text);
      else setTimeout(() => void scan(), 250);
    };
    void scan();
  };

  const face: CardFace | null =
    offline && 'face' in offline
      ? offline.face
      : online?.name
        ? {
            name: online.name,
            unionName: online.unionName ?? '',
            memberNo: online.memberNo ?? '',
            printed: !!online.printed,
          }
        : null;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Card title={t('card.scan.title')}>
        <Flex vertical gap={12}>
          <Segmented<Purpose>
            value={purpose}
            onChange={(v) => {
              setPurpose(v);
              setOffline(null);
              setOnline(null);
              setDoorResult(null);
              setPickupToken(null);
            }}
            options={[
              { value: 'verify', label: t('card.scan.purpose.verify') },
              ...(can('activities.manage')
                ? [{ value: 'activity' as const, label: t('card.scan.purpose.activity') }]
                : []),
              ...(can('claims.manage')
                ? [{ value: 'pickup' as const, label: t('card.scan.purpose.pickup') }]
                : []),
            ]}
            data-testid="scan-purpose"
          />
          {purpose === 'activity' && <DoorPicker value={door} onChange={setDoor} />}
          <Space wrap>
            {camera === 'on' ? (
              <Button icon={<StopOutlined />} onClick={stopCamera}>
                {t('card.scan.stop')}
              </Button>
            ) : (
              <Button
                type="primary"
                icon={<CameraOutlined />}
                onClick={() => void startCamera()}
                data-testid="scan-camera"
              >
                {t('card.scan.start')}
              </Button>
            )}
          </Space>
          {camera !== 'on' && camera !== 'off' && <Alert type="info" showIcon title={camera} />}
          <video ref={video} className="scan-video" muted playsInline hidden={camera !== 'on'} />
          <Typography.Text type="secondary">{t('card.scan.manual')}</Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={manual}
              onChange={(e) => setManual(e.target.value)}
              placeholder={t('card.scan.manualPlaceholder')}
              onPressEnter={() => manual.trim() && void check(manual)}
              data-testid="scan-input"
            />
            <Button
              type="primary"
              disabled={!manual.trim()}
              title={manual.trim() ? undefined : t('card.scan.lockedNoCode')}
              onClick={() => void check(manual)}
              data-testid="scan-check"
            >
              {t('card.scan.check')}
            </Button>
          </Space.Compact>
        </Flex>
      </Card>
      {offline && (
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
            <Button
              onClick={() => {
                setManual('');
                setOffline(null);
                setOnline(null);
                setDoorResult(null);
                setPickupToken(null);
              }}
            >
              {t('card.scan.again')}
            </Button>
          </Flex>
        </Card>
      )}
    </Flex>
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
