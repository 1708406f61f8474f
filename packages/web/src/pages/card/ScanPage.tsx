import { CameraOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Segmented, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { activitiesApi } from '../activities/activities-api.ts';
import { type CardFace, checkOffline, type OfflineResult, rememberKey } from './card-check.ts';
import { ManualCode, type Online, ScanResult } from './ScanPage.result.tsx';
import { DoorPicker, type DoorResult, type Purpose } from './ScanPurposes.tsx';

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

  /** Forgets the last card's result (another purpose, or the next card). */
  const clear = () => {
    setOffline(null);
    setOnline(null);
    setDoorResult(null);
    setPickupToken(null);
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Card title={t('card.scan.title')}>
        <Flex vertical gap={12}>
          <Segmented<Purpose>
            value={purpose}
            onChange={(v) => {
              setPurpose(v);
              clear();
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
          <ManualCode value={manual} onChange={setManual} check={(code) => void check(code)} />
        </Flex>
      </Card>
      {offline && (
        <ScanResult
          offline={offline}
          checking={checking}
          online={online}
          onlineError={onlineError}
          doorResult={doorResult}
          pickupToken={pickupToken}
          face={face}
          photo={photo}
          onAgain={() => {
            setManual('');
            clear();
          }}
        />
      )}
    </Flex>
  );
}
