import { CameraOutlined, PrinterOutlined, ReloadOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, QRCode, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fileForm, unwrap } from '../../api/client.ts';
import type { Answer } from '../../api/types.ts';
import { formatClock } from '../../components/dates.ts';
import { FileButton } from '../../components/FileButton.tsx';
import { LoadError, PhoneLoading } from '../../components/LoadError.tsx';
import { useAct } from '../../components/useBusy.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

type Card = Answer<'/api/me/card'>;
const STORE = 'gonghui.myCard';

const readStored = (): Card | null => {
  try {
    const s = localStorage.getItem(STORE);
    return s ? (JSON.parse(s) as Card) : null;
  } catch {
    return null;
  }
};

/**
 * The worker's member card on the phone: name, union, member number and photo, and a code signed by the server
 * that changes every minute. Without a network the last code stays on screen, with when it stops being valid.
 */
export default function MyCardPage() {
  const { t } = useTranslation();
  usePageTitle(t('card.title'));
  const [card, setCard] = useState<Card | null>(null);
  const [offline, setOffline] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [photoVersion, setPhotoVersion] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(async () => {
    try {
      const fresh = await unwrap(api.GET('/api/me/card'));
      setCard(fresh);
      setOffline(false);
      setError(null);
      try {
        localStorage.setItem(STORE, JSON.stringify(fresh));
      } catch {
        /* private mode */
      }
    } catch (err) {
      const kept = readStored();
      if (kept) {
        setCard(kept);
        setOffline(true);
      } else setError(err);
    }
  }, []);
  const { act, busy } = useAct(() => {
    setPhotoVersion((v) => v + 1);
    return load();
  });

  useEffect(() => {
    void load();
    const refresh = setInterval(() => void load(), 60_000);
    const tick = setInterval(() => setNow(Date.now()), 5_000);
    return () => {
      clearInterval(refresh);
      clearInterval(tick);
    };
  }, [load]);

  if (error && !card) return <LoadError error={error} retry={() => void load()} what={t('card.what')} />;
  if (!card) return <PhoneLoading />;
  const expired = Date.parse(card.expiresAt) < now;
  const upload = (file: File) =>
    act('photo', () => unwrap(api.PUT('/api/me/card/photo', { body: fileForm(file) })), t('card.photoSaved'));

  return (
    <div className="m-profile" data-testid="my-card">
      <section className="m-card member-card">
        <div className="member-card-band">{t('card.heading')}</div>
        <div className="member-card-body">
          <div className="member-card-text">
            <div className="member-card-name" data-testid="card-name">
              {card.name}
            </div>
            <div>{card.unionName}</div>
            <div>
              {t('card.memberNo')} <span className="mono">{card.memberNo}</span>
            </div>
            <div>
              {t('card.joinedOn')} {card.joinedOn}
            </div>
          </div>
          <div className="member-card-photo">
            {card.hasPhoto ? (
              <img src={`/api/me/card/photo?v=${photoVersion}`} alt={t('card.photo')} />
            ) : (
              <UserOutlined aria-label={t('card.noPhoto')} />
            )}
          </div>
        </div>
        <div className="member-card-code">
          <QRCode
            value={card.token}
            size={220}
            status={expired ? 'expired' : 'active'}
            onRefresh={() => void load()}
            data-testid="card-qr"
          />
          <Typography.Text type="secondary">{t('card.qrHint')}</Typography.Text>
          <Typography.Text type={expired ? 'danger' : 'secondary'} data-testid="card-valid-until">
            {expired
              ? t('card.expired')
              : t('card.validUntil', {
                  time: formatClock(card.expiresAt, { seconds: true }),
                })}
          </Typography.Text>
          {offline && <Alert type="warning" showIcon title={t('card.offline')} data-testid="card-offline" />}
          <Button size="large" icon={<ReloadOutlined />} onClick={() => void load()} className="m-touch">
            {t('card.refresh')}
          </Button>
        </div>
      </section>
      <section className="m-card">
        <h2 className="m-card-title">{t('card.photo')}</h2>
        <Typography.Paragraph type="secondary">{t('card.photoHint')}</Typography.Paragraph>
        <FileButton
          accept="image/jpeg,image/png"
          onFile={upload}
          waiting={busy !== null}
          size="large"
          icon={<CameraOutlined />}
          className="m-touch"
          loading={busy === 'photo'}
          testId="card-photo-upload"
        >
          {card.hasPhoto ? t('card.changePhoto') : t('card.setPhoto')}
        </FileButton>
      </section>
      <section className="m-card">
        <Button
          size="large"
          icon={<PrinterOutlined />}
          href="/api/me/card.pdf"
          target="_blank"
          className="m-touch"
        >
          {t('card.print')}
        </Button>
      </section>
    </div>
  );
}
